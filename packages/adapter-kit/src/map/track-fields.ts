/**
 * Wraps a source record so that reading a top-level field is noticed: a field `map` reads
 * by name (`record.ref`, `record["ref"]`, destructuring) counts as mapped for the "every
 * field is mapped, ignored or reported" rule. Reading the record as a whole (a spread,
 * `Object.keys`, `Object.entries`, `JSON.stringify`, `for…in`) lists its keys: that sets
 * `bulk.read`, and then no read counts, since copying a record says nothing about whether
 * its fields were mapped. Anything that is not a plain object is returned as is.
 */
export function trackFields<T>(record: T, accessed: Set<string>, bulk: { read: boolean }): T {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return record;
  return new Proxy(record, {
    get(target, key, receiver) {
      if (typeof key === "string") accessed.add(key);
      return Reflect.get(target, key, receiver);
    },
    ownKeys(target) {
      bulk.read = true;
      return Reflect.ownKeys(target);
    },
  });
}
