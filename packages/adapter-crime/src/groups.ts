import type { Rejected } from "@cse-flags/adapter-kit";

/** A step of `map` that either gives a value or has rejected the record (return `rejected` from `map`). */
export type Step<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly rejected: Rejected };

export const ok = <T>(value: T): Step<T> => ({ ok: true, value });
export const rejectedWith = (rejected: Rejected): Step<never> => ({ ok: false, rejected });

/**
 * The cells of one numbered column group (`person_2_ref`, `person_2_role`, ...) by cell name,
 * or `undefined` when every cell is blank: exports write a fixed number of groups and leave
 * the unused ones empty. Every cell is read by name, so each field counts as mapped.
 */
export function readGroup<C extends string, F extends string>(
  row: Readonly<Record<F, string>>,
  cells: readonly C[],
  field: (cell: C) => F,
): Readonly<Record<C, string>> | undefined {
  const group = {} as Record<C, string>;
  let filled = false;
  for (const cell of cells) {
    const value = row[field(cell)];
    group[cell] = value;
    if (value.trim() !== "") filled = true;
  }
  return filled ? group : undefined;
}

/** Splits a `;`-separated code cell into its codes, in order, without blanks or repeats. */
export const codesIn = (cell: string): string[] => [
  ...new Set(
    cell
      .split(";")
      .map((code) => code.trim())
      .filter((code) => code !== ""),
  ),
];
