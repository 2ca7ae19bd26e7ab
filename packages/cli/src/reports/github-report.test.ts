import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collector } from "../../test/collector.js";
import type { CliIssue } from "../cli-issue.js";
import { githubReport } from "./github-report.js";
import type { RunSummary } from "./report.js";

const summary = (over: Partial<RunSummary> = {}): RunSummary => ({
  command: "validate",
  read: 2,
  ok: 1,
  rejected: 1,
  files: [{ file: "a.ndjson", read: 2, ok: 1, rejected: 1 }],
  rejectedBy: [{ code: "invalid_type", count: 1 }],
  ...over,
});

const issue = (over: Partial<CliIssue> = {}): CliIssue => ({
  path: "/persons/0/ref",
  code: "invalid_type",
  message: "Expected a string",
  ...over,
});

/** Undoes GitHub's workflow-command escapes (the reverse of @actions/core's toCommandValue escaping). */
const decode = (text: string): string =>
  text.replace(/%(25|0D|0A|3A|2C)/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

/** A workflow command line split into its name, properties and message, each decoded. */
function parseCommand(line: string): { name: string; properties: Record<string, string>; message: string } {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (match === null) throw new Error(`not a workflow command: ${JSON.stringify(line)}`);
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? "").split(",").filter((p) => p !== "")) {
    const at = pair.indexOf("=");
    properties[pair.slice(0, at)] = decode(pair.slice(at + 1));
  }
  return { name: match[1] as string, properties, message: decode(match[3] as string) };
}

/** The report's output as command lines, checking each is exactly one line. */
function commandLines(text: string): string[] {
  expect(text.endsWith("\n")).toBe(true);
  const lines = text.slice(0, -1).split("\n");
  for (const line of lines) expect(line).not.toContain("\r");
  return lines;
}

describe("githubReport", () => {
  it("writes an error annotation with file and line for a rejected record", async () => {
    const { out, text } = collector();
    const report = githubReport(out);
    await report.event({ type: "file", file: "exports/a.ndjson" });
    await report.event({
      type: "rejected",
      file: "exports/a.ndjson",
      index: 3,
      line: 4,
      stage: "validate",
      issues: [
        issue(),
        issue({ path: "", code: "adapter_rejected", reason: "no_ref", message: "No reference" }),
      ],
    });
    expect(text()).toBe(
      "::error file=exports/a.ndjson,line=4,title=cse-flags%3A record rejected (invalid_type%2C adapter_rejected%3Ano_ref)::" +
        "/persons/0/ref invalid_type: Expected a string%0Aadapter_rejected:no_ref: No reference\n",
    );
  });

  it("leaves out the line when it is not known", async () => {
    const { out, text } = collector();
    await githubReport(out).event({
      type: "rejected",
      file: "a.json",
      index: 0,
      stage: "read",
      issues: [issue()],
    });
    expect(parseCommand(commandLines(text())[0] as string).properties).toEqual({
      file: "a.json",
      title: "cse-flags: record rejected (invalid_type)",
    });
  });

  it("writes an error for a stopped file, a notice for proposed markers or notes, nothing for other records", async () => {
    const { out, text } = collector();
    const report = githubReport(out);
    await report.event({ type: "ok", file: "a.ndjson", index: 0, line: 1 });
    await report.event({ type: "ok", file: "a.ndjson", index: 1, line: 2, lines: [] });
    await report.event({
      type: "ok",
      file: "a.ndjson",
      index: 2,
      line: 3,
      lines: ["propose CSE", "rule R-1"],
      proposals: 1,
    });
    await report.event({
      type: "ok",
      file: "a.ndjson",
      index: 3,
      line: 4,
      lines: ["data quality age-unknown at /persons/0"],
      proposals: 0,
    });
    await report.event({
      type: "stopped",
      file: "a.ndjson",
      issue: { path: "", code: "invalid_utf8", message: "The input is not valid UTF-8", line: 9 },
    });
    const [notice, note, stopped, ...rest] = commandLines(text()).map(parseCommand);
    expect(rest).toEqual([]);
    expect(note).toEqual({
      name: "notice",
      properties: { file: "a.ndjson", line: "4", title: "cse-flags: notes for review" },
      message: "data quality age-unknown at /persons/0",
    });
    expect(notice).toEqual({
      name: "notice",
      properties: { file: "a.ndjson", line: "3", title: "cse-flags: markers proposed" },
      message: "propose CSE\nrule R-1",
    });
    expect(stopped).toEqual({
      name: "error",
      properties: { file: "a.ndjson", line: "9", title: "cse-flags: stopped reading the file" },
      message: "invalid_utf8: The input is not valid UTF-8; nothing after this point was read",
    });
  });

  it("closes with the counts: a notice when all is well, an error with findings or a stopped file", async () => {
    const cases: [RunSummary, string][] = [
      [summary({ read: 1, ok: 1, rejected: 0, rejectedBy: [] }), "notice"],
      [summary(), "error"],
      [
        summary({
          rejected: 0,
          ok: 2,
          files: [{ file: "a", read: 2, ok: 2, rejected: 0, stopped: issue({ code: "input_failed" }) }],
        }),
        "error",
      ],
    ];
    for (const [given, name] of cases) {
      const { out, text } = collector();
      await githubReport(out).finish(given);
      expect(parseCommand(commandLines(text())[0] as string)).toEqual({
        name,
        properties: { title: "cse-flags validate" },
        message: `read ${given.read}, ok ${given.ok}, rejected ${given.rejected}`,
      });
    }
  });

  it("escapes %, CR and LF in messages and also : and , in properties, so decoding gives the text back", async () => {
    const text = fc.string({
      unit: fc.constantFrom("a", "%", "\r", "\n", ":", ",", "=", " ", "0", "A", "::"),
    });
    await fc.assert(
      fc.asyncProperty(text, text, text, async (file, code, message) => {
        const { out, text: written } = collector();
        await githubReport(out).event({
          type: "rejected",
          file,
          index: 0,
          line: 7,
          stage: "validate",
          issues: [{ path: "", code, message }],
        });
        const lines = commandLines(written());
        expect(lines).toHaveLength(1);
        expect(parseCommand(lines[0] as string)).toEqual({
          name: "error",
          properties: { file, line: "7", title: `cse-flags: record rejected (${code})` },
          message: `${code}: ${message}`,
        });
      }),
    );
  });
});
