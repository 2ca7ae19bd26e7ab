import { readdirSync, readFileSync } from "node:fs";
import { dateOfBirthProblems } from "@cse-flags/adapter-kit";
import { securityClassificationCodes } from "@cse-flags/core";
import { describe, expect, it } from "vitest";
import { expectCodeTable, tableAfter } from "../../../test-support/code-tables.js";
import { conceptMapTargets, missingPersonConceptMaps } from "./concept-maps.js";
import { missingPersonExportColumns } from "./source-schema.js";

// docs/formats/missing-person.md is written by hand; these tests keep it true to the code.

const doc = readFileSync(new URL("../../../docs/formats/missing-person.md", import.meta.url), "utf8");

const cellsOf = (line: string): string[] =>
  line
    .split("|")
    .slice(1, -1)
    .map((cell) => cell.trim());

describe("docs/formats/missing-person.md", () => {
  it.each(Object.keys(conceptMapTargets) as (keyof typeof conceptMapTargets)[])(
    "lists exactly the codes, targets and relationships of the %s concept map",
    (name) => {
      expectCodeTable(doc, `code-table: ${name} `, 2, missingPersonConceptMaps[name]);
    },
  );

  it("describes every column of the export, and no other", () => {
    const section = doc.slice(doc.indexOf("## Columns"), doc.indexOf("## Missing and absent"));
    const documented = section
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .flatMap((line) => [...(cellsOf(line)[0] ?? "").matchAll(/`([a-z0-9_]+)`/g)].map((m) => m[1]));
    expect([...documented].sort()).toEqual([...missingPersonExportColumns].sort());
  });

  it("lists exactly the rejection reasons the adapter's code gives", () => {
    const source = readdirSync(new URL("./", import.meta.url))
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .map((name) => readFileSync(new URL(name, import.meta.url), "utf8"))
      .join("\n");
    const given = new Set([...source.matchAll(/(?:rejectAt|reject)\(\s*"([a-z-]+)"/g)].map((m) => m[1]));
    // A date of birth the kit finds a problem with is rejected with the kit's reason.
    if (source.includes("dateOfBirthProblem(")) for (const reason of dateOfBirthProblems) given.add(reason);
    const documented = tableAfter(doc, "## Rejections").map(([reason = ""]) => reason);
    expect(given.size).toBeGreaterThan(5);
    expect([...documented].sort()).toEqual([...given].sort());
  });

  it("lists every protective marking the export takes: all of core's security classifications", () => {
    const row = doc.split("\n").find((line) => line.startsWith("| `protective_marking`")) ?? "";
    const listed = [...(cellsOf(row)[2] ?? "").matchAll(/`([A-Z-]+)`/g)].map((m) => m[1]);
    expect(listed).toEqual([...securityClassificationCodes]);
  });

  it("shows a CSV excerpt whose header is the export's header", () => {
    const excerpt = /```csv\n([^\n]*)\n/.exec(doc)?.[1];
    expect(excerpt).toBe(missingPersonExportColumns.join(","));
  });
});
