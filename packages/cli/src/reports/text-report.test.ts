import { describe, expect, it } from "vitest";
import { collector } from "../../test/collector.js";
import { textReport } from "./text-report.js";

describe("textReport", () => {
  it("prints nothing for file boundaries, valid records of validate and map, or the finish", async () => {
    const { out, text } = collector();
    const report = textReport(out);
    await report.event({ type: "file", file: "a.ndjson" });
    await report.event({ type: "ok", file: "a.ndjson", index: 0, line: 1 });
    await report.event({ type: "ok", file: "a.ndjson", index: 1, line: 2, output: '{"kind":"crime"}' });
    await report.finish({ command: "validate", read: 2, ok: 2, rejected: 0, files: [], rejectedBy: [] });
    expect(text()).toBe("");
  });

  it("prints a rejected record at file:line, or file (record n), with one issue a line", async () => {
    const { out, text } = collector();
    const report = textReport(out);
    await report.event({
      type: "rejected",
      file: "a.ndjson",
      index: 4,
      line: 5,
      stage: "validate",
      issues: [
        { path: "/persons/0/ref", code: "invalid_type", message: "Expected a string" },
        { path: "", code: "adapter_rejected", reason: "no_ref", message: "No reference" },
      ],
    });
    await report.event({
      type: "rejected",
      file: "b.json",
      index: 2,
      stage: "read",
      issues: [{ path: "", code: "invalid_json", message: "Record is not valid JSON" }],
    });
    expect(text()).toBe(
      "a.ndjson:5: rejected (validate)\n" +
        "  /persons/0/ref invalid_type: Expected a string\n" +
        "  adapter_rejected:no_ref: No reference\n" +
        "b.json (record 3): rejected (read)\n" +
        "  invalid_json: Record is not valid JSON\n",
    );
  });

  it("prints flag's decision lines, or that no marker was proposed", async () => {
    const { out, text } = collector();
    const report = textReport(out);
    await report.event({
      type: "ok",
      file: "a.ndjson",
      index: 0,
      line: 1,
      lines: ["propose CSE", "  rule R-1"],
    });
    await report.event({ type: "ok", file: "a.ndjson", index: 1, line: 2, lines: [] });
    expect(text()).toBe("a.ndjson:1:\n  propose CSE\n    rule R-1\na.ndjson:2: no marker proposed\n");
  });

  it("prints where a file stopped being read", async () => {
    const { out, text } = collector();
    const report = textReport(out);
    await report.event({
      type: "stopped",
      file: "a.csv",
      issue: { path: "", code: "invalid_utf8", message: "The input is not valid UTF-8", line: 3 },
    });
    await report.event({
      type: "stopped",
      file: "<stdin>",
      issue: { path: "", code: "input_failed", message: "The input stream failed while being read" },
    });
    expect(text()).toBe(
      "a.csv:3: stopped reading: invalid_utf8: The input is not valid UTF-8; nothing after this point was read\n" +
        "<stdin>: stopped reading: input_failed: The input stream failed while being read; nothing after this point was read\n",
    );
  });
});
