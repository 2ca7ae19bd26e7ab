import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conceptMapTargets, missingPersonConceptMaps } from "./concept-maps.js";
import { missingPersonExportColumns } from "./source-schema.js";

// docs/formats/missing-person.md is written by hand; these tests keep it true to the code.

const doc = readFileSync(new URL("../../../docs/formats/missing-person.md", import.meta.url), "utf8");

const cellsOf = (line: string): string[] =>
  line
    .split("|")
    .slice(1, -1)
    .map((cell) => cell.trim());

const unquote = (cell: string): string => cell.replace(/^`|`$/g, "");

/** The body rows of the table that follows `<!-- code-table: name -->`. */
function codeTable(name: string): string[][] {
  const start = doc.indexOf(`<!-- code-table: ${name} -->`);
  expect(start, `the doc has a code table for ${name}`).toBeGreaterThanOrEqual(0);
  const lines = doc.slice(start).split("\n").slice(1);
  const table = lines.slice(
    0,
    lines.findIndex((line) => !line.startsWith("|")),
  );
  return table.slice(2).map(cellsOf);
}

/** What a concept map entry says, written as the doc writes it: code, target, relationship. */
const asDocRow = (map: (typeof missingPersonConceptMaps)[keyof typeof missingPersonConceptMaps]) =>
  map.entries.map((entry) =>
    "noMap" in entry ? [entry.code, "none", "no-map"] : [entry.code, entry.target, entry.relationship],
  );

describe("docs/formats/missing-person.md", () => {
  it.each(Object.keys(conceptMapTargets) as (keyof typeof conceptMapTargets)[])(
    "lists exactly the codes, targets and relationships of the %s concept map",
    (name) => {
      const documented = codeTable(name).map(([code = "", , target = "", relationship = ""]) => [
        unquote(code),
        unquote(target),
        relationship.split(":")[0] ?? "",
      ]);
      const sortByCode = (rows: string[][]) =>
        [...rows].sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
      expect(sortByCode(documented)).toEqual(sortByCode(asDocRow(missingPersonConceptMaps[name])));
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
