/**
 * The string values at a JSON Pointer in which `*` stands for every index of an array, e.g.
 * `/offences/*\/ref`. Values that are not strings, and paths that lead nowhere, give nothing:
 * a link key that finds no value links nothing.
 */
export function valuesAt(document: unknown, pointer: string): string[] {
  if (pointer === "") return typeof document === "string" && document !== "" ? [document] : [];
  const segments = pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
  let current: unknown[] = [document];
  for (const segment of segments) {
    const next: unknown[] = [];
    for (const value of current) {
      if (segment === "*") {
        if (Array.isArray(value)) next.push(...value);
      } else if (Array.isArray(value)) {
        if (/^(0|[1-9]\d*)$/.test(segment) && Number(segment) < value.length)
          next.push(value[Number(segment)]);
      } else if (typeof value === "object" && value !== null && Object.hasOwn(value, segment)) {
        next.push((value as Record<string, unknown>)[segment]);
      }
    }
    current = next;
  }
  return current.filter((value): value is string => typeof value === "string" && value !== "");
}
