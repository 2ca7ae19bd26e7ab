// Boundary inputs taken from the zod side: a valid value with one field set to a value at or
// just past a limit that zod's own JSON Schema states (an enum's every value, a pattern, a
// length, a range, a number of items). A constraint changed on the zod side alone therefore
// produces inputs on which the two sides disagree, without anyone writing a generator for it.
import fc from "fast-check";
import { z } from "zod";
import { type Path, pathsOf, setAt } from "./near-valid.js";

type Node = { readonly [key: string]: unknown };

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const numberOf = (node: Node, key: string): number | undefined =>
  typeof node[key] === "number" ? (node[key] as number) : undefined;

/** Arrays of objects longer than this are not built: they would make each run slow. */
const maxBuiltObjectItems = 1000;

/** The schema nodes a value may match at `node`: $refs followed, unions and intersections flattened. */
function expand(root: Node, node: unknown, seen: ReadonlySet<unknown> = new Set()): Node[] {
  if (!isNode(node) || seen.has(node)) return [];
  const next = new Set(seen).add(node);
  const ref = node.$ref;
  if (typeof ref === "string") {
    const name = ref.replace(/^#\/\$defs\//, "");
    const defs = root.$defs;
    const target = ref === "#" ? root : isNode(defs) ? defs[name] : undefined;
    return expand(root, target, next);
  }
  const parts = ["anyOf", "oneOf", "allOf"].flatMap((key) =>
    Array.isArray(node[key]) ? (node[key] as unknown[]) : [],
  );
  return [node, ...parts.flatMap((part) => expand(root, part, next))];
}

function childrenAt(root: Node, nodes: readonly Node[], segment: string | number): Node[] {
  return nodes.flatMap((node) => {
    if (typeof segment === "number") return expand(root, node.items);
    const properties = node.properties;
    if (isNode(properties) && Object.hasOwn(properties, segment)) return expand(root, properties[segment]);
    return expand(root, node.additionalProperties);
  });
}

function nodesAt(root: Node, path: Path): Node[] {
  let nodes = expand(root, root);
  for (const segment of path) nodes = childrenAt(root, nodes, segment);
  return nodes;
}

const regexOf = (source: string): RegExp | undefined => {
  for (const flags of ["u", ""]) {
    try {
      return new RegExp(source, flags);
    } catch {
      // Not valid with these flags: try the next.
    }
  }
  return undefined;
};

const stretched = new Map<string, fc.Arbitrary<string>>();

/**
 * A string matching the pattern, then stretched by repeating some of its own characters.
 * Built once per pattern: building a pattern's arbitrary can take most of a second.
 */
function fromPattern(source: string): fc.Arbitrary<string> | undefined {
  const known = stretched.get(source);
  if (known) return known;
  const pattern = regexOf(source);
  if (!pattern) return undefined;
  const arbitrary = fc
    .tuple(fc.stringMatching(pattern), fc.array(fc.nat(), { maxLength: 8 }))
    .map(([text, picks]) =>
      picks.reduce((s, pick) => {
        if (s.length === 0) return s;
        const at = pick % s.length;
        return s.slice(0, at + 1) + s.slice(at);
      }, text),
    );
  stretched.set(source, arbitrary);
  return arbitrary;
}

const stringOfLength = (current: unknown, length: number): string => {
  const seed = typeof current === "string" && current.length > 0 ? current : "x";
  return seed.repeat(Math.ceil(length / seed.length) + 1).slice(0, Math.max(0, length));
};

function arrayOfLength(current: unknown, length: number): unknown[] | undefined {
  if (!Array.isArray(current) || length < 0) return undefined;
  if (length <= current.length) return current.slice(0, length);
  if (current.length === 0) return undefined;
  if (length > maxBuiltObjectItems && current.some((item) => typeof item === "object")) return undefined;
  return Array.from({ length }, (_, i) => structuredClone(current[i % current.length]));
}

/** The values at and just past each limit the node states, and the node's pattern if it has one. */
function limitsOf(node: Node, current: unknown): { values: unknown[]; pattern?: fc.Arbitrary<string> } {
  const values: unknown[] = [];
  if (Array.isArray(node.enum)) values.push(...(node.enum as unknown[]));
  if ("const" in node) values.push(node.const);
  const maxLength = numberOf(node, "maxLength");
  const minLength = numberOf(node, "minLength");
  // zod counts code points: an emoji is one character in two UTF-16 units.
  if (maxLength !== undefined)
    values.push(
      stringOfLength(current, maxLength),
      stringOfLength(current, maxLength + 1),
      "\u{1F600}".repeat(maxLength),
    );
  if (minLength !== undefined && minLength > 0)
    values.push(stringOfLength(current, minLength), stringOfLength(current, minLength - 1));
  for (const [key, step] of [
    ["minimum", -1],
    ["maximum", 1],
    ["exclusiveMinimum", 0],
    ["exclusiveMaximum", 0],
  ] as const) {
    const bound = numberOf(node, key);
    if (bound !== undefined) values.push(bound, bound + step, bound - step);
  }
  const maxItems = numberOf(node, "maxItems");
  const minItems = numberOf(node, "minItems");
  const lengths = [
    maxItems,
    maxItems === undefined ? undefined : maxItems + 1,
    minItems,
    minItems && minItems - 1,
  ];
  for (const length of lengths) {
    const array = length === undefined ? undefined : arrayOfLength(current, length);
    if (array) values.push(array);
  }
  const pattern = typeof node.pattern === "string" ? fromPattern(node.pattern) : undefined;
  return pattern ? { values, pattern } : { values };
}

const limitKeys = [
  "enum",
  "const",
  "pattern",
  "maxLength",
  "minLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "maxItems",
  "minItems",
];
const statesALimit = (node: Node): boolean => limitKeys.some((key) => key in node);

interface Site {
  readonly path: Path;
  readonly nodes: readonly Node[];
}

const valueAt = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((node, segment) => (node as Record<string | number, unknown>)[segment], value);

/** The paths in `value` where the schema states a limit, grouped by the place in the schema. */
function sitesIn(root: Node, value: unknown): Site[][] {
  const sites = new Map<Node, Site[]>();
  for (const path of pathsOf(value)) {
    const nodes = nodesAt(root, path).filter(statesALimit);
    const [site] = nodes;
    if (site) sites.set(site, [...(sites.get(site) ?? []), { path, nodes }]);
  }
  return [...sites.values()];
}

const jsonSchemaOf = (schema: z.ZodType): Node =>
  z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Node;

/**
 * Inputs one boundary value away from `valid`, with the boundaries read from the zod schema's
 * JSON Schema: values at and past each limit, and strings from each pattern, stretched.
 * Each place in the schema is picked equally often, however often it occurs in the value.
 */
export function boundaryInputs(schema: z.ZodType, valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const root = jsonSchemaOf(schema);
  return valid.chain((value) => {
    const groups = sitesIn(root, value);
    if (groups.length === 0) return fc.constant(value);
    return fc
      .constantFrom(...groups)
      .chain((group) => fc.constantFrom(...group))
      .chain(({ path, nodes }) => {
        const current = valueAt(value, path);
        const arbitraries = nodes.flatMap((node) => {
          const { values, pattern } = limitsOf(node, current);
          return [...(values.length > 0 ? [fc.constantFrom(...values)] : []), ...(pattern ? [pattern] : [])];
        });
        if (arbitraries.length === 0) return fc.constant(value);
        return fc.oneof(...arbitraries).map((next) => setAt(structuredClone(value), path, next));
      });
  });
}

export interface BoundaryCase {
  /** The path changed, for the test's name: never a value. */
  readonly path: string;
  readonly input: unknown;
}

/**
 * Every fixed boundary value (each enum value, each length and range limit and one past it)
 * at the first place each limit occurs in the examples: a deterministic list, so a new enum
 * value or a moved limit on the zod side is always tried, not only when a random run finds it.
 */
export function boundaryCases(schema: z.ZodType, examples: readonly unknown[]): BoundaryCase[] {
  const root = jsonSchemaOf(schema);
  const done = new Set<Node>();
  const cases: BoundaryCase[] = [];
  for (const example of examples) {
    for (const [first] of sitesIn(root, example)) {
      const [site] = first?.nodes ?? [];
      if (!first || !site || done.has(site)) continue;
      done.add(site);
      const current = valueAt(example, first.path);
      for (const node of first.nodes)
        for (const next of limitsOf(node, current).values)
          cases.push({
            path: `/${first.path.join("/")}`,
            input: setAt(structuredClone(example), first.path, next),
          });
    }
  }
  return cases;
}
