import type { AuditReport, Finding, FindingRecord } from "../audit-model.js";

function withoutReference(record: FindingRecord): FindingRecord {
  const { recordId: _recordId, ...place } = record;
  return place;
}

function withoutReferences(finding: Finding): Finding {
  const { personKeys: _personKeys, ...rest } = finding;
  return { ...rest, records: rest.records.map(withoutReference) };
}

/**
 * The report as every renderer shows it. The report's own flags decide, whatever its lists
 * hold: without `withReferences` no record reference or link value is shown, and with
 * `suppressed` no finding is listed (a finding names records, so a small count could point
 * at one child). A second line of defence behind the builder, since these values must not leak.
 */
export function visibleReport(report: AuditReport): AuditReport {
  const findings = report.suppressed
    ? []
    : report.withReferences
      ? report.findings
      : report.findings.map(withoutReferences);
  return { ...report, findings };
}
