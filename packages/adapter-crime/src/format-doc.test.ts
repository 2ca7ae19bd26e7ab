import { readFileSync } from "node:fs";
import { dateOfBirthProblems, gatherPersonsReasons, runAdapter } from "@cse-flags/adapter-kit";
import { describe, expect, it } from "vitest";
import { expectCodeTable, tableAfter as tableAfterIn } from "../../../test-support/code-tables.js";
import { adapter } from "../test/rows.js";
import { crimeConceptMaps } from "./concept-maps.js";
import { crimeExportColumns, offenceNumbers, personNumbers } from "./source-schema.js";

// docs/formats/crime.md is written by hand; these tests keep it and the adapter in step.

const doc = readFileSync(new URL("../../../docs/formats/crime.md", import.meta.url), "utf8");

const tableAfter = (heading: string) => tableAfterIn(doc, heading);

describe("docs/formats/crime.md", () => {
  it("lists exactly the codes of each concept map, with their targets and relationships", () => {
    for (const map of Object.values(crimeConceptMaps)) expectCodeTable(doc, `\`${map.source}\``, 2, map);
  });

  it("describes exactly the export's columns", () => {
    const documented = tableAfter("## Columns").flatMap(([column]) => {
      const name = column ?? "";
      if (name.startsWith("offence_N_")) return offenceNumbers.map((n) => name.replace("_N_", `_${n}_`));
      if (name.startsWith("person_N_")) return personNumbers.map((n) => name.replace("_N_", `_${n}_`));
      return [name];
    });
    expect(documented.sort()).toEqual([...crimeExportColumns].sort());
  });

  it("lists exactly the rejection reasons the adapter's code gives", () => {
    const reasons = tableAfter("## Rejection reasons").map(([reason]) => reason ?? "");
    const given = ["adapter.ts", "offences.ts", "persons.ts"].flatMap((file) => {
      const source = readFileSync(new URL(`./${file}`, import.meta.url), "utf8");
      const literal = [...source.matchAll(/(?:ctx\.reject|rejectAt)\("([a-z-]+)"/g)].map((m) => m[1] ?? "");
      // A date of birth the kit finds a problem with is rejected with the kit's reason.
      if (source.includes("gatherPersons(")) literal.push(...gatherPersonsReasons);
      return source.includes("dateOfBirthProblem(") ? [...literal, ...dateOfBirthProblems] : literal;
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
