import type { CodeSetId } from "@cse-flags/core";
import { AdapterKitError, type KitIssue, type KitResult, kitIssue } from "../issue.js";
import { isPlainObject } from "../options.js";
import { checkHeaders } from "../readers/check-headers.js";
import { CsvTokenizer } from "../readers/csv-tokenizer.js";
import type { ConceptMap } from "./concept-map.js";
import { parseConceptMap } from "./parse-concept-map.js";

/** The fields of a concept map that a CSV file of entries does not hold. */
export interface ConceptMapCsvMeta<K extends CodeSetId> {
  readonly id: string;
  readonly version: string;
  readonly title?: string;
  readonly source: string;
  readonly target: K;
}

/** Columns of a concept-map CSV file, in any order. `code` is required. */
export const conceptMapCsvColumns = ["code", "target", "relationship", "comment"] as const;

/** The relationship cell that marks a code as explicitly unmapped. */
export const noMapCell = "no-map";

/** Longest concept-map CSV file, in characters. */
const maxCsvLength = 10 * 1024 * 1024;

/**
 * Parses a concept map kept as CSV, so a force can maintain it in a spreadsheet:
 *
 * ```csv
 * code,target,relationship,comment
 * MISS,missing-from-home-or-care,equivalent,
 * GIFT,exchange-gifts,source-is-broader-than-target,Any gift; the taxonomy means gifts in exchange
 * ADMIN,,no-map,An administrative flag: says nothing about risk
 * ```
 *
 * Empty cells are absent values; `no-map` in the relationship column marks a code as
 * explicitly unmapped. Issues carry the 1-based line of the row, never a cell's value.
 */
export function parseConceptMapCsv<K extends CodeSetId>(
  text: string,
  meta: ConceptMapCsvMeta<K>,
): KitResult<ConceptMap<K>> {
  if (typeof text !== "string") {
    return { ok: false, issues: [kitIssue([], "invalid_type", "Expected CSV text")] };
  }
  if (text.length > maxCsvLength) {
    return {
      ok: false,
      issues: [kitIssue([], "too_big", `Expected CSV text of at most ${maxCsvLength} characters`)],
    };
  }
  if (!isPlainObject(meta)) {
    return {
      ok: false,
      issues: [kitIssue(["meta"], "invalid_options", "Expected the map's id, version, source and target")],
    };
  }
  const tokenizer = new CsvTokenizer(",", maxCsvLength);
  const rows = [...tokenizer.push(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text), ...tokenizer.end()];
  const [header, ...body] = rows;
  if (header === undefined)
    return { ok: false, issues: [kitIssue([], "missing_header", "The file has no header row", 1)] };
  const issues: KitIssue[] = [...checkHeaders(header.fields, header.line)];
  if (header.error) issues.push(header.error);
  const columns = new Map<string, number>();
  header.fields.forEach((name, column) => {
    if ((conceptMapCsvColumns as readonly string[]).includes(name)) columns.set(name, column);
    else issues.push(kitIssue(["header", column], "unrecognized_key", "Unknown column", header.line));
  });
  if (!columns.has("code"))
    issues.push(kitIssue(["header"], "missing_header", "The file has no code column", header.line));
  if (issues.length > 0) return { ok: false, issues };

  const entries: Record<string, string | true>[] = [];
  const lines: number[] = [];
  for (const row of body) {
    if (row.error) issues.push(row.error);
    else if (row.fields.length !== header.fields.length) {
      issues.push(
        kitIssue(
          [],
          "wrong_field_count",
          `Row has ${row.fields.length} fields; the header has ${header.fields.length}`,
          row.line,
        ),
      );
    }
    const entry: Record<string, string | true> = {};
    for (const [name, column] of columns) {
      const cell = row.fields[column] ?? "";
      if (cell === "") continue;
      if (name === "relationship" && cell === noMapCell) entry.noMap = true;
      else entry[name] = cell;
    }
    entries.push(entry);
    lines.push(row.line);
  }
  if (issues.length > 0) return { ok: false, issues };

  const result = parseConceptMap<K>({ ...meta, entries }, { target: meta.target });
  if (result.ok) return result;
  // Entry issues point at a row: name its line and column.
  return {
    ok: false,
    issues: result.issues.map((issue) => {
      const [first, row, field] = issue.path;
      if (first !== "entries" || typeof row !== "number") return issue;
      const column = field === "noMap" ? "relationship" : field;
      return kitIssue(column === undefined ? [] : [column], issue.code, issue.message, lines[row]);
    }),
  };
}

/** Like `parseConceptMapCsv`, for maps bundled with an adapter: throws `AdapterKitError` when invalid. */
export function conceptMapFromCsv<K extends CodeSetId>(
  text: string,
  meta: ConceptMapCsvMeta<K>,
): ConceptMap<K> {
  const result = parseConceptMapCsv(text, meta);
  if (!result.ok) throw new AdapterKitError("Invalid concept map", result.issues);
  return result.value;
}
