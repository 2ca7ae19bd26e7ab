/** The codes in a `;`-separated cell, trimmed, blanks dropped, each once, in the order written. */
export function codesIn(cell: string): string[] {
  const codes = cell
    .split(";")
    .map((code) => code.trim())
    .filter((code) => code !== "");
  return [...new Set(codes)];
}
