import type { Issue, PathSegment } from "../issue.js";
import { Ref } from "../schemas/primitives.js";

const entryNouns: Readonly<Record<string, string>> = {
  rules: "Rule",
  holds: "Hold",
  qualifierRules: "Qualifier rule",
  riskFloors: "Risk floor",
};

const statusMessage = "A policy may only propose markers as suspected: a reviewer confirms or rejects them";

/** The `id` of the entry at `input[field][index]`, when it is a well-formed reference. */
function entryId(input: unknown, field: string, index: number): string | undefined {
  if (input === null || typeof input !== "object") return undefined;
  const entries = (input as Record<string, unknown>)[field];
  if (!Array.isArray(entries)) return undefined;
  const entry: unknown = entries[index];
  if (entry === null || typeof entry !== "object") return undefined;
  const id = (entry as Record<string, unknown>).id;
  return Ref.safeParse(id).success ? (id as string) : undefined;
}

/**
 * Puts the id of the rule (hold, qualifier rule, risk floor) an issue is in at the
 * front of its message, so a policy author finds it without counting array items.
 * Ids are policy data, never record data, and are only used when well formed.
 */
export function nameEntries(
  issues: readonly Issue[],
  input: unknown,
  prefix: readonly PathSegment[] = [],
): Issue[] {
  return issues.map((issue) => {
    const [field, index] = issue.path;
    const path = [...prefix, ...issue.path];
    const noun = typeof field === "string" ? entryNouns[field] : undefined;
    if (noun === undefined || typeof field !== "string" || typeof index !== "number")
      return { ...issue, path };
    const id = entryId(input, field, index);
    const confirms =
      issue.code === "invalid_value" && issue.path.at(-1) === "status" && issue.path.at(-3) === "propose";
    const message = confirms ? statusMessage : issue.message;
    return { ...issue, path, message: id === undefined ? message : `${noun} ${id}: ${message}` };
  });
}
