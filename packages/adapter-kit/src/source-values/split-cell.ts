import { AdapterKitError, kitIssue } from "../issue.js";

/**
 * The values in a cell that holds several, as `codeFields` reads a field with a `separator`:
 * split on the separator, each value trimmed, empty ones skipped, in the order written.
 * Without a separator the cell is one value (or none, when blank). Repeats are kept: drop
 * them with a `Set` where a repeated code means nothing more.
 */
export function splitCell(cell: string, separator?: string): string[] {
  if (typeof cell !== "string" || (separator !== undefined && typeof separator !== "string"))
    throw new AdapterKitError("Invalid cell", [
      kitIssue([], "invalid_type", "Expected a cell as a string, and a string separator if any"),
    ]);
  const parts = separator === undefined ? [cell] : cell.split(separator);
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}
