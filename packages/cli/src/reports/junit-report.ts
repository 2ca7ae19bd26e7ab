import { describeCliIssue, issueCodeText } from "../cli-issue.js";
import { type OutputStream, writeText } from "../io.js";
import { placeText, type Report, type ReportEvent, type RunSummary } from "./report.js";
import { Spool } from "./spool.js";
import { escapeXml } from "./xml.js";

/**
 * `--output junit`: a JUnit XML report for CI test views. Each file is a test suite and
 * each record a test case (`line 12`); a rejected record is a failure listing its issues,
 * a file that could not be read to its end is an error. Test cases are spooled to a
 * temporary file, since the suite's counts come first in the XML but are known only at the
 * end; memory stays flat however many records there are.
 */
export function junitReport(out: OutputStream): Report {
  const all = new Spool();
  let file: { name: string; spool: Spool; tests: number; failures: number; errors: number } | undefined;
  let totals = { tests: 0, failures: 0, errors: 0 };

  const closeFile = async (): Promise<void> => {
    if (file === undefined) return;
    const { name, spool, tests, failures, errors } = file;
    all.write(
      `  <testsuite name="${escapeXml(name)}" tests="${tests}" failures="${failures}" errors="${errors}">\n`,
    );
    for await (const chunk of spool.drain()) all.write(chunk);
    all.write("  </testsuite>\n");
    totals = {
      tests: totals.tests + tests,
      failures: totals.failures + failures,
      errors: totals.errors + errors,
    };
    file = undefined;
  };

  const testcase = (name: string, classname: string, body: string): string =>
    `    <testcase name="${escapeXml(name)}" classname="${escapeXml(classname)}"${body === "" ? "/>\n" : `>\n${body}    </testcase>\n`}`;

  return {
    async event(event: ReportEvent) {
      if (event.type === "file") {
        await closeFile();
        file = { name: event.file, spool: new Spool(), tests: 0, failures: 0, errors: 0 };
        return;
      }
      if (file === undefined) return;
      file.tests += 1;
      if (event.type === "ok") {
        const name = event.line === undefined ? `record ${event.index + 1}` : `line ${event.line}`;
        const lines = event.lines ?? [];
        const body =
          lines.length === 0 ? "" : `      <system-out>${escapeXml(lines.join("\n"))}</system-out>\n`;
        file.spool.write(testcase(name, event.file, body));
      } else if (event.type === "rejected") {
        file.failures += 1;
        const name = event.line === undefined ? `record ${event.index + 1}` : `line ${event.line}`;
        const codes = [...new Set(event.issues.map(issueCodeText))].join(", ");
        const body =
          `      <failure message="${escapeXml(`${placeText(event)}: rejected (${codes})`)}" type="${escapeXml(event.stage)}">` +
          `${escapeXml(event.issues.map(describeCliIssue).join("\n"))}</failure>\n`;
        file.spool.write(testcase(name, event.file, body));
      } else {
        file.errors += 1;
        const body =
          `      <error message="${escapeXml(`stopped reading: ${event.issue.code}`)}" type="${escapeXml(event.issue.code)}">` +
          `${escapeXml(`${describeCliIssue(event.issue)}; nothing after this point was read`)}</error>\n`;
        file.spool.write(testcase("the rest of the file", event.file, body));
      }
    },
    discard() {
      file?.spool.discard();
      all.discard();
    },
    async finish(summary: RunSummary) {
      await closeFile();
      await writeText(
        out,
        `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cse-flags ${summary.command}" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}">\n`,
      );
      for await (const chunk of all.drain()) await writeText(out, chunk);
      await writeText(out, "</testsuites>\n");
    },
  };
}
