import type { AuditReport } from "../audit-model.js";
import { visibleReport } from "./visible-report.js";

/** A copy with every object's keys in code-unit order, so equal reports print byte-identical. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== "object") return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    sorted[key] = sortedKeys((value as Record<string, unknown>)[key]);
  }
  return sorted;
}

/**
 * `--format json`: the report as one JSON document, keys sorted at every level, indented by
 * two spaces, with a final newline. Keys are sorted rather than left in the order the
 * report was built in, so a diff between two runs shows only what changed.
 */
export function renderJson(report: AuditReport): string {
  return `${JSON.stringify(sortedKeys(visibleReport(report)), null, 2)}\n`;
}
