import type { Issue, PathSegment } from "@cse-flags/core";
import type * as t from "io-ts";
import { isCodedError } from "./combinators/failure.js";
import { describeValues } from "./combinators/messages.js";

/** io-ts combinators whose context entries name a branch, not a step into the input. */
const branchTags: ReadonlySet<string> = new Set(["UnionType", "IntersectionType"]);

const tagOf = (decoder: t.Decoder<unknown, unknown> | undefined): string | undefined => {
  const tag: unknown = (decoder as { _tag?: unknown } | null | undefined)?._tag;
  return typeof tag === "string" ? tag : undefined;
};

const isIndex = (key: string): boolean => /^(?:0|[1-9]\d*)$/.test(key);

/** The path of an error: its context keys, with array indices as numbers and union branches left out. */
export function pathOf(context: t.Context): PathSegment[] {
  const path: PathSegment[] = [];
  if (!Array.isArray(context)) return path;
  for (let i = 1; i < context.length; i += 1) {
    const parent = context[i - 1];
    const entry = context[i];
    if (!parent || !entry || typeof entry.key !== "string") continue;
    if (branchTags.has(tagOf(parent.type) ?? "")) continue;
    path.push(Array.isArray(parent.actual) && isIndex(entry.key) ? Number(entry.key) : entry.key);
  }
  return path;
}

const typeWords: Readonly<Record<string, string>> = {
  StringType: "string",
  NumberType: "number",
  BigIntType: "bigint",
  BooleanType: "boolean",
  NullType: "null",
  UndefinedType: "undefined",
  VoidType: "undefined",
  FunctionType: "function",
  InterfaceType: "object",
  PartialType: "object",
  StrictType: "object",
  ExactType: "object",
  UnknownRecordType: "object",
  DictionaryType: "record",
  ArrayType: "array",
  ReadonlyArrayType: "array",
  UnknownArrayType: "array",
  TupleType: "array",
  ReadonlyType: "value",
};

/**
 * An issue for an error from a codec outside this package. io-ts's own `message` is
 * ignored (a custom codec may put the input in it); the issue says what the failing
 * codec expects, from its kind.
 */
function foreignIssue(error: t.ValidationError): Pick<Issue, "code" | "message"> {
  const context: readonly t.ContextEntry[] = Array.isArray(error?.context) ? error.context : [];
  const last = context[context.length - 1];
  const type = last?.type as { _tag?: unknown; value?: unknown; keys?: unknown } | null | undefined;
  const tag = typeof type?._tag === "string" ? type._tag : "";
  if (tag === "LiteralType") return { code: "invalid_value", message: describeValues([type?.value]) };
  if (tag === "KeyofType" && typeof type?.keys === "object" && type.keys !== null) {
    return { code: "invalid_value", message: describeValues(Object.keys(type.keys)) };
  }
  if (tag === "UnionType")
    return { code: "invalid_union", message: "Does not match any of the allowed shapes" };
  if (tag === "RefinementType")
    return { code: "custom", message: "Does not satisfy a refinement of the schema" };
  const words = typeWords[tag];
  if (words) return { code: "invalid_type", message: `Expected ${words}` };
  return { code: "invalid_value", message: "Invalid value" };
}

/**
 * Turns io-ts errors into core's issues: a path, a stable code and a message that never
 * contains a value from the input (io-ts's `PathReporter` prints the values). Works for
 * any io-ts codec; this package's codecs report core's exact codes and messages.
 * Repeated issues are reported once. A malformed error (not from io-ts) is reported at the
 * root as an invalid value; anything but an array of errors is a programming error.
 */
export function reportIssues(errors: t.Errors): Issue[] {
  if (!Array.isArray(errors)) throw new TypeError("reportIssues expects the errors of a failed io-ts decode");
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const { code, message } = isCodedError(error) ? error.issue : foreignIssue(error);
    const path = pathOf(error?.context);
    const key = JSON.stringify([path, code, message]);
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ path, code, message });
  }
  return issues;
}
