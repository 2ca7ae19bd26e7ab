// Near-valid inputs: a valid value with exactly one mutation somewhere inside it.
import fc from "fast-check";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Path = (string | number)[];

/** Every path to a value inside `value`, the root included. */
export function pathsOf(value: unknown, at: Path = []): Path[] {
  const paths: Path[] = [at];
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      paths.push(...pathsOf(item, [...at, i]));
    });
  } else if (typeof value === "object" && value !== null)
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...at, key]));
  return paths;
}

const clone = <T>(value: T): T => structuredClone(value);

function getAt(value: unknown, path: Path): unknown {
  let node = value;
  for (const segment of path) node = (node as Record<string | number, unknown>)[segment];
  return node;
}

/** Replaces (or, with `undefined`, removes) the value at `path`; the root cannot be removed. */
export function setAt(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const parent = getAt(value, path.slice(0, -1)) as Record<string | number, unknown> | unknown[];
  const key = path[path.length - 1] as string | number;
  if (next === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete (parent as Record<string, unknown>)[key];
  } else (parent as Record<string | number, unknown>)[key] = next;
  return value;
}

/** Values that are wrong in type, range, format or code for most fields. */
const replacement: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, 0, -1, 1.5, 131, 10_001, 1e21, "", " ", "XYZ-NOT-A-CODE", "x", [], {}),
  fc.constantFrom<Json>(
    "2026-02-30",
    "2026-13-01",
    "2026-06-01T25:00:00Z",
    "2026-06-01T10:00Z",
    "2026-06-01T10:00:00",
  ),
  fc.constantFrom<Json>("071", "15a", "a b", "P\u0007", "UPPER", "-lead", "1.2", "1.2.3.4", "STRIVER"),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -5, max: 20_000 }),
);

type Mutation = (value: unknown, path: Path, pick: number, replacementValue: Json) => unknown;

const mutations: readonly Mutation[] = [
  // Drop a key or an array item (a required key, a list below its minimum).
  (value, path) => (path.length === 0 ? value : setAt(value, path, undefined)),
  // Wrong type, out of range, bad format or bad code.
  (value, path, _pick, next) => setAt(value, path, next),
  // An extra key on an object.
  (value, path) => {
    const node = getAt(value, path);
    if (typeof node === "object" && node !== null && !Array.isArray(node))
      (node as Record<string, unknown>).extra = "X";
    return value;
  },
  // A repeated array item (duplicate references, roles, qualifiers), or a long string.
  (value, path, pick) => {
    const node = getAt(value, path);
    if (Array.isArray(node) && node.length > 0) node.push(clone(node[pick % node.length]));
    else if (typeof node === "string") setAt(value, path, node.repeat(70));
    return value;
  },
  // An empty array, or an edited string (case changed, a character appended).
  (value, path, pick) => {
    const node = getAt(value, path);
    if (Array.isArray(node)) node.length = 0;
    else if (typeof node === "string") setAt(value, path, pick % 2 === 0 ? node.toUpperCase() : `${node}-`);
    return value;
  },
  // A hole in an array (JavaScript callers can make sparse arrays; JSON cannot).
  (value, path, pick) => {
    const node = getAt(value, path);
    if (Array.isArray(node) && node.length > 0) delete node[pick % node.length];
    return value;
  },
];

/** `valid` with one mutation at a random place: drop, replace, extra key, repeat, empty or edit. */
export function nearValid(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return valid.chain((value) => {
    const paths = pathsOf(value);
    return fc
      .tuple(fc.nat(paths.length - 1), fc.nat(mutations.length - 1), fc.nat(), replacement)
      .map(([p, m, pick, next]) => (mutations[m] as Mutation)(clone(value), paths[p] as Path, pick, next));
  });
}
