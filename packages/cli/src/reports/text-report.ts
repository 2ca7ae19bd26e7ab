import { describeCliIssue } from "../cli-issue.js";
import { type OutputStream, writeText } from "../io.js";
import { placeText, type Report, type ReportEvent } from "./report.js";

/**
 * The default output, for people: each rejected record with its issues, each file that
 * could not be read to its end, and for `flag` each record's decision explained. Valid
 * records of `validate` and `map` print nothing; the counts are on stderr.
 */
export function textReport(out: OutputStream): Report {
  return {
    async event(event: ReportEvent) {
      switch (event.type) {
        case "file":
          return;
        case "ok": {
          if (event.lines === undefined) return;
          const text =
            event.lines.length === 0
              ? `${placeText(event)}: no marker proposed\n`
              : `${placeText(event)}:\n${event.lines.map((line) => `  ${line}\n`).join("")}`;
          await writeText(out, text);
          return;
        }
        case "rejected":
          await writeText(
            out,
            `${placeText(event)}: rejected (${event.stage})\n${event.issues.map((i) => `  ${describeCliIssue(i)}\n`).join("")}`,
          );
          return;
        case "stopped":
          await writeText(
            out,
            `${event.file}${event.issue.line === undefined ? "" : `:${event.issue.line}`}: stopped reading: ` +
              `${describeCliIssue(event.issue)}; nothing after this point was read\n`,
          );
          return;
      }
    },
    async finish() {},
  };
}
