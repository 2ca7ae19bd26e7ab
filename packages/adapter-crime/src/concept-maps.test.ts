import { lookupCode } from "@cse-flags/adapter-kit";
import type { IndicatorCode } from "@cse-flags/core";
import { describe, expect, it } from "vitest";
import { crimeConceptMaps } from "./concept-maps.js";

/** Signs every reference export must express on a child (the consistency proof relies on them). */
const requiredSigns: readonly IndicatorCode[] = [
  "missing-from-home-or-care",
  "exchange-gifts",
  "exchange-money",
  "associates-with-older-adults",
  "drug-supply",
  "found-out-of-area",
  "online-grooming",
  "staying-out-late",
  "multiple-phones-or-sims",
];

describe("the default concept maps", () => {
  it("express every required sign through a local code mapped as equivalent", () => {
    const equivalents = crimeConceptMaps.circumstances.entries.flatMap((e) =>
      "target" in e && e.relationship === "equivalent" ? [e.target] : [],
    );
    for (const sign of requiredSigns) expect(equivalents, sign).toContain(sign);
  });

  it("give each indicator at most one equivalent local code, so a sign is written one way", () => {
    const equivalents = crimeConceptMaps.circumstances.entries.flatMap((e) =>
      "target" in e && e.relationship === "equivalent" ? [e.target] : [],
    );
    expect(new Set(equivalents).size).toBe(equivalents.length);
  });

  it("are frozen, so no caller can change them for everyone", () => {
    expect(Object.isFrozen(crimeConceptMaps)).toBe(true);
    expect(Object.isFrozen(crimeConceptMaps.circumstances.entries)).toBe(true);
    expect(() => {
      (crimeConceptMaps.crimeFlags.entries as unknown[]).push({ code: "X", noMap: true, comment: "x" });
    }).toThrow(TypeError);
    expect(lookupCode(crimeConceptMaps.crimeFlags, "X")).toEqual({ status: "not-yet-mapped" });
  });
});
