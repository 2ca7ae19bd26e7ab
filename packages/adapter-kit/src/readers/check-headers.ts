import { forbiddenKeys } from "@cse-flags/core";
import { type KitIssue, kitIssue } from "../issue.js";

/** Problems with the field names: each one makes every record unreadable, so none is lost quietly. */
export function checkHeaders(names: readonly string[], line?: number): KitIssue[] {
  const issues: KitIssue[] = [];
  const seen = new Set<string>();
  names.forEach((name, column) => {
    if (name === "") {
      issues.push(kitIssue(["header", column], "empty_header", "Column has no name", line));
    } else if (forbiddenKeys.has(name)) {
      issues.push(
        kitIssue(
          ["header", column],
          "forbidden_key",
          "Column name is not allowed: it could reach an object prototype",
          line,
        ),
      );
    } else if (seen.has(name)) {
      issues.push(kitIssue(["header", column], "duplicate_header", "Column name is used twice", line));
    }
    seen.add(name);
  });
  return issues;
}
