import type { AuditReport, Finding, ProfileTable } from "../audit-model.js";
import { escapeMarkdown } from "./markdown-escape.js";
import {
  countText,
  disclosureText,
  figureItems,
  figuresSentence,
  groupFindings,
  personKeysText,
  recordPlaceText,
  referencesWarning,
  reportTitle,
  summaryItems,
  tableKeyLabel,
} from "./report-wording.js";
import { visibleReport } from "./visible-report.js";

/** A GitHub-flavoured table; every cell escaped, counts right-aligned. */
function table(headings: readonly string[], rows: readonly (readonly string[])[], numeric: number): string {
  const head = `| ${headings.map(escapeMarkdown).join(" | ")} |`;
  const rule = `|${headings.map((_, i) => (i >= numeric ? " ---: |" : " --- |")).join("")}`;
  const body = rows.map((row) => `| ${row.map(escapeMarkdown).join(" | ")} |`);
  return [head, rule, ...body].join("\n");
}

function summarySection(report: AuditReport): string[] {
  const { summary } = report;
  return [
    `# ${escapeMarkdown(reportTitle)}`,
    ...(report.withReferences ? [`> **Warning:** ${escapeMarkdown(referencesWarning)}`] : []),
    summaryItems(report)
      .map(({ label, value }) => `- ${escapeMarkdown(label)}: ${escapeMarkdown(value)}`)
      .join("\n"),
    escapeMarkdown(disclosureText(report)),
    table(
      ["file", "system", "records read"],
      summary.files.map((file) => [file.file, file.system ?? "", String(file.read)]),
      2,
    ),
    table(
      ["system", "records"],
      summary.systems.map((system) => [system.system, String(system.records)]),
      1,
    ),
  ];
}

function figuresSection(report: AuditReport): string[] {
  const { figures } = report.profile;
  return [
    "## Figures",
    escapeMarkdown(figuresSentence(figures)),
    table(
      ["figure", "count"],
      figureItems(figures).map(({ label, count }) => [label, countText(count)]),
      1,
    ),
  ];
}

function findingText(finding: Finding): string {
  const lines = [
    `#### ${escapeMarkdown(finding.code)} (${escapeMarkdown(finding.severity)})`,
    "",
    escapeMarkdown(finding.message),
    "",
  ];
  const item = (label: string, value: string): void => {
    lines.push(`- ${label}: ${escapeMarkdown(value)}`);
  };
  if (finding.markers.length > 0) item("Markers", finding.markers.join(", "));
  if (finding.person !== undefined) item("Person", String(finding.person));
  const keys = personKeysText(finding);
  if (keys !== undefined) item("Link values", keys);
  lines.push("- Records:");
  for (const record of finding.records) lines.push(`  - ${escapeMarkdown(recordPlaceText(record))}`);
  if (finding.records.length === 0) lines.push("  - none");
  item("Rules", finding.rules.length === 0 ? "none" : finding.rules.join(", "));
  item("Evidence", finding.evidence.length === 0 ? "none" : finding.evidence.join(", "));
  if (finding.detail !== undefined) item("Detail", finding.detail);
  return lines.join("\n");
}

function findingsSection(report: AuditReport): string[] {
  const counts = table(
    ["finding", "count"],
    report.findingCounts.map(({ code, count }) => [code, countText(count)]),
    1,
  );
  if (report.suppressed) {
    return ["## Findings", counts, "Findings are given by count only, since small counts are suppressed."];
  }
  const groups = groupFindings(report.findings);
  if (groups.length === 0) return ["## Findings", counts, "No findings."];
  return [
    "## Findings",
    counts,
    ...groups.flatMap((group) => [`### ${escapeMarkdown(group.title)}`, ...group.findings.map(findingText)]),
  ];
}

function profileTable(profileTable: ProfileTable): string[] {
  const heading = `### ${escapeMarkdown(profileTable.title)}`;
  const unit = `Counts of ${escapeMarkdown(profileTable.unit)}.`;
  if (profileTable.rows.length === 0) return [heading, unit, "None."];
  return [
    heading,
    unit,
    table(
      [tableKeyLabel(profileTable.id), ...profileTable.columns],
      profileTable.rows.map((row) => [row.key, ...row.counts.map(countText)]),
      1,
    ),
  ];
}

function profileSection(report: AuditReport): string[] {
  return ["## Profile", ...report.profile.tables.flatMap(profileTable)];
}

/**
 * `--format markdown`: the audit for people, as it reads on GitHub or in a docs site. Every
 * value is escaped, since file names are user-given; nothing from a record appears unless
 * the report was made with references.
 */
export function renderMarkdown(given: AuditReport): string {
  const report = visibleReport(given);
  const blocks = [
    ...summarySection(report),
    ...figuresSection(report),
    ...findingsSection(report),
    ...profileSection(report),
  ];
  return `${blocks.join("\n\n")}\n`;
}
