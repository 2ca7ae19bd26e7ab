import { readdirSync, readFileSync } from "node:fs";
import { dateOfBirthProblems, gatherPersonsReasons } from "@cse-flags/adapter-kit";
import { describe, expect, it } from "vitest";
import { expectCodeTable, tableAfter } from "../../../test-support/code-tables.js";
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

describe("the rejection reasons in docs/formats/intelligence.md", () => {
  it("are exactly the reasons the adapter's code gives", () => {
    const source = readdirSync(new URL("./", import.meta.url))
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .map((name) => readFileSync(new URL(name, import.meta.url), "utf8"))
      .join("\n");
    const given = new Set([...source.matchAll(/(?:rejectAt|reject)\(\s*"([a-z-]+)"/g)].map((m) => m[1]));
    // A date of birth the kit finds a problem with is rejected with the kit's reason.
    if (source.includes("dateOfBirthProblem(")) for (const reason of dateOfBirthProblems) given.add(reason);
    if (source.includes("gatherPersons(")) for (const reason of gatherPersonsReasons) given.add(reason);
    const documented = tableAfter(formatDoc, "## Rejection reasons")
      .map(([reason = ""]) => reason)
      .filter((reason) => !reason.startsWith("(schema issue"));
    expect(given.size).toBeGreaterThan(5);
    expect([...documented].sort()).toEqual([...given].sort());
  });
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
