import type { Issue, PathSegment } from "../issue.js";

/**
 * Limits applied to untrusted input before schema validation, so that hostile or
 * broken input is refused quickly instead of exhausting the stack or memory.
 */
export interface InputLimits {
  /** Deepest nesting of arrays and objects. Canonical records need less than 10. */
  readonly maxDepth: number;
  /** Longest string, in UTF-16 code units. */
  readonly maxStringLength: number;
  readonly maxArrayLength: number;
  readonly maxKeysPerObject: number;
  /** Values of every kind visited in the whole input. */
  readonly maxNodes: number;
}

export const defaultInputLimits: Readonly<InputLimits> = Object.freeze({
  maxDepth: 32,
  maxStringLength: 65_536,
  maxArrayLength: 10_000,
  maxKeysPerObject: 1_000,
  maxNodes: 500_000,
});

const isLimit = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0;

/**
 * Fills in the defaults for any limit not given as a whole number (an `undefined`
 * or `NaN` from JavaScript callers must never switch a limit off).
 */
export function resolveInputLimits(limits: Partial<InputLimits> = {}): InputLimits {
  const resolved = { ...defaultInputLimits };
  // Limits come from callers, possibly untyped: anything but an object means the defaults.
  if (typeof limits !== "object" || limits === null) return resolved;
  for (const key of Object.keys(defaultInputLimits) as (keyof InputLimits)[]) {
    const value = limits[key];
    if (isLimit(value)) resolved[key] = value;
  }
  return resolved;
}

/** Keys that can reach an object's prototype when copied naively. Never accepted. */
export const forbiddenKeys: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Stop collecting after this many issues: one is enough to refuse the input. */
const maxIssues = 20;

/** A path kept as a chain of links, so deep input costs no path copying until an issue needs one. */
interface PathLink {
  readonly parent: PathLink | undefined;
  readonly segment: PathSegment;
}

interface Pending {
  readonly value: unknown;
  readonly at: PathLink | undefined;
  readonly depth: number;
}

const toPath = (link: PathLink | undefined): PathSegment[] => {
  const path: PathSegment[] = [];
  for (let node = link; node; node = node.parent) path.push(node.segment);
  return path.reverse();
};

const child = (parent: PathLink | undefined, segment: PathSegment): PathLink => ({ parent, segment });

const issue = (at: PathLink | undefined, code: Issue["code"], message: string): Issue => ({
  path: toPath(at),
  code,
  message,
});

const isPlainObject = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Checks that a value is plain JSON data within the limits, without recursion and
 * without invoking getters. Returns the problems found; an empty list means the
 * value is safe to hand to a schema. Never throws.
 */
export function inspectUntrustedInput(input: unknown, limits?: Partial<InputLimits>): Issue[] {
  const resolved = resolveInputLimits(limits);
  // Nearly all input is clean: a quick pass that only says yes or no saves the path and
  // issue bookkeeping; any doubt falls back to the full walk, which reports exactly as before.
  let readable = true;
  try {
    if (isCleanInput(input, resolved)) return [];
  } catch {
    readable = false;
  }
  const issues = inspectThoroughly(input, resolved);
  // A proxy that threw once and not the second time is still refused.
  if (!readable && issues.length === 0)
    issues.push(issue(undefined, "unreadable_input", "Input could not be read as plain JSON data"));
  return issues;
}

/** The full walk, building paths for its issues: what `inspectUntrustedInput` reports. Exported for tests. */
export function inspectThoroughly(input: unknown, limits: InputLimits): Issue[] {
  const issues: Issue[] = [];
  try {
    walk(input, limits, issues);
  } catch {
    // A proxy or exotic object threw while being read.
    issues.push(issue(undefined, "unreadable_input", "Input could not be read as plain JSON data"));
  }
  return issues;
}

/** Nodes checked by `isCleanInput` without going through its stack: every JSON value but arrays and objects. */
function isCleanLeaf(value: unknown, limits: InputLimits): boolean {
  switch (typeof value) {
    case "string":
      return value.length <= limits.maxStringLength;
    case "number":
      return Number.isFinite(value);
    case "boolean":
    case "undefined":
      return true;
    default:
      return false;
  }
}

/**
 * True when `walk` would find no issue: the same values visited, the same checks, the same
 * node count, but leaves are checked where they are found and no path is built. May throw
 * (a proxy), as `walk` may.
 */
