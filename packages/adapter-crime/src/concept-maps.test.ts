import { lookupCode } from "@cse-flags/adapter-kit";
import { describe, expect, it } from "vitest";
import { expressibleTargets, signsEveryExportExpresses } from "../../../test-support/required-signs.js";
import { crimeConceptMaps } from "./concept-maps.js";

describe("the default concept maps", () => {
  it("express every required sign through a local code mapped as equivalent or narrower", () => {
    const expressible = expressibleTargets(crimeConceptMaps.circumstances);
    for (const sign of signsEveryExportExpresses) expect(expressible.has(sign), sign).toBe(true);
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
