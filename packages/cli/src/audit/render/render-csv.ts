import type { AuditReport, Finding, FindingRecord } from "../audit-model.js";
import { csvRow } from "./csv-cell.js";
import { countText, figureItems } from "./report-wording.js";
import { visibleReport } from "./visible-report.js";

const findingColumns = [
  "code",
  "category",
  "severity",
  "person",
  "markers",
  "file",
  "line",
  "system",
  "role",
  "subject",
  "rules",
  "evidence",
  "detail",
] as const;

/** Lists in one cell, space-separated: codes, rule ids and JSON Pointers hold no spaces. */
const list = (values: readonly string[]): string => values.join(" ");

function findingRow(finding: Finding, record: FindingRecord | undefined, withReferences: boolean): string {
  const cells = [
    finding.code,
    finding.category,
    finding.severity,
    finding.person === undefined ? "" : String(finding.person),
    list(finding.markers),
    record?.file ?? "",
    record?.line === undefined ? "" : String(record.line),
    record?.system ?? "",
    record?.role ?? "",
    record?.subject ?? "",
    list(finding.rules),
    list(finding.evidence),
    finding.detail ?? "",
  ];
  return csvRow(withReferences ? [...cells, record?.recordId ?? ""] : cells);
}

/**
 * The findings as CSV, one row per record of each finding (a finding with no record still
 * gets a row). `recordId` is a column only in a report made with references. With small
 * counts suppressed there are no findings, so only the header row.
 */
export function renderFindingsCsv(given: AuditReport): string {
  const report = visibleReport(given);
  const header = csvRow(report.withReferences ? [...findingColumns, "recordId"] : findingColumns);
  const rows = report.findings.flatMap((finding) =>
    finding.records.length === 0
      ? [findingRow(finding, undefined, report.withReferences)]
      : finding.records.map((record) => findingRow(finding, record, report.withReferences)),
  );
  return header + rows.join("");
}

/**
 * Every count in the report as long-format CSV (`table,key,column,count`), for a spreadsheet
 * or a statistics package: each profile table by its id, the figures as table `figures` (keyed as in the JSON),
 * and the finding counts as table `findings`. A suppressed count is `c`.
 */
export function renderProfileCsv(report: AuditReport): string {
  const rows: string[] = [csvRow(["table", "key", "column", "count"])];
  for (const { key, count } of figureItems(report.profile.figures)) {
    rows.push(csvRow(["figures", key, "count", countText(count)]));
  }
  for (const { code, count } of report.findingCounts) {
    rows.push(csvRow(["findings", code, "count", countText(count)]));
  }
  for (const table of report.profile.tables) {
    for (const row of table.rows) {
      table.columns.forEach((column, i) => {
        const count = row.counts[i];
        if (count !== undefined) rows.push(csvRow([table.id, row.key, column, countText(count)]));
      });
    }
  }
  return rows.join("");
}
