import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditReportFixture, referenceValues } from "../../../test/audit-report-fixture.js";
import { renderJson } from "./render-json.js";

/** Every object's keys, at every depth, in the order they were written. */
function keyOrders(value: unknown): string[][] {
  if (Array.isArray(value)) return value.flatMap(keyOrders);
  if (value === null || typeof value !== "object") return [];
  return [Object.keys(value), ...Object.values(value).flatMap(keyOrders)];
}

/** The same object with its keys inserted in a shuffled order, at every depth. */
function shuffledKeys(value: unknown, order: (keys: string[]) => string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => shuffledKeys(item, order));
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const key of order(Object.keys(value))) {
    copy[key] = shuffledKeys((value as Record<string, unknown>)[key], order);
  }
  return copy;
}

describe("renderJson", () => {
  it("writes the report, indented by two spaces, with a final newline", () => {
    const report = auditReportFixture();
    const json = renderJson(report);
    expect(JSON.parse(json)).toEqual(report);
    expect(json.endsWith("}\n")).toBe(true);
    expect(json).toContain('\n  "findingCounts": [\n    {\n      "code": "missing-marker",');
  });

  it("sorts keys at every level", () => {
    for (const keys of keyOrders(JSON.parse(renderJson(auditReportFixture())))) {
      expect(keys).toEqual([...keys].sort());
    }
  });

  it("prints the same bytes whatever order the report's keys were built in", () => {
    const report = auditReportFixture({ withReferences: true });
    const expected = renderJson(report);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let state = seed;
        const order = (keys: string[]): string[] =>
          keys
            .map((key) => {
              state = (state * 1103515245 + 12345) | 0;
              return { key, rank: state };
            })
            .sort((a, b) => a.rank - b.rank)
            .map(({ key }) => key);
        expect(renderJson(shuffledKeys(report, order) as typeof report)).toBe(expected);
      }),
      { numRuns: 50 },
    );
  });

  it("carries references only in a report made with them", () => {
    const withRefs = renderJson(auditReportFixture({ withReferences: true }));
    const without = renderJson(auditReportFixture());
    for (const value of referenceValues) {
      expect(withRefs).toContain(value);
      expect(without).not.toContain(value);
    }
    // A report that says it has no references never shows them, whatever its findings hold.
    const mislabelled = { ...auditReportFixture({ withReferences: true }), withReferences: false };
    for (const value of referenceValues) expect(renderJson(mislabelled)).not.toContain(value);
  });

  it("keeps `c` counts and lists no findings when small counts are suppressed", () => {
    const report = JSON.parse(renderJson(auditReportFixture({ suppressed: true })));
    expect(report.suppressed).toBe(true);
    expect(report.findings).toEqual([]);
    expect(report.findingCounts).toContainEqual({ code: "unsupported-marker", count: "c" });
    expect(report.profile.figures.traffickingCases).toBe("c");
  });

  it("keeps a hostile file name as a JSON string", () => {
    const name = `=cmd|' /C calc'!A0.csv <script>"\n`;
    const report = JSON.parse(renderJson(auditReportFixture({ crimeFile: name })));
    expect(report.summary.files[0].file).toBe(name);
  });
});