function isCleanInput(input: unknown, limits: InputLimits): boolean {
  const stack: { readonly value: object; readonly depth: number }[] = [];
  let nodes = 0;
  const visit = (value: unknown, depth: number): boolean => {
    nodes += 1;
    if (nodes > limits.maxNodes) return false;
    if (typeof value !== "object") return isCleanLeaf(value, limits);
    if (value === null) return true;
    if (depth >= limits.maxDepth) return false;
    stack.push({ value, depth });
    return true;
  };
  if (!visit(input, 0)) return false;
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { readonly value: object; readonly depth: number };
    if (Array.isArray(value)) {
      if (value.length > limits.maxArrayLength) return false;
      for (let index = 0; index < value.length; index += 1) {
        const descriptor = Object.getOwnPropertyDescriptor(value, index);
        if (descriptor && "get" in descriptor) return false;
        if (!visit(descriptor?.value, depth + 1)) return false;
      }
      continue;
    }
    if (!isPlainObject(value) || Object.getOwnPropertySymbols(value).length > 0) return false;
    const keys = Object.getOwnPropertyNames(value);
    if (keys.length > limits.maxKeysPerObject) return false;
    for (const key of keys) {
      if (forbiddenKeys.has(key) || key.length > limits.maxStringLength) return false;
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && "get" in descriptor) return false;
      if (!visit(descriptor?.value, depth + 1)) return false;
    }
  }
  return true;
}

function walk(input: unknown, limits: InputLimits, issues: Issue[]): void {
  const stack: Pending[] = [{ value: input, at: undefined, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0 && issues.length < maxIssues) {
    const { value, at, depth } = stack.pop() as Pending;
    nodes += 1;
    if (nodes > limits.maxNodes) {
      issues.push(issue(undefined, "too_many_nodes", `Input has more than ${limits.maxNodes} values`));
      return;
    }
    switch (typeof value) {
      case "string":
        if (value.length > limits.maxStringLength) {
          issues.push(
            issue(at, "string_too_long", `String is longer than ${limits.maxStringLength} characters`),
          );
        }
        continue;
      case "number":
        if (!Number.isFinite(value)) {
          issues.push(issue(at, "not_json_value", "Number must be finite"));
        }
        continue;
      case "boolean":
      case "undefined":
        continue;
      case "object":
        break;
      default:
        issues.push(issue(at, "not_json_value", `A ${typeof value} is not JSON data`));
        continue;
    }
    if (value === null) continue;
    if (depth >= limits.maxDepth) {
      issues.push(issue(at, "too_deep", `Input is nested deeper than ${limits.maxDepth} levels`));
      return;
    }
    if (Array.isArray(value)) {
      pushArray(value, at, depth, limits, stack, issues);
    } else if (isPlainObject(value)) {
      pushObject(value, at, depth, limits, stack, issues);
    } else {
      issues.push(
        issue(
          at,
          "not_json_value",
          "Expected plain JSON data (dates as ISO 8601 strings, no class instances)",
        ),
      );
    }
  }
}

function pushArray(
  value: readonly unknown[],
  at: PathLink | undefined,
  depth: number,
  limits: InputLimits,
  stack: Pending[],
  issues: Issue[],
): void {
  if (value.length > limits.maxArrayLength) {
    issues.push(issue(at, "array_too_long", `Array has more than ${limits.maxArrayLength} items`));
    return;
  }
  // Push in reverse so items are visited, and reported, in order.
  for (let index = value.length - 1; index >= 0; index -= 1) {
    const descriptor = Object.getOwnPropertyDescriptor(value, index);
    if (descriptor && "get" in descriptor) {
      issues.push(issue(child(at, index), "not_json_value", "Accessor properties are not JSON data"));
      continue;
    }
    stack.push({ value: descriptor?.value, at: child(at, index), depth: depth + 1 });
  }
}

function pushObject(
  value: object,
  at: PathLink | undefined,
  depth: number,
  limits: InputLimits,
  stack: Pending[],
  issues: Issue[],
): void {
  if (Object.getOwnPropertySymbols(value).length > 0) {
    issues.push(issue(at, "not_json_value", "Symbol keys are not JSON data"));
    return;
  }
  const keys = Object.getOwnPropertyNames(value);
  if (keys.length > limits.maxKeysPerObject) {
    issues.push(issue(at, "too_many_keys", `Object has more than ${limits.maxKeysPerObject} keys`));
    return;
  }
  for (let index = keys.length - 1; index >= 0; index -= 1) {
    const key = keys[index] as string;
    const keyPath = child(at, key);
    if (forbiddenKeys.has(key)) {
      issues.push(issue(keyPath, "forbidden_key", "Key is not allowed: it could reach an object prototype"));
      continue;
    }
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && "get" in descriptor) {
      issues.push(issue(keyPath, "not_json_value", "Accessor properties are not JSON data"));
      continue;
    }
    if (key.length > limits.maxStringLength) {
      issues.push(issue(at, "string_too_long", `Key is longer than ${limits.maxStringLength} characters`));
      continue;
    }
    stack.push({ value: descriptor?.value, at: keyPath, depth: depth + 1 });
  }
}
