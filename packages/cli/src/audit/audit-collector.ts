import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { issueCodeText } from "../cli-issue.js";
import { InputOutputError } from "../errors.js";
import { type OutputStream, writeText } from "../io.js";
import type { Report, ReportEvent, RunSummary } from "../reports/report.js";
import type { AuditedRecord, AuditFacts, AuditReport, RejectedRecord } from "./audit-model.js";
import { type AuditContext, buildAuditReport } from "./build-audit-report.js";
import { renderFindingsCsv, renderProfileCsv } from "./render/render-csv.js";
import { renderHtml } from "./render/render-html.js";
import { renderJson } from "./render/render-json.js";
import { renderMarkdown } from "./render/render-markdown.js";

export type AuditFormat = "markdown" | "json" | "csv" | "html";
export const auditFormats: readonly AuditFormat[] = ["markdown", "json", "csv", "html"];

const renderers: Readonly<Record<AuditFormat, (report: AuditReport) => string>> = {
  markdown: renderMarkdown,
  json: renderJson,
  csv: renderFindingsCsv,
  html: renderHtml,
};

/** What `--out-dir` holds: every format, and the profile as CSV too. */
export const outDirFiles: readonly {
  readonly name: string;
  readonly render: (report: AuditReport) => string;
}[] = [
  { name: "audit.md", render: renderMarkdown },
  { name: "audit.json", render: renderJson },
  { name: "audit.html", render: renderHtml },
  { name: "findings.csv", render: renderFindingsCsv },
  { name: "profile.csv", render: renderProfileCsv },
];

export interface AuditCollectorOptions {
  readonly format: AuditFormat;
  /** `--out-dir`: the folder (created if need be) as an absolute path, and as given, for messages. */
  readonly outDir?: { readonly path: string; readonly name: string };
  readonly suppressSmallCounts: boolean;
  readonly withReferences: boolean;
  readonly context: Omit<AuditContext, "read" | "files">;
}

export interface AuditCollector extends Report {
  /** The report, once the run has finished. */
  readonly result: () => AuditReport | undefined;
}

/**
 * The `audit` command's report: keeps each record's facts as the run emits them (in input
 * order), then builds the audit once every record is in and writes it in the chosen format.
 */
export function auditCollector(out: OutputStream, options: AuditCollectorOptions): AuditCollector {
  const audited: AuditedRecord[] = [];
  const rejected: RejectedRecord[] = [];
  const systemOfFile = new Map<string, string>();
  let report: AuditReport | undefined;

  const event = async (event: ReportEvent): Promise<void> => {
    if (event.type === "ok" && event.output !== undefined) {
      const facts = JSON.parse(event.output) as AuditFacts;
      if (!systemOfFile.has(event.file)) systemOfFile.set(event.file, facts.system);
      audited.push({
        place: {
          file: event.file,
          index: event.index,
          ...(event.line === undefined ? {} : { line: event.line }),
          system: facts.system,
          kind: facts.kind,
        },
        facts,
      });
    } else if (event.type === "rejected") {
      rejected.push({
        file: event.file,
        index: event.index,
        ...(event.line === undefined ? {} : { line: event.line }),
        codes: [...new Set(event.issues.map(issueCodeText))],
      });
    }
  };

  const finish = async (summary: RunSummary): Promise<void> => {
    report = buildAuditReport(
      audited,
      rejected,
      {
        ...options.context,
        read: summary.read,
        files: summary.files.map((file) => {
          const system = systemOfFile.get(file.file);
          return { file: file.file, read: file.read, ...(system === undefined ? {} : { system }) };
        }),
      },
      { suppressSmallCounts: options.suppressSmallCounts, withReferences: options.withReferences },
    );
    await writeText(out, renderers[options.format](report));
    if (options.outDir !== undefined) await writeOutDir(options.outDir.path, options.outDir.name, report);
  };

  return { event, finish, result: () => report };
}

async function writeOutDir(dir: string, name: string, report: AuditReport): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    for (const file of outDirFiles) await writeFile(join(dir, file.name), file.render(report), "utf8");
  } catch {
    throw new InputOutputError(
      `cannot write the audit's files to ${name}`,
      "Check that the folder can be created and written.",
    );
  }
}
