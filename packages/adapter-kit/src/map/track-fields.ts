/**
 * Wraps a source record so that reading a top-level field is noticed: a field `map` reads
 * counts as mapped for the "every field is mapped, ignored or reported" rule. Anything
 * that is not a plain object is returned as is.
 */
export function trackFields<T>(record: T, accessed: Set<string>): T {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return record;
  return new Proxy(record, {
    get(target, key, receiver) {
      if (typeof key === "string") accessed.add(key);
      return Reflect.get(target, key, receiver);
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === "string") accessed.add(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    has(target, key) {
      if (typeof key === "string") accessed.add(key);
      return Reflect.has(target, key);
    },
  });
}
