import type { z } from "zod";
import type { Issue, PathSegment } from "../issue.js";

type ZodIssue = z.core.$ZodIssue;

const listLimit = 8;

const describeValues = (values: readonly unknown[]): string =>
  values.length <= listLimit
    ? `Expected one of: ${values.map((value) => JSON.stringify(value)).join(", ")}`
    : `Expected one of the ${values.length} allowed codes (see the taxonomy)`;

const unitOf = (origin: string): string => {
  switch (origin) {
    case "string":
      return " characters";
    case "array":
    case "set":
      return " items";
    default:
      return "";
  }
};

const toPath = (path: readonly PropertyKey[]): PathSegment[] =>
  path.map((segment) => (typeof segment === "number" ? segment : String(segment)));

/**
 * Rewrites zod's issues in our own words. zod's default messages can quote the
 * input (unknown keys, for one); these messages only ever describe the schema.
 * Custom issues come from this package's own checks, whose messages never
 * interpolate input values.
 */
export function fromZodIssues(issues: readonly ZodIssue[], prefix: readonly PathSegment[] = []): Issue[] {
  const out: Issue[] = [];
  for (const zodIssue of issues) {
    const path = [...prefix, ...toPath(zodIssue.path)];
    switch (zodIssue.code) {
      case "invalid_type":
        out.push({ path, code: "invalid_type", message: `Expected ${zodIssue.expected}` });
        break;
      case "invalid_value":
        out.push({ path, code: "invalid_value", message: describeValues(zodIssue.values) });
        break;
      case "invalid_format":
        out.push({
          path,
          code: "invalid_format",
          message:
            zodIssue.format === "regex"
              ? patternMessage(zodIssue.message)
              : `Expected a valid ${zodIssue.format}`,
        });
        break;
      case "too_big":
        out.push({
          path,
          code: "too_big",
          message: `Must be at most ${String(zodIssue.maximum)}${unitOf(zodIssue.origin)}`,
        });
        break;
      case "too_small":
        out.push({
          path,
          code: "too_small",
          message: `Must be at least ${String(zodIssue.minimum)}${unitOf(zodIssue.origin)}`,
        });
        break;
      case "unrecognized_keys":
        for (const key of zodIssue.keys) {
          out.push({
            path: [...path, key],
            code: "unrecognized_key",
            message: "Unknown property: it is not part of the schema",
          });
        }
        break;
      case "invalid_union": {
        const branch = onlyPlausibleBranch(zodIssue.errors);
        if (branch) out.push(...fromZodIssues(branch, path));
        else out.push({ path, code: "invalid_union", message: "Does not match any of the allowed shapes" });
        break;
      }
      case "custom":
        out.push({ path, code: "custom", message: zodIssue.message });
        break;
      default:
        out.push({ path, code: "invalid_value", message: "Invalid value" });
    }
  }
  return out;
}

/** Our regexes carry their own messages ("Expected a code ..."); zod's default quotes the pattern only. */
const patternMessage = (message: string): string =>
  message.startsWith("Expected") ? message : "Does not have the expected format";

/**
 * A union of objects told apart by their keys (`{ all: ... }`, `{ indicator: ... }`)
 * fails as a whole when one part deep inside is wrong. When exactly one branch
 * accepted the value's shape at the top (no unknown key, right type), its issues
 * say what is wrong far better than "does not match any shape".
 */
function onlyPlausibleBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] | undefined {
  const plausible = branches.filter(
    (branch) =>
      !branch.some(
        (issue) =>
          issue.path.length === 0 && (issue.code === "unrecognized_keys" || issue.code === "invalid_type"),
      ),
  );
  return plausible.length === 1 ? plausible[0] : undefined;
}
