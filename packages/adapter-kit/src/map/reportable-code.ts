import { UnmappedCode as CoreUnmappedCode } from "@cse-flags/core";
import type { UnmappedCode } from "./map-report.js";

/** What stands in for a code system, code or path that core's `UnmappedCode` cannot hold. */
export const unreportable = "unreportable";

/**
 * A reported code as the canonical record can hold it. A code such as `S&E` (a character
 * core's `SourceCode` does not allow), a system name not in lower case, or a path with a
 * control character would make the whole record fail the core schema, losing it over a
 * code that only needed reporting. Each part that does not fit is replaced by
 * `unreportable` instead (never encoded: the raw text stays out of the record), and
 * `replaced` says so, for the reconciliation's `unreportableCodes` tally.
 */
export function reportableCode(
  system: unknown,
  code: unknown,
  path: unknown,
): { readonly unmapped: UnmappedCode; readonly replaced: boolean } {
  const fits = (part: "system" | "code" | "path", value: unknown): value is string =>
    CoreUnmappedCode.shape[part].safeParse(value).success;
  const unmapped = {
    system: fits("system", system) ? system : unreportable,
    code: fits("code", code) ? code : unreportable,
    path: fits("path", path) ? path : unreportable,
  };
  const replaced = unmapped.system !== system || unmapped.code !== code || unmapped.path !== path;
  return { unmapped, replaced };
}
