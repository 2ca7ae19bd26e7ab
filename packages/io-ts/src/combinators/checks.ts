import type { NamedCheck, PathSegment } from "@cse-flags/core";
import * as t from "io-ts";
import { childContext } from "./context.js";
import { codedError } from "./failure.js";
import { checkingCodec } from "./leaf.js";

/** The context of a path inside a decoded value, so the reporter can name it. */
function contextAt(
  context: t.Context,
  value: unknown,
  path: readonly PathSegment[],
  codec: t.Mixed,
): t.Context {
  let at = context;
  let actual = value;
  for (const segment of path) {
    actual =
      typeof actual === "object" && actual !== null && Object.hasOwn(actual, segment)
        ? (actual as Record<PathSegment, unknown>)[segment]
        : undefined;
    at = childContext(at, segment, codec, actual);
  }
  return at;
}

/**
 * Runs core's named cross-field checks once the shape is right, as core's zod schemas do
 * in `superRefine`. The checks are core's own functions, so the rules cannot drift; each
 * report becomes a `custom` issue at the check's path.
 */
export function withChecks<A>(
  codec: t.Type<A>,
  checks: readonly NamedCheck<A>[],
  name: string = codec.name,
): t.Type<A> {
  const checked: t.Type<A> = checkingCodec<A>(name, (u, c) => {
    const result = codec.validate(u, c);
    if (result._tag === "Left") return result;
    const errors: t.Errors = [];
    for (const check of checks) {
      check.run(result.right, (path, message) => {
        errors.push(codedError(contextAt(c, result.right, path, checked), "custom", message));
      });
    }
    return errors.length > 0 ? t.failures(errors) : result;
  });
  return checked;
}

/** A one-off rule written beside a schema in core (a zod `.refine`), as a named check. */
export const rule = <A>(
  id: string,
  holds: (value: A) => boolean,
  path: readonly PathSegment[],
  message: string,
): NamedCheck<A> => ({
  id,
  description: message,
  run(value, report) {
    if (!holds(value)) report(path, message);
  },
});
