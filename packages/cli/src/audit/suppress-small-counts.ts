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
export function suppressTable(
  table: ProfileTable,
  options: {
    /** Columns left as they are. */
    readonly exemptColumns?: readonly number[];
    /** Rows whose sum is given elsewhere (a figure): secondary suppression runs among them too. */
    readonly totalledRows?: (key: string) => boolean;
  } = {},
): ProfileTable {
  const exempt = new Set(options.exemptColumns ?? []);
  const counts = table.rows.map((row) =>
    row.counts.map((n, column) => (exempt.has(column) ? n : suppressCount(n))),
  );
  const groups: number[][] = [table.rows.map((_, i) => i)];
  if (options.totalledRows !== undefined)
    groups.push(
      table.rows.flatMap((row, i) =>
        (options.totalledRows as (key: string) => boolean)(row.key) ? [i] : [],
      ),
    );
  table.columns.forEach((_, column) => {
    if (exempt.has(column)) return;
    for (const rows of groups) hideOneMore(counts, rows, column);
  });
  return { ...table, rows: table.rows.map((row, i) => ({ key: row.key, counts: counts[i] ?? [] })) };
}

/** Where exactly one of these rows' cells in the column reads `c`, hides the next smallest non-zero one too. */
function hideOneMore(counts: Count[][], rows: readonly number[], column: number): void {
  const cells = rows.map((row) => counts[row]?.[column]);
  if (cells.filter((cell) => cell === "c").length !== 1) return;
  let smallest: number | undefined;
  rows.forEach((row, i) => {
    const cell = cells[i];
    if (typeof cell !== "number" || cell === 0) return;
    const best = smallest === undefined ? undefined : counts[smallest]?.[column];
    if (typeof best !== "number" || cell < best) smallest = row;
  });
  const target = smallest === undefined ? undefined : counts[smallest];
  if (target !== undefined) target[column] = "c";
}

/**
 * Each profile table as it may leave the force. The systems table's first column counts all
 * the records of each export, as the summary does, and is left as it is. The age bands of
 * children add up to the children figure, so among them secondary suppression runs again.
 */
function suppressProfileTable(table: ProfileTable): ProfileTable {
  if (table.id === "system") return suppressTable(table, { exemptColumns: [0] });
  if (table.id === "age-band") return suppressTable(table, { totalledRows: (key) => key !== "18-or-over" });
  return suppressTable(table);
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
 * The report as it may leave the force: counts of 1 to 5 read `c` in the summary, the
 * profile and the finding counts, and findings are listed by count only (each names records).
 */
export function suppressSmallCounts(report: AuditReport): AuditReport {
  return {
    ...report,
    suppressed: true,
    // The export sizes stay (they count records, not people); these two count people or match a suppressed count.
    summary: {
      ...report.summary,
      rejected: suppressCount(report.summary.rejected),
      linkedPeople: suppressCount(report.summary.linkedPeople),
    },
    findings: [],
    findingCounts: report.findingCounts.map((entry) => ({ ...entry, count: suppressCount(entry.count) })),
    profile: {
      figures: suppressFigures(report.profile.figures),
      tables: report.profile.tables.map(suppressProfileTable),
    },
  };
}
