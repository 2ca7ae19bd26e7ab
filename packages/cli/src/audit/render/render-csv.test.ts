import { readCsv } from "@cse-flags/adapter-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditReportFixture, referenceValues } from "../../../test/audit-report-fixture.js";
import { renderFindingsCsv, renderProfileCsv } from "./render-csv.js";

/** The rows of CSV text, header first, read back by the project's own CSV reader. */
async function readBack(text: string): Promise<string[][]> {
  const header = text.slice(0, text.indexOf("\r\n")).split(",");
  const rows: string[][] = [header];
  for await (const item of readCsv(text)) {
    if (item.kind !== "record") throw new Error(`CSV read back as ${item.kind}`);
    const record = item.value as Record<string, string>;
    rows.push(header.map((name) => record[name] ?? ""));
  }
  return rows;
}

/** Any file name, often starting with a formula character: uniform code points rarely do. */
const fileName = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc
    .tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r", '"'), fc.string({ unit: "binary", maxLength: 40 }))
    .map(([first, rest]) => first + rest),
);

const findingHeader =
  "code,category,severity,person,markers,file,line,system,role,subject,rules,evidence,detail";

describe("renderFindingsCsv", () => {
  it("writes a header and one row per record of each finding, with CRLF line ends", async () => {
    const csv = renderFindingsCsv(auditReportFixture());
    expect(csv.startsWith(`${findingHeader}\r\n`)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const rows = await readBack(csv);
    // Five findings, one of them with two records.
    expect(rows).toHaveLength(1 + 6);
    expect(rows[1]).toEqual([
      "missing-marker",
      "marker",
      "high",
      "1",
      "CSE",
      "exports/crime.csv",
      "4",
      "crime",
      "lacks CSE",
      "/persons/0",
      "national/cse-defining-offence",
      "/offences/0/homeOfficeCode /persons/0/ageAtEvent",
      "",
    ]);
    expect(rows.filter((row) => row[0] === "cross-system-disagreement").map((row) => row[7])).toEqual([
      "crime",
      "intelligence",
    ]);
    expect(rows.at(-1)?.[12]).toBe("offence-code");
  });

  it("neutralises a hostile file name, which reads back as text after a quote mark", async () => {
    const name = `=cmd|' /C calc'!A0.csv`;
    const csv = renderFindingsCsv(auditReportFixture({ crimeFile: name }));
    expect(csv).toContain(`,"'=cmd|' /C calc'!A0.csv",4,`);
    const rows = await readBack(csv);
    expect(rows[1]?.[5]).toBe(`'${name}`);
  });

  it("keeps any file name in its own cell, never starting a cell with a formula character", async () => {
    await fc.assert(
      fc.asyncProperty(fileName, async (name) => {
        const rows = await readBack(renderFindingsCsv(auditReportFixture({ crimeFile: name })));
        expect(rows).toHaveLength(7);
        const files = rows.slice(1).map((row) => row[5] ?? "");
        expect(files).toContain(/^[=+\-@\t\r]/.test(name) ? `'${name}` : name);
        for (const row of rows) {
          expect(row).toHaveLength(13);
          for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("adds a recordId column only in a report made with references", async () => {
    const rows = await readBack(renderFindingsCsv(auditReportFixture({ withReferences: true })));
    expect(rows[0]?.at(-1)).toBe("recordId");
    expect(rows.slice(1).map((row) => row.at(-1))).toEqual([
      "CR-0001",
      "CR-0002",
      "INT-0001",
      "CR-0001",
      "INT-0002",
      "CR-0003",
    ]);
    const without = renderFindingsCsv(auditReportFixture());
    expect(without).not.toContain("recordId");
    for (const value of referenceValues) expect(without).not.toContain(value);
  });

  it("writes only the header when small counts are suppressed", () => {
    expect(renderFindingsCsv(auditReportFixture({ suppressed: true }))).toBe(`${findingHeader}\r\n`);
    expect(renderFindingsCsv({ ...auditReportFixture(), suppressed: true })).toBe(`${findingHeader}\r\n`);
  });

  it("gives a finding with no record a row of its own", async () => {
    const report = auditReportFixture();
    const [first] = report.findings;
    if (first === undefined) throw new Error("the fixture has findings");
    const rows = await readBack(renderFindingsCsv({ ...report, findings: [{ ...first, records: [] }] }));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.slice(0, 7)).toEqual(["missing-marker", "marker", "high", "1", "CSE", "", ""]);
  });
});

describe("renderProfileCsv", () => {
  it("writes every count in long format: figures, finding counts, then each table", async () => {
    const rows = await readBack(renderProfileCsv(auditReportFixture()));
    expect(rows[0]).toEqual(["table", "key", "column", "count"]);
    expect(rows).toContainEqual(["figures", "cseCases", "count", "48"]);
    expect(rows).toContainEqual(["findings", "unmapped-code", "count", "31"]);
    expect(rows).toContainEqual(["marker", "CSE", "proposed", "48"]);
    expect(rows).toContainEqual(["system", "custody", "CSE carried", "4"]);
    expect(rows).toContainEqual(["month", "2024-06", "records", "20"]);
    // 6 figures, 7 finding counts, and 8 + 4 + 4 + 5 + 12 + 6 table cells.
    expect(rows).toHaveLength(1 + 6 + 7 + 39);
  });

  it("writes suppressed counts as a plain c", async () => {
    const csv = renderProfileCsv(auditReportFixture({ suppressed: true }));
    expect(csv).toContain("\r\nmarker,CCE,proposed,c\r\n");
    const rows = await readBack(csv);
    expect(rows).toContainEqual(["figures", "traffickingCases", "count", "c"]);
  });

  it("neutralises a table key that looks like a formula", async () => {
    const report = auditReportFixture();
    const [first, ...rest] = report.profile.tables;
    if (first === undefined) throw new Error("the fixture has tables");
    const hostile = { ...first, rows: [{ key: "=1+1", counts: [1, 2] }] };
    const csv = renderProfileCsv({ ...report, profile: { ...report.profile, tables: [hostile, ...rest] } });
    expect(csv).toContain(`\r\nmarker,"'=1+1",carried,1\r\n`);
  });
});
