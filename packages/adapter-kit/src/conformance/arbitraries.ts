import fc from "fast-check";
import { isPlainObject } from "../options.js";

/** An array nested `depth` levels deep, past core's input guard limit. */
const nestedDeep = (depth: number): unknown => {
  let value: unknown = "deep";
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
};

/** A record broken in one way: a field with a wrong value, a field missing, a prototype key, or anything. */
export const mutations = (record: unknown): fc.Arbitrary<unknown> => {
  const keys = isPlainObject(record) ? Object.keys(record) : [];
  const badValue = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constant(null),
    fc.constant("x".repeat(70_000)),
    fc.constant(nestedDeep(40)),
    fc.string({ maxLength: 20 }),
  );
  const options: fc.Arbitrary<unknown>[] = [
    fc.jsonValue({ maxDepth: 3 }),
    fc
      .constantFrom('{"__proto__": {"polluted": true}}', '{"constructor": {"prototype": {"polluted": true}}}')
      .map((text) => ({ ...(isPlainObject(record) ? record : {}), ...(JSON.parse(text) as object) })),
  ];
  if (keys.length > 0) {
    options.push(
      fc
        .tuple(fc.constantFrom(...keys), badValue)
        .map(([key, value]) => ({ ...(record as object), [key]: value })),
      fc.constantFrom(...keys).map((key) => {
        const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
        delete copy[key];
        return copy;
      }),
    );
  }
  return fc.oneof(...options);
};

/** Records that take each field from either a fixture record or a generated one. */
export const crossover = (
  fixtures: fc.Arbitrary<Record<string, unknown>>,
  generated: fc.Arbitrary<unknown>,
) =>
  fc
    .tuple(fixtures, generated, fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }))
    .map(([fixture, other, picks]) => {
      if (!isPlainObject(other)) return other;
      const keys = [...new Set([...Object.keys(fixture), ...Object.keys(other)])];
      const out: Record<string, unknown> = {};
      keys.forEach((key, i) => {
        const from = picks[i % picks.length] ? other : fixture;
        if (Object.hasOwn(from, key)) out[key] = from[key];
      });
      return out;
    });

/** Generated records, and (when there are fixture records) generated values mixed into them field by field, to reach deeper into `map`. */
export const generatedRecords = (generated: fc.Arbitrary<unknown>, records: readonly unknown[]) => {
  const objects = records.filter(isPlainObject);
  return objects.length === 0
    ? generated
    : fc.oneof(generated, crossover(fc.constantFrom(...objects), generated));
};

/** Breaks source text: cuts it short, or puts stray characters into it. */
export const textDamage = (text: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
    fc
      .tuple(
        fc.nat({ max: text.length }),
        fc.constantFrom('"', ",", "\n", "\r", "{", "]", "\u0000", "\uFEFF", ";"),
      )
      .map(([n, c]) => text.slice(0, n) + c + text.slice(n)),
  );
