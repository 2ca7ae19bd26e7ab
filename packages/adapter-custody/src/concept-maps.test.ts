import { readdirSync, readFileSync } from "node:fs";
import { dateOfBirthProblems, parseConceptMap } from "@cse-flags/adapter-kit";
import { describe, expect, it } from "vitest";
import { expectCodeTable, tableAfter as tableAfterIn } from "../../../test-support/code-tables.js";
import { expressibleTargets, signsEveryExportExpresses } from "../../../test-support/required-signs.js";
import { conceptMapTargets, custodyConceptMaps } from "./concept-maps.js";
import { coArrestedGroups, custodyExportColumns, offenceGroups, riskAnswerGroups } from "./source-schema.js";

const formatDoc = readFileSync(new URL("../../../docs/formats/custody.md", import.meta.url), "utf8");

const tableAfter = (heading: string) => tableAfterIn(formatDoc, heading);

describe("docs/formats/custody.md code tables", () => {
  it("list every risk-assessment question code in the concept map, and only those, with the same mapping", () => {
    expect(tableAfter("### Risk-assessment questions").length).toBeGreaterThan(30);
    expectCodeTable(formatDoc, "### Risk-assessment questions", 2, custodyConceptMaps.riskQuestions);
  });

  it("list every protective marking in the concept map, and only those, with the same mapping", () => {
    expectCodeTable(formatDoc, "### Protective markings", 1, custodyConceptMaps.protectiveMarkings);
  });
});

describe("docs/formats/custody.md, against the code", () => {
  it("lists every column of the export in its field table, and no other", () => {
    const groups: Record<string, number> = {
      offence: offenceGroups,
      ra: riskAnswerGroups,
      co_arrested: coArrestedGroups,
    };
    const documented = tableAfter("## Columns").flatMap(([column = ""]) => {
      const group = /^(offence|ra|co_arrested)_N_/.exec(column)?.[1];
      if (group === undefined) return [column];
      return Array.from({ length: groups[group] ?? 0 }, (_, i) => column.replace("_N_", `_${i + 1}_`));
    });
    expect([...documented].sort()).toEqual([...custodyExportColumns].sort());
  });

  it("lists every reason the adapter rejects a record for, and no other", () => {
    const source = readdirSync(new URL("./", import.meta.url))
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .map((name) => readFileSync(new URL(name, import.meta.url), "utf8"))
      .join("\n");
    const used = new Set([...source.matchAll(/(?:rejectAt|reject)\(\s*"([a-z-]+)"/g)].map((m) => m[1]));
    // A date of birth the kit finds a problem with is rejected with the kit's reason.
    if (source.includes("dateOfBirthProblem(")) for (const reason of dateOfBirthProblems) used.add(reason);
    const documented = tableAfter("## Rejections").map(([reason]) => reason);
    expect([...documented].sort()).toEqual([...used].sort());
  });
});

describe("the default concept maps", () => {
  it("are valid maps to the code sets the adapter expects", () => {
    for (const [name, map] of Object.entries(custodyConceptMaps)) {
      const target = conceptMapTargets[name as keyof typeof conceptMapTargets];
      expect(parseConceptMap(map, { target }).ok, name).toBe(true);
    }
  });

  it("are frozen, entries included", () => {
    expect(Object.isFrozen(custodyConceptMaps)).toBe(true);
    expect(Object.isFrozen(custodyConceptMaps.riskQuestions)).toBe(true);
    expect(Object.isFrozen(custodyConceptMaps.riskQuestions.entries)).toBe(true);
    expect(Object.isFrozen(custodyConceptMaps.riskQuestions.entries[0])).toBe(true);
  });

  it("express, with an equivalent or narrower code, every sign the consistency proof needs", () => {
    const expressible = expressibleTargets(custodyConceptMaps.riskQuestions);
    for (const sign of signsEveryExportExpresses) expect(expressible.has(sign), sign).toBe(true);
  });
});
