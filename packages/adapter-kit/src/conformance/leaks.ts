import { formatPath } from "@cse-flags/core";
import type { MapOutcome } from "../map/map-record.js";

type Path = readonly (string | number)[];

/** Shorter strings are too common (`yes`, a code, part of a word) to say anything when found. */
export const minLeakLength = 3;

/** The string leaves of a value, with their paths, at most `limit`. */
export function stringLeaves(value: unknown, limit = 200): { path: Path; value: string }[] {
  const leaves: { path: Path; value: string }[] = [];
  const walk = (item: unknown, path: Path, depth: number): void => {
    if (leaves.length >= limit || depth > 16) return;
    if (typeof item === "string") leaves.push({ path, value: item });
    else if (Array.isArray(item)) {
      item.forEach((child, i) => {
        walk(child, [...path, i], depth + 1);
      });
    } else if (typeof item === "object" && item !== null) {
      for (const [key, child] of Object.entries(item)) walk(child, [...path, key], depth + 1);
    }
  };
  walk(value, [], 0);
  return leaves;
}

/**
 * Every text an outcome holds that could carry a value: issue messages, reasons and path
 * segments, and the fields and reasons of `ctx.ignore` (which reach the reconciliation).
 */
export const outcomeTexts = (outcome: MapOutcome): string[] => [
  ...(outcome.status === "mapped"
    ? []
    : outcome.issues.flatMap((i) => [i.message, i.reason ?? "", ...i.path.map(String)])),
  ...outcome.report.ignored.flatMap((i) => [i.field, i.reason]),
];

const shift = (c: string, first: string, size: number) =>
  String.fromCharCode(first.charCodeAt(0) + ((c.charCodeAt(0) - first.charCodeAt(0) + 1) % size));

const shiftDigits = (value: string) => value.replace(/[0-9]/g, (c) => shift(c, "0", 10));
const shiftLetters = (value: string) =>
  value.replace(/[a-z]/g, (c) => shift(c, "a", 26)).replace(/[A-Z]/g, (c) => shift(c, "A", 26));

/**
 * Values of the same form as `value` with its digits changed (`X-12` becomes `X-23`), its
 * letters, or both: one of them often still passes the source schema, so the record reaches
 * `map` as before with another value.
 */
export const lookAlikes: readonly ((value: string) => string)[] = [
  shiftDigits,
  shiftLetters,
  (value) => shiftLetters(shiftDigits(value)),
];
/** A copy of `record` with the leaf at each path replaced by `replace(leaf)`. */
export function replaceLeaves(
  record: unknown,
  paths: readonly Path[],
  replace: (leaf: string) => string,
): unknown {
  if (paths.some((path) => path.length === 0)) return typeof record === "string" ? replace(record) : record;
  const copy: unknown = structuredClone(record);
  for (const path of paths) {
    let target = copy as Record<string | number, unknown>;
    for (const segment of path.slice(0, -1)) target = target[segment] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    target[last] = replace(target[last] as string);
  }
  return copy;
}

/**
 * Finds a value of `record` quoted (in any case) in what mapping it produced. A string leaf
 * found in a text counts only if the text follows the value: when every leaf holding that
 * string is changed to a look-alike (`lookAlikes`) and mapped again, the texts hold the
 * look-alike. So a
 * word that is in a text anyway (a field name in a path, a fixed message or reason code that
 * happens to contain the same letters, such as a `REJECT` flag and `asked-to-reject`) is not
 * taken for a leak. Returns the path of the leaked leaf, or undefined.
 */
export function findLeak(
  map: (raw: unknown) => MapOutcome,
  record: unknown,
  outcome = map(record),
): string | undefined {
  const texts = outcomeTexts(outcome).map((t) => t.toLowerCase());
  if (texts.length === 0) return undefined;
  const leaves = stringLeaves(record);
  for (const leaf of leaves) {
    const value = leaf.value.toLowerCase();
    if (value.length < minLeakLength || !texts.some((t) => t.includes(value))) continue;
    const holding = leaves.filter((l) => l.value.toLowerCase().includes(value)).map((l) => l.path);
    for (const lookAlike of lookAlikes) {
      const other = lookAlike(value);
      if (other === value) continue;
      const changed = replaceLeaves(record, holding, lookAlike);
      const follows = outcomeTexts(map(changed)).some((t) => t.toLowerCase().includes(other));
      if (follows) return formatPath(leaf.path) || "/";
    }
  }
  return undefined;
}

/**
 * Copies of a record, each with one string leaf changed to its look-alikes: unlike a
 * canary, a look-alike often still passes the source schema, so `map` runs on values it
 * has not seen. At most `limit` copies.
 */
export function lookAlikeCopies(record: unknown, limit = 200): unknown[] {
  const copies: unknown[] = [];
  for (const leaf of stringLeaves(record)) {
    for (const lookAlike of lookAlikes) {
      if (copies.length >= limit) return copies;
      if (lookAlike(leaf.value) !== leaf.value) copies.push(replaceLeaves(record, [leaf.path], lookAlike));
    }
  }
  return copies;
}
