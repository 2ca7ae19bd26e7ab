// The words the Markdown and HTML reports share, as plain text: each renderer escapes them
// for its own format, so both say the same thing in the same order.
import type {
  AuditReport,
  Count,
  Figures,
  Finding,
  FindingCategory,
  FindingRecord,
  ProfileTableId,
} from "../audit-model.js";

export const reportTitle = "CSE flagging audit";

/** What a `c` in any count means. */
export const suppressedCountNote = "c: a count from 1 to 5, suppressed so that no child can be singled out.";

export const countText = (count: Count): string => String(count);

/** One label and its value, for the summary and the figures. */
export interface LabelledValue {
  readonly label: string;
  readonly value: string;
}

/** Whether small counts are suppressed, in a sentence. */
const suppressionText = (report: AuditReport): string =>
  report.suppressed
    ? "Small counts are suppressed: a count from 1 to 5 reads c, and findings are given by count only."
    : "Small counts are not suppressed: findings are listed with the records they name.";

/** Whether the report carries record references, in a sentence. */
const referencesText = (report: AuditReport): string =>
  report.withReferences
    ? "Record references and link values are included."
    : "Record references and link values are not included: records are named by file and line only.";

/** Shown first in a report that carries record references and link values. */
export const referencesWarning =
  "This report carries record references and link values from the records. Handle it like the records themselves: keep, share and destroy it under the same rules.";

/** The line after the summary saying what the report may show. */
export const disclosureText = (report: AuditReport): string =>
  `${suppressionText(report)} ${referencesText(report)}`;

/** The summary's lines after the title, in order. */
export function summaryItems(report: AuditReport): LabelledValue[] {
  const { summary } = report;
  const { policy } = summary;
  return [
    {
      label: "Records",
      value: `${summary.read} read, ${summary.audited} audited, ${summary.rejected} rejected`,
    },
    { label: "Linked people", value: String(summary.linkedPeople) },
    { label: "Taxonomy version", value: summary.taxonomyVersion },
    {
      label: "Policy",
      value: `${policy.id} ${policy.version}${policy.layers.length === 0 ? "" : ` (layers: ${policy.layers.join(", ")})`}`,
    },
    { label: "Link keys", value: summary.linkKeys.length === 0 ? "none" : summary.linkKeys.join(", ") },
  ];
}

const cases = (count: Count): string => (count === 1 ? "case" : "cases");

/**
 * The figures as the founding report gives them: "143 cases of CSE, 71 of grooming and 4 of
 * trafficking", with the period they cover.
 */
export function figuresSentence(figures: Figures): string {
  const { cseCases, groomingCases, traffickingCases, period } = figures;
  const counts = `${cseCases} ${cases(cseCases)} of CSE, ${groomingCases} of grooming and ${traffickingCases} of trafficking`;
  if (period === undefined) return `${counts}.`;
  if (period.from === period.to) return `In ${period.from}: ${counts}.`;
  return `From ${period.from} to ${period.to}: ${counts}.`;
}

/** Each figure with what it counts; `key` is its name in the report's JSON. */
export function figureItems(
  figures: Figures,
): { readonly key: keyof Figures; readonly label: string; readonly count: Count }[] {
  return [
    { key: "cseCases", label: "Cases of CSE", count: figures.cseCases },
    { key: "groomingCases", label: "Cases of grooming", count: figures.groomingCases },
    {
      key: "traffickingCases",
      label: "Cases of trafficking for sexual exploitation",
      count: figures.traffickingCases,
    },
    { key: "groupBasedCases", label: "Group-based cases", count: figures.groupBasedCases },
    {
      key: "children",
      label: "Children with a CSE marker, carried or proposed, in any system",
      count: figures.children,
    },
    {
      key: "repeatMissingWithIndicators",
      label: "Children missing twice or more with a CSE indicator",
      count: figures.repeatMissingWithIndicators,
    },
  ];
}

/** Where a finding's record is: `file:line (system) role subject`, and its reference when the report has them. */
export function recordPlaceText(record: FindingRecord): string {
  const where =
    record.line === undefined
      ? `${record.file} (record ${record.index + 1})`
      : `${record.file}:${record.line}`;
  const subject = record.subject === undefined ? "" : ` ${record.subject}`;
  const reference = record.recordId === undefined ? "" : ` [reference ${record.recordId}]`;
  return `${where} (${record.system}) ${record.role}${subject}${reference}`;
}

/** A finding's person's link values, `person: CHILD-A`, when the report has them. */
export function personKeysText(finding: Finding): string | undefined {
  if (finding.personKeys === undefined) return undefined;
  const parts = Object.entries(finding.personKeys).map(([key, values]) => `${key}: ${values.join(", ")}`);
  return parts.length === 0 ? undefined : parts.join("; ");
}

const categoryTitles: Readonly<Record<FindingCategory, string>> = {
  marker: "Missing and unsupported markers",
  confusion: "Confused marker kinds",
  "cross-system": "Disagreements across systems",
  "data-quality": "Data quality",
};
const categoryOrder: readonly FindingCategory[] = ["marker", "confusion", "cross-system", "data-quality"];

export interface FindingGroup {
  readonly category: FindingCategory;
  readonly title: string;
  readonly findings: readonly Finding[];
}

/** Findings by category, in a fixed order, leaving out empty categories; the builder's order within each. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return categoryOrder.flatMap((category) => {
    const inCategory = findings.filter((finding) => finding.category === category);
    return inCategory.length === 0
      ? []
      : [{ category, title: categoryTitles[category], findings: inCategory }];
  });
}

const keyLabels: Readonly<Record<ProfileTableId, string>> = {
  marker: "marker",
  "offence-class": "offence class",
  indicator: "indicator",
  "age-band": "age band",
  system: "system",
  month: "month",
};

/** The heading of a profile table's first column. */
export const tableKeyLabel = (id: ProfileTableId): string => keyLabels[id];
