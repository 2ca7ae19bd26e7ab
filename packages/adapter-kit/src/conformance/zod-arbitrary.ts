import fc from "fast-check";
import type { z } from "zod";

/** The parts of a zod definition this generator reads. zod keeps them on `schema._zod.def`. */
interface LooseDef {
  readonly type: string;
  readonly [key: string]: unknown;
}

interface LooseCheck {
  readonly check?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly length?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly pattern?: RegExp;
  readonly format?: string;
}

const defOf = (schema: unknown): LooseDef | undefined => {
  const internals = (schema as { _zod?: { def?: unknown } } | null)?._zod;
  const def = internals?.def;
  return typeof def === "object" && def !== null && typeof (def as { type?: unknown }).type === "string"
    ? (def as LooseDef)
    : undefined;
};

const checksOf = (def: LooseDef): LooseCheck[] => {
  const checks = Array.isArray(def.checks) ? def.checks : [];
  const out: LooseCheck[] = [];
  for (const check of checks) {
    const inner = defOf(check) ?? (check as { _zod?: { def?: LooseCheck } })._zod?.def;
    if (inner) out.push(inner as LooseCheck);
  }
  // String formats (z.iso.date(), z.email(), ...) carry their check on the schema's own definition.
  if (typeof def.check === "string") out.push(def as unknown as LooseCheck);
  return out;
};

/** Longest strings and arrays generated, so properties stay fast. */
const maxGeneratedLength = 40;
const maxGeneratedItems = 4;

function stringArbitrary(def: LooseDef): fc.Arbitrary<string> {
  let minLength = 0;
  let schemaMax = Number.POSITIVE_INFINITY;
  const patterns: RegExp[] = [];
  for (const check of checksOf(def)) {
    if (check.check === "min_length" && typeof check.minimum === "number")
      minLength = Math.max(minLength, check.minimum);
    if (check.check === "max_length" && typeof check.maximum === "number")
      schemaMax = Math.min(schemaMax, check.maximum);
    if (check.check === "length_equals" && typeof check.length === "number")
      minLength = schemaMax = check.length;
    if (check.check === "string_format" && check.pattern instanceof RegExp) patterns.push(check.pattern);
  }
  const [first, ...rest] = patterns;
  if (first === undefined) {
    return fc.string({ minLength, maxLength: Math.max(minLength, Math.min(schemaMax, maxGeneratedLength)) });
  }
  return fc
    .stringMatching(first)
    .filter((s) => s.length >= minLength && s.length <= schemaMax && rest.every((p) => p.test(s)));
}

function numberArbitrary(def: LooseDef): fc.Arbitrary<number> {
  let min: number | undefined;
  let max: number | undefined;
  let minExcluded = false;
  let maxExcluded = false;
  for (const check of checksOf(def)) {
    if (check.check === "greater_than" && typeof check.value === "number") {
      min = check.value;
      minExcluded = check.inclusive !== true;
    }
    if (check.check === "less_than" && typeof check.value === "number") {
      max = check.value;
      maxExcluded = check.inclusive !== true;
    }
  }
  const integer =
    def.format === "safeint" || def.format === "int32" || checksOf(def).some((c) => c.format === "safeint");
  if (integer) {
    const low = min === undefined ? -1_000_000 : minExcluded ? Math.floor(min) + 1 : Math.ceil(min);
    const high = max === undefined ? 1_000_000 : maxExcluded ? Math.ceil(max) - 1 : Math.floor(max);
    return fc.integer({ min: low, max: Math.max(low, high) });
  }
  return fc.double({
    min: min ?? -1e6,
    max: max ?? 1e6,
    minExcluded,
    maxExcluded,
    noNaN: true,
    noDefaultInfinity: true,
  });
}

function objectArbitrary(def: LooseDef, depth: number): fc.Arbitrary<unknown> {
  const shape = (def.shape ?? {}) as Record<string, unknown>;
  const arbitraries: Record<string, fc.Arbitrary<unknown>> = {};
  const requiredKeys: string[] = [];
  for (const [key, child] of Object.entries(shape)) {
    const childDef = defOf(child);
    const optional =
      childDef?.type === "optional" || childDef?.type === "default" || childDef?.type === "prefault";
    arbitraries[key] = build(optional ? childDef?.innerType : child, depth + 1);
    if (!optional) requiredKeys.push(key);
  }
  return fc.record(arbitraries, { requiredKeys });
}

function build(schema: unknown, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (def === undefined || depth > 8) return fc.jsonValue({ maxDepth: 2 });
  switch (def.type) {
    case "string":
      return stringArbitrary(def);
    case "number":
      return numberArbitrary(def);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "undefined":
      return fc.constant(undefined);
    case "literal":
      return fc.constantFrom(...((def.values as unknown[] | undefined) ?? [null]));
    case "enum":
      return fc.constantFrom(...Object.values((def.entries ?? { none: null }) as Record<string, unknown>));
    case "optional":
      return fc.option(build(def.innerType, depth + 1), { nil: undefined });
    case "nullable":
      return fc.option(build(def.innerType, depth + 1), { nil: null });
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return build(def.innerType, depth + 1);
    case "pipe":
      return build(def.in, depth + 1);
    case "array": {
      let minLength = 0;
      let maxLength = maxGeneratedItems;
      for (const check of checksOf(def)) {
        if (check.check === "min_length" && typeof check.minimum === "number") minLength = check.minimum;
        if (check.check === "max_length" && typeof check.maximum === "number")
          maxLength = Math.min(maxLength, check.maximum);
      }
      return fc.array(build(def.element, depth + 1), {
        minLength,
        maxLength: Math.max(minLength, maxLength),
      });
    }
    case "object":
      return objectArbitrary(def, depth);
    case "union": {
      const options = (def.options as unknown[] | undefined) ?? [];
      return options.length === 0
        ? fc.jsonValue({ maxDepth: 2 })
        : fc.oneof(...options.map((o) => build(o, depth + 1)));
    }
    default:
      // Kinds this generator does not know: any JSON value, which the schema mostly refuses.
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/**
 * A fast-check arbitrary of values shaped like a zod schema's input: strings (with
 * length limits and regex or format patterns), numbers and integers (with bounds),
 * booleans, literals, enums, optional, nullable, defaults, arrays, objects, unions and
 * pipes (their input side). Any other kind generates arbitrary JSON. Values are meant to
 * pass the schema, but refinements are not known, so some will not.
 */
export function arbitraryFromSchema<S extends z.ZodType>(schema: S): fc.Arbitrary<unknown> {
  return build(schema, 0);
}
