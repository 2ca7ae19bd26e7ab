import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collector } from "../../test/collector.js";
import { junitReport } from "./junit-report.js";
import type { RunSummary } from "./report.js";

const summary: RunSummary = { command: "validate", read: 0, ok: 0, rejected: 0, files: [], rejectedBy: [] };

// The spools go to os.tmpdir(); pointing it at a folder of our own shows exactly what this file leaves behind.
let spoolRoot = "";
let savedTmpdir: string | undefined;
beforeAll(() => {
  savedTmpdir = process.env.TMPDIR;
  spoolRoot = mkdtempSync(join(tmpdir(), "junit-report-test-"));
  process.env.TMPDIR = spoolRoot;
});
afterEach(() => {
  expect(readdirSync(spoolRoot).filter((name) => name.startsWith("cse-flags-"))).toEqual([]);
});
afterAll(() => {
  if (savedTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmpdir;
  rmSync(spoolRoot, { recursive: true, force: true });
});

describe("junitReport", () => {
  it("uses the test folder for its spools", () => {
    expect(tmpdir()).toBe(spoolRoot);
  });

  it("writes a suite per file with its counts, a case per record, and the totals", async () => {
    const { out, text } = collector();
    const report = junitReport(out);
    await report.event({ type: "file", file: "a.ndjson" });
    await report.event({ type: "ok", file: "a.ndjson", index: 0, line: 1 });
    await report.event({
      type: "rejected",
      file: "a.ndjson",
      index: 1,
      line: 2,
      stage: "validate",
      issues: [{ path: "/ref", code: "invalid_type", message: "Expected a string" }],
    });
    await report.event({ type: "file", file: "b.json" });
    await report.event({ type: "ok", file: "b.json", index: 0, lines: ["propose CSE"] });
    await report.event({
      type: "stopped",
      file: "b.json",
      issue: { path: "", code: "invalid_utf8", message: "The input is not valid UTF-8", line: 5 },
    });
    await report.finish(summary);
    expect(text()).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="cse-flags validate" tests="4" failures="1" errors="1">',
        '  <testsuite name="a.ndjson" tests="2" failures="1" errors="0">',
        '    <testcase name="line 1" classname="a.ndjson"/>',
        '    <testcase name="line 2" classname="a.ndjson">',
        '      <failure message="a.ndjson:2: rejected (invalid_type)" type="validate">/ref invalid_type: Expected a string</failure>',
        "    </testcase>",
        "  </testsuite>",
        '  <testsuite name="b.json" tests="2" failures="0" errors="1">',
        '    <testcase name="record 1" classname="b.json">',
        "      <system-out>propose CSE</system-out>",
        "    </testcase>",
        '    <testcase name="the rest of the file" classname="b.json">',
        '      <error message="stopped reading: invalid_utf8" type="invalid_utf8">invalid_utf8: The input is not valid UTF-8; nothing after this point was read</error>',
        "    </testcase>",
        "  </testsuite>",
        "</testsuites>",
        "",
      ].join("\n"),
    );
  });

  it("writes an empty suite for a file with no records, and a valid document for no files", async () => {
    const empty = collector();
    const report = junitReport(empty.out);
    await report.event({ type: "file", file: "empty.ndjson" });
    await report.finish(summary);
    expect(empty.text()).toContain(
      '  <testsuite name="empty.ndjson" tests="0" failures="0" errors="0">\n  </testsuite>\n',
    );

    const none = collector();
    await junitReport(none.out).finish(summary);
    expect(none.text()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cse-flags validate" tests="0" failures="0" errors="0">\n</testsuites>\n',
    );
  });

  it("escapes file names and drops characters XML cannot hold", async () => {
    const { out, text } = collector();
    const report = junitReport(out);
    const file = `<a&"b'>\u0001.ndjson`;
    await report.event({ type: "file", file });
    await report.event({ type: "ok", file, index: 0, line: 1 });
    await report.finish(summary);
    expect(text()).toContain('<testsuite name="&lt;a&amp;&quot;b&apos;&gt;.ndjson" tests="1"');
    expect(text()).toContain('<testcase name="line 1" classname="&lt;a&amp;&quot;b&apos;&gt;.ndjson"/>');
    expect(text()).not.toContain("\u0001");
  });

  it("keeps every case, in order, when the spool goes to disk", async () => {
    const { out, text } = collector();
    const report = junitReport(out);
    const count = 3000;
    for (const file of ["a.ndjson", "b.ndjson"]) {
      await report.event({ type: "file", file });
      for (let i = 0; i < count; i += 1)
        await report.event({
          type: "ok",
          file,
          index: i,
          line: i + 1,
          lines: [`rule R-${i} ${"x".repeat(20)}`],
        });
    }
    await report.finish(summary);
    const names = [...text().matchAll(/<testcase name="line (\d+)" classname="([ab])\.ndjson"/g)].map(
      (m) => `${m[2]}${m[1]}`,
    );
    const expected = ["a", "b"].flatMap((f) => Array.from({ length: count }, (_, i) => `${f}${i + 1}`));
    expect(names).toEqual(expected);
    expect(text()).toContain(
      `<testsuites name="cse-flags validate" tests="${2 * count}" failures="0" errors="0">`,
    );
  });
});
