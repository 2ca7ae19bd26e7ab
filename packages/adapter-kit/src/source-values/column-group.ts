import { AdapterKitError, kitIssue } from "../issue.js";

/** A cell as a string, or `AdapterKitError` naming its column (never its value). */
const cellText = (value: unknown, column: unknown): string => {
  if (typeof value === "string") return value;
  throw new AdapterKitError("Invalid column group", [
    kitIssue(typeof column === "string" ? [column] : [], "invalid_type", "Expected the cell as a string"),
  ]);
};

/**
 * A cell or column name, checked to be a string before it is used as a key: any other value
 * would be turned into one by its own `toString`, which may throw or lie.
 */
const nameText = (name: unknown): string => {
  if (typeof name === "string") return name;
  throw new AdapterKitError("Invalid column group", [
    kitIssue([], "invalid_type", "Expected cell and column names as strings"),
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
    const name = nameText(column(nameText(cell) as C)) as F;
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
  return required.find((cell) => cellText(group[nameText(cell) as C], cell).trim() === "");
}
