import type { Random } from "../random.js";

/** One source system's reference export, as the generator writes it. */
export interface SystemGenerator {
  readonly system: "crime" | "intelligence" | "custody" | "missing-person";
  /** The export's columns, in the order its CSV header lists them. */
  readonly columns: readonly string[];
  /** Row `index` (0-based) of an export: every column present, a blank cell is "". */
  row(random: Random, index: number): Record<string, string>;
}

/** Share of rows about a child with CSE signs: the rest are ordinary records. */
export const relevantShare = 0.15;
/** Share of rows a real export gets wrong (an impossible date), which the adapter rejects. */
export const faultyShare = 0.005;

/** A row with every column blank, to fill in. */
export const blankRow = (columns: readonly string[]): Record<string, string> =>
  Object.fromEntries(columns.map((column) => [column, ""]));

/** Children and adults are drawn from pools, so the same people recur across records. */
export const childRefs = 20_000;
export const adultRefs = 5_000;
