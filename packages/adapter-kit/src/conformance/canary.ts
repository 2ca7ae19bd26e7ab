import { stringLeaves } from "./leaks.js";

/** A marker no message should ever contain; `CANARY` in capitals cannot be a reason code. */
export const canaryMark = "CANARY";

/**
 * Copies of a record, each with one string leaf (at any depth) replaced by a unique canary,
 * so a message that quotes a value shows it. At most `limit` copies.
 */
export function withCanaries(record: unknown, limit = 200): unknown[] {
  return stringLeaves(record, limit).map(({ path }, n) => {
    const canary = `q${n}z-${canaryMark}-v${n}`;
    if (path.length === 0) return canary;
    const copy: unknown = structuredClone(record);
    let target = copy as Record<string | number, unknown>;
    for (const segment of path.slice(0, -1)) target = target[segment] as Record<string | number, unknown>;
    target[path[path.length - 1] as string | number] = canary;
    return copy;
  });
}
