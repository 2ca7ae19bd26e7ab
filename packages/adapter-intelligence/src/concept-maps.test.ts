import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectCodeTable } from "../../../test-support/code-tables.js";
import { expressibleTargets, signsEveryExportExpresses } from "../../../test-support/required-signs.js";
import { intelligenceConceptMaps } from "./concept-maps.js";

const formatDoc = readFileSync(new URL("../../../docs/formats/intelligence.md", import.meta.url), "utf8");

describe("the code tables in docs/formats/intelligence.md", () => {
  for (const [name, map] of Object.entries(intelligenceConceptMaps)) {
    it(`list exactly the codes of the ${name} concept map, with the same targets and relationships`, () => {
      expectCodeTable(formatDoc, `(\`${map.source}\`)`, 2, map);
    });
  }
});

describe("the default concept maps", () => {
  it("express the signs every reference export must express, each with an equivalent or narrower code", () => {
    const expressible = expressibleTargets(intelligenceConceptMaps.indicators);
    for (const sign of signsEveryExportExpresses) expect(expressible.has(sign), sign).toBe(true);
  });

  it("give every mapping that is not equivalent, and every no-map, a comment", () => {
    for (const map of Object.values(intelligenceConceptMaps))
      for (const entry of map.entries)
        if (!("relationship" in entry) || entry.relationship !== "equivalent")
          expect(entry.comment?.trim().length ?? 0, entry.code).toBeGreaterThan(20);
  });
});
