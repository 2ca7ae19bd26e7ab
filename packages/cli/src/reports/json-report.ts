import { type OutputStream, writeText } from "../io.js";
import type { Report, ReportEvent, RunSummary } from "./report.js";

export interface JsonReportOptions {
  /** Only `rejected` and `stopped` lines, and no summary: the `map --rejects` file. */
  readonly problemsOnly?: boolean;
}

const where = (event: { file: string; index: number; line?: number }): string =>
  `"file":${JSON.stringify(event.file)},"index":${event.index}${event.line === undefined ? "" : `,"line":${event.line}`}`;

/**
 * `--output json`: one JSON object per line, so a report of a million records streams.
 * Lines have a `type`: `rejected`, `stopped`, `decision` (`flag`), and last `summary`.
 */
export function jsonReport(out: OutputStream, options: JsonReportOptions = {}): Report {
  return {
    async event(event: ReportEvent) {
      switch (event.type) {
        case "rejected":
          await writeText(
            out,
            `{"type":"rejected",${where(event)},"stage":${JSON.stringify(event.stage)},"issues":${JSON.stringify(event.issues)}}\n`,
          );
          return;
        case "stopped":
          await writeText(
            out,
            `{"type":"stopped","file":${JSON.stringify(event.file)},"issue":${JSON.stringify(event.issue)}}\n`,
          );
          return;
        case "ok":
          // Only `flag` has a line per valid record: its decision, already JSON from the worker.
          if (options.problemsOnly || event.redacted === undefined) return;
          await writeText(out, `{"type":"decision",${where(event)},"decision":${event.redacted}}\n`);
          return;
        default:
          return;
      }
    },
    async finish(summary: RunSummary) {
      if (options.problemsOnly) return;
      await writeText(out, `${JSON.stringify({ type: "summary", ...summary })}\n`);
    },
  };
}
