// How the reference exports write values down: UK dates, blank cells, CSV text.
import type { LocalDateTime } from "../story.js";

/** `YYYY-MM-DD` as `DD/MM/YYYY`. */
export const ukDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** `YYYY-MM-DD HH:MM` as `DD/MM/YYYY HH:MM`. */
export const ukDateTime = (local: LocalDateTime): string =>
  `${ukDate(local.slice(0, 10))} ${local.slice(11)}`;

/** The morning after a local date-time, at 09:00: when a record of it is written up. */
export function nextMorning(local: LocalDateTime): LocalDateTime {
  const next = new Date(Date.parse(`${local.slice(0, 10)}T00:00:00Z`) + 86_400_000);
  return `${next.toISOString().slice(0, 10)} 09:00` as LocalDateTime;
}

/** A row with every column blank, to fill in. */
export const blankRow = (columns: readonly string[]): Record<string, string> =>
  Object.fromEntries(columns.map((column) => [column, ""]));

/** A cell, quoted with quotes doubled only when it holds a comma, a quote or a line break. */
export const csvCell = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/**
 * The header and one line per row, each ending in a line break. A row naming a column the
 * export does not have is a mistake in a renderer, and would be lost: it throws instead.
 */
export function csvText(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, string>>[],
): string {
  const known = new Set(columns);
  for (const row of rows)
    if (Object.keys(row).some((column) => !known.has(column)))
      throw new Error("A rendered row names a column the export does not have");
  const line = (cells: readonly string[]): string => `${cells.map(csvCell).join(",")}\n`;
  return line(columns) + rows.map((row) => line(columns.map((column) => row[column] ?? ""))).join("");
}

/** `Y` or `N`. */
export const yesNo = (answer: boolean | undefined): "Y" | "N" => (answer === true ? "Y" : "N");
