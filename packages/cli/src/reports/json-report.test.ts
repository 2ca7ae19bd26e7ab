import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collector } from "../../test/collector.js";
import { jsonReport } from "./json-report.js";
import type { Report, RunSummary } from "./report.js";

const summary: RunSummary = {
  command: "flag",
  read: 3,
  ok: 2,
  rejected: 1,
  files: [{ file: "a.ndjson", read: 3, ok: 2, rejected: 1 }],
  rejectedBy: [{ code: "invalid_type", count: 1 }],
  flagged: 1,
};

async function feed(report: Report): Promise<void> {
  await report.event({ type: "file", file: "a.ndjson" });
  await report.event({ type: "ok", file: "a.ndjson", index: 0, line: 1 });
  await report.event({
    type: "ok",
    file: "a.ndjson",
    index: 1,
    line: 2,
    lines: ["propose CSE"],
    redacted: '{"proposals":[]}',
  });
  await report.event({
    type: "rejected",
    file: "a.ndjson",
    index: 2,
    stage: "validate",
    issues: [{ path: "/ref", code: "invalid_type", message: "Expected a string", line: 3 }],
  });
  await report.event({
    type: "stopped",
    file: "a.ndjson",
    issue: { path: "", code: "invalid_utf8", message: "The input is not valid UTF-8", line: 4 },
  });
  await report.finish(summary);
}

const parseLines = (text: string): unknown[] =>
  text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as unknown);

describe("jsonReport", () => {
  it("writes one JSON object a line: decisions, rejections, stops, and the summary last", async () => {
    const { out, text } = collector();
    await feed(jsonReport(out));
    expect(text().endsWith("\n")).toBe(true);
    expect(parseLines(text())).toEqual([
      { type: "decision", file: "a.ndjson", index: 1, line: 2, decision: { proposals: [] } },
      {
        type: "rejected",
        file: "a.ndjson",
        index: 2,
        stage: "validate",
        issues: [{ path: "/ref", code: "invalid_type", message: "Expected a string", line: 3 }],
      },
      {
        type: "stopped",
        file: "a.ndjson",
        issue: { path: "", code: "invalid_utf8", message: "The input is not valid UTF-8", line: 4 },
      },
      { type: "summary", ...summary },
    ]);
  });

  it("writes only rejections and stops, and no summary, for the rejects file", async () => {
    const { out, text } = collector();
    await feed(jsonReport(out, { problemsOnly: true }));
    expect(parseLines(text()).map((line) => (line as { type: string }).type)).toEqual([
      "rejected",
      "stopped",
    ]);
  });

  it("keeps every line valid JSON whatever the file is called", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary" }), async (file) => {
        const { out, text } = collector();
        const report = jsonReport(out);
        await report.event({ type: "rejected", file, index: 0, stage: "read", issues: [] });
        await report.event({ type: "ok", file, index: 1, lines: [], redacted: "{}" });
        const lines = text().split("\n");
        expect(lines).toHaveLength(3);
        expect(parseLines(text())).toEqual([
          { type: "rejected", file, index: 0, stage: "read", issues: [] },
          { type: "decision", file, index: 1, decision: {} },
        ]);
      }),
    );
  });
});
