import { expect } from "vitest";

// The format docs (docs/formats/*.md) are written by hand; these helpers read their Markdown
// tables so that tests keep them and the code in step.

/**
 * The body rows of the first table after the first heading (`#`) or HTML comment (`<!--`)
 * line that contains `marker`: each row's cells, trimmed, without backquotes.
 */
export function tableAfter(doc: string, marker: string): string[][] {
  const lines = doc.split("\n");
  const start = lines.findIndex((line) => /^(#|<!--)/.test(line) && line.includes(marker));
  expect(start, `a heading or comment with ${marker}`).toBeGreaterThanOrEqual(0);
  const rest = lines.slice(start + 1);
  const first = rest.findIndex((line) => line.startsWith("|"));
  const end = rest.findIndex((line, i) => i > first && !line.startsWith("|"));
  // Skip the header and the |---| line.
  return rest.slice(first + 2, end === -1 ? undefined : end).map((line) =>
    line
      .slice(1, -1)
      .split("|")
      .map((cell) => cell.trim().replaceAll("`", "")),
  );
}

/** How the docs write "deliberately mapped to nothing", in either column. */
const noMapWords = new Set(["no map", "no-map", "none", "(none)", "—", ""]);

/**
 * A code table's mappings, sorted, as `code -> target relationship` or `code -> no map`. The
 * target is in column `targetColumn` and the relationship in the next one; a relationship
 * may be followed by `: comment`.
 */
export function documentedMappings(rows: readonly string[][], targetColumn: number): string[] {
  return rows
    .map((cells) => {
      const target = cells[targetColumn] ?? "";
      const relationship = (cells[targetColumn + 1] ?? "").split(":")[0]?.trim() ?? "";
      const mapped = !noMapWords.has(relationship) && !noMapWords.has(target);
      return `${cells[0] ?? ""} -> ${mapped ? `${target} ${relationship}` : "no map"}`;
    })
    .sort();
}

/** A concept map entry, as far as the tables show it. */
type Entry = { readonly code: string } & (
  | { readonly noMap: true }
  | { readonly target: string; readonly relationship: string }
);

/** A concept map's mappings, written as `documentedMappings` writes a table's. */
export const mappingsOf = (map: { readonly entries: readonly Entry[] }): string[] =>
  map.entries
    .map((entry) =>
      "noMap" in entry ? `${entry.code} -> no map` : `${entry.code} -> ${entry.target} ${entry.relationship}`,
    )
    .sort();

/** Expects the code table after `marker` to list exactly the map's codes, targets and relationships. */
export function expectCodeTable(
  doc: string,
  marker: string,
  targetColumn: number,
  map: { readonly entries: readonly Entry[] },
): void {
  const rows = tableAfter(doc, marker);
  expect(rows.length, `rows in the table after ${marker}`).toBeGreaterThan(0);
  expect(documentedMappings(rows, targetColumn), marker).toEqual(mappingsOf(map));
}
