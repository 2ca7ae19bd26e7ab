import type { Count, Reconciliation } from "@cse-flags/adapter-kit";

const byName = <T>(
  lists: readonly (readonly T[])[],
  key: (item: T) => string,
  add: (a: T, b: T) => T,
): T[] => {
  const merged = new Map<string, T>();
  for (const list of lists)
    for (const item of list) {
      const name = key(item);
      const known = merged.get(name);
      merged.set(name, known === undefined ? item : add(known, item));
    }
  return [...merged.keys()].sort().map((name) => merged.get(name) as T);
};

const counts = (lists: readonly (readonly Count[])[]): Count[] =>
  byName(
    lists,
    (c) => c.name,
    (a, b) => ({ name: a.name, count: a.count + b.count }),
  );

/**
 * One reconciliation from several parts of the same run: each worker thread keeps its own
 * for the records it mapped, and the main thread keeps one for records it could not read.
 * Counts add up; a stop is kept.
 */
export function mergeReconciliations(parts: readonly Reconciliation[]): Reconciliation {
  const stopped = parts.find((p) => p.stopped !== undefined)?.stopped;
  const merged: Reconciliation = {
    read: parts.reduce((n, p) => n + p.read, 0),
    mapped: parts.reduce((n, p) => n + p.mapped, 0),
    rejected: parts.reduce((n, p) => n + p.rejected, 0),
    rejectedBy: counts(parts.map((p) => p.rejectedBy)),
    unmappedCodes: counts(parts.map((p) => p.unmappedCodes)),
    unreportableCodes: counts(parts.map((p) => p.unreportableCodes)),
    explicitlyUnmapped: counts(parts.map((p) => p.explicitlyUnmapped)),
    notRelated: counts(parts.map((p) => p.notRelated)),
    ignoredFields: byName(
      parts.map((p) => p.ignoredFields),
      (f) => f.field,
      (a, b) => ({ ...a, records: a.records + b.records }),
    ),
    unaccountedFields: counts(parts.map((p) => p.unaccountedFields)),
  };
  return stopped === undefined ? merged : { ...merged, stopped };
}
