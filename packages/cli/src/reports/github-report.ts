import { describeCliIssue, issueCodeText } from "../cli-issue.js";
import { stdinName } from "../inputs/input-file.js";
import { type OutputStream, writeText } from "../io.js";
import type { Report, ReportEvent, RunSummary } from "./report.js";

// GitHub's workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (text: string): string =>
  text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** GitHub places an annotation on a file in the repository; stdin is none. */
const fileProperty = (file: string): string | undefined => (file === stdinName ? undefined : file);

const command = (
  name: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): string => {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${name}${props === "" ? "" : ` ${props}`}::${escapeData(message)}\n`;
};

/**
 * `--output github`: workflow commands that GitHub Actions shows as annotations on the
 * file and line: an error for each rejected record and each file that could not be read to
 * its end, a notice for each record `flag` proposes markers for, and a closing notice with
 * the counts.
 */
export function githubReport(out: OutputStream): Report {
  return {
    async event(event: ReportEvent) {
      if (event.type === "rejected") {
        const codes = [...new Set(event.issues.map(issueCodeText))].join(", ");
        await writeText(
          out,
          command(
            "error",
            {
              file: fileProperty(event.file),
              line: event.line,
              title: `cse-flags: record rejected (${codes})`,
            },
            event.issues.map(describeCliIssue).join("\n"),
          ),
        );
      } else if (event.type === "stopped") {
        await writeText(
          out,
          command(
            "error",
            {
              file: fileProperty(event.file),
              line: event.issue.line,
              title: "cse-flags: stopped reading the file",
            },
            `${describeCliIssue(event.issue)}; nothing after this point was read`,
          ),
        );
      } else if (event.type === "ok" && event.lines !== undefined && event.lines.length > 0) {
        await writeText(
          out,
          command(
            "notice",
            {
              file: fileProperty(event.file),
              line: event.line,
              title:
                (event.proposals ?? 0) > 0 ? "cse-flags: markers proposed" : "cse-flags: notes for review",
            },
            event.lines.join("\n"),
          ),
        );
      }
    },
    async finish(summary: RunSummary) {
      await writeText(
        out,
        command(
          summary.rejected > 0 || summary.files.some((f) => f.stopped) ? "error" : "notice",
          { title: `cse-flags ${summary.command}` },
          `read ${summary.read}, ok ${summary.ok}, rejected ${summary.rejected}`,
        ),
      );
    },
  };
}
