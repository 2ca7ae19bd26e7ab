import { readFileSync } from "node:fs";
import { lookupCode } from "@cse-flags/adapter-kit";
import { describe, expect, it } from "vitest";
import { type IntelligenceConceptMaps, intelligenceConceptMaps } from "./concept-maps.js";

const formatDoc = readFileSync(new URL("../../../docs/formats/intelligence.md", import.meta.url), "utf8");

/** `code -> "target relationship"` (or `"none no-map"`) from the doc's table for one code system. */
function documentedCodes(system: string): Map<string, string> {
  const heading = formatDoc.indexOf(`(\`${system}\`)`);
  expect(heading, `docs/formats/intelligence.md has no table for ${system}`).toBeGreaterThan(-1);
  const section = formatDoc.slice(heading).split(/\n##/)[0] ?? "";
  const rows = new Map<string, string>();
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    const code = /^`([^`]+)`$/.exec(cells[1] ?? "")?.[1];
    if (code === undefined) continue;
    const target = /^`([^`]+)`$/.exec(cells[3] ?? "")?.[1] ?? cells[3];
    const relationship = (cells[4] ?? "").split(":")[0];
    expect(rows.has(code), `${system}: ${code} is listed twice`).toBe(false);
    rows.set(code, `${target} ${relationship}`);
  }
  return rows;
}

/** The same, from the concept map. */
function mappedCodes(map: IntelligenceConceptMaps[keyof IntelligenceConceptMaps]): Map<string, string> {
  return new Map(
    map.entries.map((entry) => {
      const found = lookupCode(map, entry.code);
      return [
        entry.code,
        found.status === "mapped" ? `${found.target} ${found.relationship}` : "none no-map",
      ];
    }),
  );
}

describe("the code tables in docs/formats/intelligence.md", () => {
  for (const [name, map] of Object.entries(intelligenceConceptMaps)) {
    it(`list exactly the codes of the ${name} concept map, with the same targets and relationships`, () => {
      const documented = documentedCodes(map.source);
      expect(documented.size).toBeGreaterThan(0);
      expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(mappedCodes(map)));
    });
  }
});

describe("the default concept maps", () => {
  it("express the signs every reference export must express, each with an equivalent code", () => {
    const equivalent = new Set(
      intelligenceConceptMaps.indicators.entries.flatMap((entry) =>
        "target" in entry && entry.relationship === "equivalent" ? [entry.target] : [],
      ),
    );
    for (const sign of [
      "missing-from-home-or-care",
      "exchange-gifts",
      "exchange-money",
      "associates-with-older-adults",
      "drug-supply",
      "found-out-of-area",
      "online-grooming",
      "staying-out-late",
      "multiple-phones-or-sims",
    ] as const)
      expect(equivalent.has(sign), sign).toBe(true);
  });

  it("give every mapping that is not equivalent, and every no-map, a comment", () => {
    for (const map of Object.values(intelligenceConceptMaps))
      for (const entry of map.entries)
        if (!("relationship" in entry) || entry.relationship !== "equivalent")
          expect(entry.comment?.trim().length ?? 0, entry.code).toBeGreaterThan(20);
  });
});
