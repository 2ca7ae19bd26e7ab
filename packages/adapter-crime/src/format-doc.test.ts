import { readFileSync } from "node:fs";
import { runAdapter } from "@cse-flags/adapter-kit";
import { describe, expect, it } from "vitest";
import { adapter } from "../test/rows.js";
import { crimeConceptMaps } from "./concept-maps.js";
import { crimeExportColumns, offenceNumbers, personNumbers } from "./source-schema.js";

// docs/formats/crime.md is written by hand; these tests keep it and the adapter in step.

const doc = readFileSync(new URL("../../../docs/formats/crime.md", import.meta.url), "utf8");

/** The rows of the first table after the heading that contains `heading`, as cells. */
function tableAfter(heading: string): string[][] {
  const start = doc.split("\n").findIndex((line) => line.startsWith("#") && line.includes(heading));
  expect(start, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  const lines = doc.split("\n").slice(start + 1);
  const first = lines.findIndex((line) => line.startsWith("|"));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

const unquote = (cell: string) => cell.replaceAll("`", "");

/** A code table as `code -> target relationship`, and a concept map the same way. */
const fromTable = (heading: string, targetColumn: number) =>
  tableAfter(heading)
    .map((cells) => {
      const target = unquote(cells[targetColumn] ?? "");
      const relationship = cells[targetColumn + 1] ?? "";
      return `${unquote(cells[0] ?? "")} -> ${relationship === "no map" ? "no map" : `${target} ${relationship}`}`;
    })
    .sort();
const fromMap = (map: (typeof crimeConceptMaps)[keyof typeof crimeConceptMaps]) =>
  map.entries
    .map((entry) =>
      "noMap" in entry ? `${entry.code} -> no map` : `${entry.code} -> ${entry.target} ${entry.relationship}`,
    )
    .sort();

describe("docs/formats/crime.md", () => {
  it("lists exactly the codes of each concept map, with their targets and relationships", () => {
    expect(fromTable("`crime-reference-export/circumstances`", 2)).toEqual(
      fromMap(crimeConceptMaps.circumstances),
    );
    expect(fromTable("`crime-reference-export/crime-flags`", 2)).toEqual(
      fromMap(crimeConceptMaps.crimeFlags),
    );
    expect(fromTable("`crime-reference-export/person-roles`", 2)).toEqual(
      fromMap(crimeConceptMaps.personRoles),
    );
  });

  it("describes exactly the export's columns", () => {
    const documented = tableAfter("## Columns").flatMap(([column]) => {
      const name = unquote(column ?? "");
      if (name.startsWith("offence_N_")) return offenceNumbers.map((n) => name.replace("_N_", `_${n}_`));
      if (name.startsWith("person_N_")) return personNumbers.map((n) => name.replace("_N_", `_${n}_`));
      return [name];
    });
    expect(documented.sort()).toEqual([...crimeExportColumns].sort());
  });

  it("lists exactly the rejection reasons the adapter's code gives", () => {
    const reasons = tableAfter("## Rejection reasons").map(([reason]) => unquote(reason ?? ""));
    const given = ["adapter.ts", "offences.ts", "persons.ts"].flatMap((file) => {
      const source = readFileSync(new URL(`./${file}`, import.meta.url), "utf8");
      return [...source.matchAll(/ctx\.reject\("([a-z-]+)"/g)].map((m) => m[1] ?? "");
    });
    expect(given.length).toBeGreaterThan(5);
    expect([...new Set(given)].sort()).toEqual([...reasons].sort());
  });

  it("has an example that maps as it says", async () => {
    const csv = /```csv\n([\s\S]*?)```/.exec(doc)?.[1] ?? "";
    const records = [];
    for await (const event of runAdapter(adapter, csv, { format: "csv" }))
      if (event.type === "mapped") records.push(event.record);
    expect(records.map((r) => [r.source.recordId, r.event.start, r.offences])).toEqual([
      ["CR-0001", "2026-03-14T19:30:00+00:00", [{ homeOffice: { code: "71" }, soaSection: "48" }]],
      ["CR-0002", "2026-04-02T21:15:00+01:00", [{ homeOffice: { code: "88A" }, soaSection: "15A" }]],
    ]);
    expect(records[0]?.indicators.map((i) => i.code).sort()).toEqual(
      ["associates-with-older-adults", "exchange-gifts", "missing-from-home-or-care"].sort(),
    );
  });
});
