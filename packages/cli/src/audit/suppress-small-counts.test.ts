import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AuditReport, Count, ProfileTable } from "./audit-model.js";
import { suppressCount, suppressSmallCounts, suppressTable } from "./suppress-small-counts.js";

const table = (rows: Count[][]): ProfileTable => ({
  id: "indicator",
  title: "Indicators",
  unit: "CSE-related records",
  columns: rows[0]?.map((_, i) => `c${i}`) ?? ["records"],
  rows: rows.map((counts, i) => ({ key: `row-${i}`, counts })),
});
const countsOf = (t: ProfileTable) => t.rows.map((row) => row.counts);

/** Every number in the profile and finding counts: what suppression must have made safe. */
function countsIn(report: AuditReport): Count[] {
  const { period: _, ...figures } = report.profile.figures;
  return [
    ...Object.values(figures),
    ...report.findingCounts.map((entry) => entry.count),
    ...report.profile.tables.flatMap((t) => t.rows.flatMap((row) => row.counts)),
  ];
}

describe("suppressCount", () => {
  it("hides 1 to 5 and nothing else", () => {
    expect([0, 1, 5, 6, 143].map(suppressCount)).toEqual([0, "c", "c", 6, 143]);
  });
});

describe("suppressTable", () => {
  it("hides the next smallest non-zero count of a column with exactly one hidden count", () => {
    expect(
      countsOf(
        suppressTable(
          table([
            [3, 0, 7],
            [9, 0, 8],
            [12, 0, 2],
            [0, 0, 1],
          ]),
        ),
      ),
    ).toEqual([
      ["c", 0, 7],
      ["c", 0, 8],
      [12, 0, "c"],
      [0, 0, "c"],
    ]);
  });

  it("leaves a lone row as it is, and the row keys and table header unchanged", () => {
    const suppressed = suppressTable(table([[4, 40]]));
    expect(countsOf(suppressed)).toEqual([["c", 40]]);
    expect({ ...suppressed, rows: [] }).toEqual({ ...table([[4, 40]]), rows: [] });
    expect(suppressed.rows[0]?.key).toBe("row-0");
  });

  it("never leaves a count from 1 to 5, never hides a zero, and leaves no column with one hidden count", () => {
    const column = fc.array(fc.nat(40), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), column, (width, cells) => {
        const rows = cells.map((n, i) => Array.from({ length: width }, (_, c) => (n * (c + 1) + i) % 41));
        const suppressed = countsOf(suppressTable(table(rows)));
        rows.forEach((row, r) => {
          row.forEach((n, c) => {
            const shown = suppressed[r]?.[c];
            if (n === 0) expect(shown).toBe(0);
            else if (n <= 5) expect(shown).toBe("c");
            else expect([n, "c"]).toContain(shown);
          });
        });
        for (let c = 0; c < width; c += 1) {
          const hidden = suppressed.filter((row) => row[c] === "c").length;
          const nonZero = rows.filter((row) => row[c] !== 0).length;
          if (nonZero > 1) expect(hidden).not.toBe(1);
        }
      }),
    );
  });
});

describe("suppressSmallCounts", () => {
  const report: AuditReport = {
    format: "cse-flags-audit/1",
    summary: {
      read: 40,
      audited: 40,
      rejected: 0,
      files: [{ file: "crime.ndjson", read: 40 }],
      systems: [{ system: "crime-sys", records: 40 }],
      linkedPeople: 30,
      taxonomyVersion: "1.0.0",
      policy: { id: "national", version: "1.0.0", layers: ["national"] },
      linkKeys: ["person"],
    },
    suppressed: false,
    withReferences: false,
    findingCounts: [
      { code: "missing-marker", count: 2 },
      { code: "unsupported-marker", count: 0 },
      { code: "age-unknown", count: 12 },
    ],
    findings: [
      {
        code: "missing-marker",
        category: "marker",
        severity: "high",
        message: "m",
        markers: ["CSE"],
        records: [],
        rules: [],
        evidence: [],
      },
    ],
    profile: {
      figures: {
        cseCases: 143,
        groomingCases: 71,
        traffickingCases: 4,
        groupBasedCases: 0,
        children: 5,
        repeatMissingWithIndicators: 6,
        period: { from: "2012-01", to: "2012-12" },
      },
      tables: [table([[1], [20], [30]])],
    },
  };

  it("hides small counts in figures, finding counts and tables, and lists no findings", () => {
    const suppressed = suppressSmallCounts(report);
    expect(suppressed.suppressed).toBe(true);
    expect(suppressed.findings).toEqual([]);
    expect(suppressed.findingCounts.map((entry) => entry.count)).toEqual(["c", 0, 12]);
    expect(suppressed.profile.figures).toEqual({
      cseCases: 143,
      groomingCases: 71,
      traffickingCases: "c",
      groupBasedCases: 0,
      children: "c",
      repeatMissingWithIndicators: 6,
      period: { from: "2012-01", to: "2012-12" },
    });
    expect(countsOf(suppressed.profile.tables[0] as ProfileTable)).toEqual([["c"], ["c"], [30]]);
    expect(suppressed.summary).toEqual(report.summary);
  });

  it("never leaves a count from 1 to 5 anywhere it suppresses", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(12), { minLength: 6, maxLength: 20 }), (n) => {
        const at = (i: number) => n[i % n.length] as number;
        const input: AuditReport = {
          ...report,
          findingCounts: report.findingCounts.map((entry, i) => ({ ...entry, count: at(i) })),
          profile: {
            figures: {
              cseCases: at(0),
              groomingCases: at(1),
              traffickingCases: at(2),
              groupBasedCases: at(3),
              children: at(4),
              repeatMissingWithIndicators: at(5),
            },
            tables: [table(n.map((x, i) => [x, at(i + 3)]))],
          },
        };
        for (const count of countsIn(suppressSmallCounts(input)))
          expect(typeof count === "number" && count >= 1 && count <= 5).toBe(false);
      }),
    );
  });

  it("hides one more child age band when the children figure would give a hidden one away", () => {
    const ageBands: ProfileTable = {
      id: "age-band",
      title: "Age bands",
      unit: "people",
      columns: ["people"],
      rows: [
        { key: "under-13", counts: [2] },
        { key: "13-15", counts: [18] },
        { key: "16-17", counts: [9] },
        { key: "18-or-over", counts: [1] },
      ],
    };
    const suppressed = suppressSmallCounts({ ...report, profile: { ...report.profile, tables: [ageBands] } });
    // Two cells of the column are hidden, but under-13 alone among the children, whose sum is a figure.
    expect(suppressed.profile.tables[0]?.rows.map((row) => row.counts[0])).toEqual(["c", 18, "c", "c"]);
  });
});
