import type { AuditReport, Count, Figures, ProfileTable } from "./audit-model.js";

/** Counts from 1 to this read `c`, as official statistics suppress them. */
export const largestSuppressed = 5;

const isSmall = (n: Count): boolean => typeof n === "number" && n >= 1 && n <= largestSuppressed;

/** A count of 1 to 5 becomes `c`; 0 stays 0, since it reveals no one. */
export const suppressCount = (n: Count): Count => (isSmall(n) ? "c" : n);

/**
 * A table with every count of 1 to 5 shown as `c`. Where a column then has exactly one
 * `c`, its next smallest non-zero count is hidden too, so that a total known elsewhere
 * cannot give the hidden one away (secondary suppression).
 */
export function suppressTable(table: ProfileTable): ProfileTable {
  const counts = table.rows.map((row) => row.counts.map(suppressCount));
  table.columns.forEach((_, column) => {
    const cells = counts.map((row) => row[column]);
    if (cells.filter((cell) => cell === "c").length !== 1) return;
    let smallest: number | undefined;
    cells.forEach((cell, row) => {
      if (typeof cell !== "number" || cell === 0) return;
      if (smallest === undefined || cell < (cells[smallest] as number)) smallest = row;
    });
    const row = smallest === undefined ? undefined : counts[smallest];
    if (row !== undefined) row[column] = "c";
  });
  return { ...table, rows: table.rows.map((row, i) => ({ key: row.key, counts: counts[i] ?? [] })) };
}

function suppressFigures(figures: Figures): Figures {
  return {
    ...figures,
    cseCases: suppressCount(figures.cseCases),
    groomingCases: suppressCount(figures.groomingCases),
    traffickingCases: suppressCount(figures.traffickingCases),
    groupBasedCases: suppressCount(figures.groupBasedCases),
    children: suppressCount(figures.children),
    repeatMissingWithIndicators: suppressCount(figures.repeatMissingWithIndicators),
  };
}

/**
 * The report as it may leave the force: counts of 1 to 5 read `c` in the profile and the
 * finding counts, and findings are listed by count only (each names records).
 */
export function suppressSmallCounts(report: AuditReport): AuditReport {
  return {
    ...report,
    suppressed: true,
    findings: [],
    findingCounts: report.findingCounts.map((entry) => ({ ...entry, count: suppressCount(entry.count) })),
    profile: {
      figures: suppressFigures(report.profile.figures),
      tables: report.profile.tables.map(suppressTable),
    },
  };
}
