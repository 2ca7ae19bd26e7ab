/** A marker no message should ever contain; `CANARY` in capitals cannot be a reason code. */
export const canaryMark = "CANARY";

/**
 * Copies of a record, each with one string leaf (at any depth) replaced by a unique canary,
 * so a message that quotes a value shows it. At most `limit` copies.
 */
export function withCanaries(record: unknown, limit = 200): unknown[] {
  const copies: unknown[] = [];
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[], depth: number): void => {
    if (paths.length >= limit || depth > 16) return;
    if (typeof value === "string") paths.push(path);
    else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...path, i], depth + 1);
      });
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key], depth + 1);
    }
  };
  walk(record, [], 0);
  paths.forEach((path, n) => {
    const copy: unknown = structuredClone(record);
    const canary = `q${n}z-${canaryMark}-v${n}`;
    if (path.length === 0) {
      copies.push(canary);
      return;
    }
    let target = copy as Record<string | number, unknown>;
    for (const segment of path.slice(0, -1)) target = target[segment] as Record<string | number, unknown>;
    target[path[path.length - 1] as string | number] = canary;
    copies.push(copy);
  });
  return copies;
}
