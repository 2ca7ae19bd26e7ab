// How the reference exports write values down, shared by the renderers.

/** `YYYY-MM-DD` as UK exports write dates: `DD/MM/YYYY`. */
export const ukDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A local date, and its `HH:MM` time when known, as `DD/MM/YYYY` or `DD/MM/YYYY HH:MM`. */
export const ukDateTime = (date: string, time: string | undefined): string =>
  time === undefined ? ukDate(date) : `${ukDate(date)} ${time}`;

/** A record reference such as `CR-0007`: the system's prefix and the scenario's record number. */
export const recordRef = (prefix: string, recordNumber: number): string =>
  `${prefix}-${String(recordNumber).padStart(4, "0")}`;

/** A row of an export with every column blank (`""`), to fill in. */
export const blankRow = <C extends string>(columns: readonly C[]): Record<C, string> =>
  Object.fromEntries(columns.map((column) => [column, ""])) as Record<C, string>;

/** A CSV cell: quoted, with quotes doubled, only when it has to be. */
export const csvCell = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** Rows as CSV text: the header, then one line per row, each line ending in a line break. */
export function csvText<C extends string>(
  columns: readonly C[],
  rows: readonly Readonly<Record<C, string>>[],
): string {
  const line = (cells: readonly string[]) => `${cells.map(csvCell).join(",")}\n`;
  return line(columns) + rows.map((row) => line(columns.map((column) => row[column]))).join("");
}
