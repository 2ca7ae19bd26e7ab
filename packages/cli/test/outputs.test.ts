import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crimeRow, csvFor } from "./exports.js";
import { reconciliationOf } from "./reconciliation.js";
import { exampleRecord, ndjson, setAt } from "./records.js";
import { runCli } from "./run-cli.js";
import { useTempDir } from "./temp-dir.js";
import { childrenNamed, countAttribute, parseXml, type XmlElement } from "./xml.js";

const temp = useTempDir();
const formats = ["text", "json", "junit", "github"] as const;

/** 3 valid records, 2 invalid, 1 line that is not JSON, and a blank line (not a record). */
const canonicalMix = (): string =>
  ndjson([
    exampleRecord("crime"),
    setAt(exampleRecord("custody"), "/recordedAt", "yesterday"),
    exampleRecord("intelligence"),
  ]) +
  "\n" +
  '{"kind": "crime"\n' +
  ndjson([setAt(exampleRecord("missing-person"), "/persons", {}), exampleRecord("custody")]);

const baseRow = crimeRow("CR-0201");
/** 4 rows that map and 2 the adapter rejects. */
const exportMix = (): string =>
  csvFor("crime", [
    baseRow,
    { ...baseRow, crime_ref: "CR-0202", recorded_date: "32/03/2026" },
    { ...baseRow, crime_ref: "CR-0203" },
    { ...baseRow, crime_ref: "CR-0204", person_1_looked_after: "maybe" },
    { ...baseRow, crime_ref: "CR-0205" },
    { ...baseRow, crime_ref: "CR-0206" },
  ]);

describe("the reconciliation line on stderr, in every output format", () => {
  it.each(formats)("validate --output %s", async (output) => {
    const file = temp.write(`validate-${output}.ndjson`, canonicalMix());
    const run = await runCli(["validate", "--output", output, file]);
    expect(run.code).toBe(1);
    expect(reconciliationOf(run.stderr)).toEqual({
      command: "validate",
      read: 6,
      ok: 3,
      rejected: 3,
      files: 1,
    });
  });

  it.each(formats)("flag --output %s", async (output) => {
    const file = temp.write(`flag-${output}.ndjson`, canonicalMix());
    const run = await runCli(["flag", "--output", output, file]);
    expect(run.code).toBe(1);
    expect(reconciliationOf(run.stderr)).toMatchObject({
      command: "flag",
      read: 6,
      ok: 3,
      rejected: 3,
      files: 1,
    });
  });

  it.each(formats)("map --output %s", async (output) => {
    const file = temp.write(`map-${output}.csv`, exportMix());
    const report = output === "text" ? [] : ["--report", join(temp.path(), `map-${output}.report`)];
    const run = await runCli([
      "map",
      "--adapter",
      "crime",
      "--force",
      "example-force",
      "--output",
      output,
      ...report,
      file,
    ]);
    expect(run.code).toBe(1);
    expect(reconciliationOf(run.stderr)).toEqual({ command: "map", read: 6, ok: 4, rejected: 2, files: 1 });
  });

  it("agrees with the json summary line", async () => {
    const file = temp.write("summary.ndjson", canonicalMix());
    const run = await runCli(["validate", "--output", "json", file]);
    const summary = JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "") as Record<string, unknown>;
    const counts = reconciliationOf(run.stderr);
    expect(summary).toMatchObject({
      type: "summary",
      read: counts.read,
      ok: counts.ok,
      rejected: counts.rejected,
    });
  });
});

