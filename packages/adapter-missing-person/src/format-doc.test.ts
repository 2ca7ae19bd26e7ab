import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectCodeTable } from "../../../test-support/code-tables.js";
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

  it("shows a CSV excerpt whose header is the export's header", () => {
    const excerpt = /```csv\n([^\n]*)\n/.exec(doc)?.[1];
    expect(excerpt).toBe(missingPersonExportColumns.join(","));
  });
});
