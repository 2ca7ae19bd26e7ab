/**
 * First characters a spreadsheet may read as the start of a formula (OWASP, "CSV
 * Injection"): `=`, `+`, `-`, `@`, tab and carriage return; also after leading spaces,
 * which some spreadsheets trim before they look.
 */
const formulaStart = /^ *[=+\-@\t\r]/;
/** Characters that need the cell quoted (RFC 4180): the separator, the quote and line breaks. */
const needsQuotes = /[",\r\n]/;

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * One CSV cell, quoted as RFC 4180 asks, and made inert for spreadsheets: a cell that a
 * spreadsheet could run as a formula gets a leading `'` and is quoted, as OWASP advises.
 * File names in an audit are user-given, so `=cmd|' /C calc'!A0.csv` must stay text.
 */
export function csvCell(value: string): string {
  if (formulaStart.test(value)) return quoted(`'${value}`);
  return needsQuotes.test(value) ? quoted(value) : value;
}

/** One CSV row with its CRLF line end (RFC 4180). */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