describe("--output junit", () => {
  it("the checker refuses XML that is not well-formed", () => {
    expect(() => parseXml("<a><b></a></b>")).toThrow();
    expect(() => parseXml('<a x="1 & 2"/>')).toThrow();
    expect(() => parseXml("<a>1 < 2</a>")).toThrow();
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
    expect(() => parseXml("<a/><b/>")).toThrow();
    expect(parseXml('<a x="&lt;&amp;"><b>&quot;</b></a>').attributes.x).toBe("<&");
  });

  it("is well-formed XML whose counts match the records, per file and in total", async () => {
    const a = temp.write("junit-a.ndjson", canonicalMix());
    const b = temp.write(
      "junit-b.ndjson",
      Buffer.concat([Buffer.from(ndjson([exampleRecord("crime")])), Buffer.from([0xff, 0x0a])]),
    );
    const run = await runCli(["validate", "--output", "junit", a, b]);
    expect(run.code).toBe(1);
    expect(run.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const root = parseXml(run.stdout);
    expect(root.name).toBe("testsuites");
    const suites = childrenNamed(root, "testsuite");
    expect(suites.map((s) => s.attributes.name)).toEqual([a, b]);
    const count = (suite: XmlElement, tag: string): number =>
      childrenNamed(suite, "testcase").filter((t) => childrenNamed(t, tag).length > 0).length;
    for (const suite of suites) {
      expect(countAttribute(suite, "tests")).toBe(childrenNamed(suite, "testcase").length);
      expect(countAttribute(suite, "failures")).toBe(count(suite, "failure"));
      expect(countAttribute(suite, "errors")).toBe(count(suite, "error"));
    }
    const [first, second] = suites as [XmlElement, XmlElement];
    expect([
      countAttribute(first, "tests"),
      countAttribute(first, "failures"),
      countAttribute(first, "errors"),
    ]).toEqual([6, 3, 0]);
    expect(countAttribute(second, "errors")).toBe(1);
    for (const attribute of ["tests", "failures", "errors"])
      expect(countAttribute(root, attribute)).toBe(
        suites.reduce((n, s) => n + countAttribute(s, attribute), 0),
      );
    const names = childrenNamed(first, "testcase").map((t) => t.attributes.name);
    expect(names).toEqual(["line 1", "line 2", "line 3", "line 5", "line 6", "line 7"]);
  });

  it("escapes file names that need it and keeps the XML well-formed", async () => {
    temp.write('odd/a&b <c> "d".ndjson', ndjson([setAt(exampleRecord("crime"), "/kind", "x")]));
    const run = await runCli(["flag", "--output", "junit", 'odd/a&b <c> "d".ndjson'], { cwd: temp.path() });
    const suite = childrenNamed(parseXml(run.stdout), "testsuite")[0];
    expect(suite?.attributes.name).toBe('odd/a&b <c> "d".ndjson');
    expect(run.stdout).toContain("odd/a&amp;b &lt;c&gt; &quot;d&quot;.ndjson");
  });

  it("carries flag's explanations as each test case's output", async () => {
    const file = temp.write("junit-flag.ndjson", ndjson([exampleRecord("crime")]));
    const run = await runCli(["flag", "--output", "junit", file]);
    const testcase = childrenNamed(
      childrenNamed(parseXml(run.stdout), "testsuite")[0] as XmlElement,
      "testcase",
    )[0];
    expect(childrenNamed(testcase as XmlElement, "system-out")[0]?.text).toMatch(
      /^propose CSE \[group-based\] on the record: /,
    );
  });
});

describe("--output github", () => {
  it("annotates each rejected record at its file and line, and ends with the counts", async () => {
    const file = temp.write("gh.ndjson", canonicalMix());
    const run = await runCli(["validate", "--output", "github", "gh.ndjson"], { cwd: temp.path() });
    expect(file).toMatch(/gh\.ndjson$/);
    const lines = run.stdout.trim().split("\n");
    expect(lines.map((l) => /^::error file=gh\.ndjson,line=(\d+),title=/.exec(l)?.[1] ?? l)).toEqual([
      "2",
      "5",
      "6",
      "::error title=cse-flags validate::read 6, ok 3, rejected 3",
    ]);
    expect(lines[0]).toMatch(/::\/recordedAt \w+: /);
  });

  it("escapes commas, colons, percent signs and line breaks in properties and messages", async () => {
    const name = "odd,name:100%.ndjson";
    temp.write(name, ndjson([setAt(setAt(exampleRecord("crime"), "/kind", "x"), "/classification", "y")]));
    const run = await runCli(["validate", "--output", "github", name], { cwd: temp.path() });
    const [first = ""] = run.stdout.split("\n");
    expect(
      first.startsWith("::error file=odd%2Cname%3A100%25.ndjson,line=1,title=cse-flags%3A record rejected ("),
    ).toBe(true);
    const [, properties = "", message = ""] = /^::error ([^:]*)::(.*)$/.exec(first) ?? [];
    // Properties split on commas and end at the first "::": an escaped value holds neither.
    expect(properties.split(",").map((p) => p.split("=")[0])).toEqual(["file", "line", "title"]);
    expect(message).toMatch(/^\/kind \w+: .*%0A\/classification invalid_value: /);
    expect(message).not.toMatch(/[\r\n]/);
  });

  it("notices each record flag proposes markers for", async () => {
    const file = temp.write("gh-flag.ndjson", canonicalMix());
    const run = await runCli(["flag", "--output", "github", file]);
    const notices = run.stdout.split("\n").filter((l) => l.startsWith("::notice file="));
    expect(notices.length).toBe(reconciliationOf(run.stderr).flagged);
    expect(notices[0]).toMatch(/,line=1,title=cse-flags%3A markers proposed::propose /);
  });
});

describe("--output json", () => {
  it("writes one JSON object per line, each with a type", async () => {
    const file = temp.write("json.ndjson", canonicalMix());
    const run = await runCli(["validate", "--output", "json", file]);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { type: string; line?: number });
    expect(lines.map((l) => [l.type, l.line])).toEqual([
      ["rejected", 2],
      ["rejected", 5],
      ["rejected", 6],
      ["summary", undefined],
    ]);
    expect(readFileSync(file, "utf8").split("\n")[4]).toBe('{"kind": "crime"');
  });
});
