import { AdapterKitError, kitIssue } from "../issue.js";

/** A cell as a string, or `AdapterKitError` naming its column (never its value). */
const cellText = (value: unknown, column: unknown): string => {
  if (typeof value === "string") return value;
  throw new AdapterKitError("Invalid column group", [
    kitIssue(typeof column === "string" ? [column] : [], "invalid_type", "Expected the cell as a string"),
  ]);
};

/**
 * One numbered column group of an export row (`person_2_ref`, `person_2_role`, ...): its
 * cells by name, as written, or `undefined` when every cell is blank (empty or spaces), since
 * exports write a fixed number of groups and leave the unused ones empty. `column` names the
 * column of each cell. Every cell is read by its column name, so each counts as read.
 */
export function readColumnGroup<C extends string, F extends string>(
  row: Readonly<Record<F, string>>,
  cells: readonly C[],
  column: (cell: C) => F,
): Readonly<Record<C, string>> | undefined {
  if (
    typeof row !== "object" ||
    row === null ||
    !Array.isArray(cells as unknown) ||
    typeof column !== "function"
  )
    throw new AdapterKitError("Invalid column group", [
      kitIssue(
        [],
        "invalid_type",
        "Expected a row, the group's cell names and a function naming their columns",
      ),
    ]);
  const group = {} as Record<C, string>;
  let filled = false;
  for (const cell of cells) {
    const name = column(cell);
    const value = cellText(row[name], name);
    group[cell] = value;
    if (value.trim() !== "") filled = true;
  }
  return filled ? group : undefined;
}

/**
 * The first of the `required` cells left blank in a filled-in group, to name when rejecting a
 * group filled in only in part; `undefined` when every required cell is filled.
 */
export function firstBlankCell<C extends string>(
  group: Readonly<Record<C, string>>,
  required: readonly C[],
): C | undefined {
  if (typeof group !== "object" || group === null || !Array.isArray(required as unknown))
    throw new AdapterKitError("Invalid column group", [
      kitIssue([], "invalid_type", "Expected a group of cells and the names of the required ones"),
    ]);
  return required.find((cell) => cellText(group[cell], cell).trim() === "");
}
