import * as t from "io-ts";
import { codedError } from "./failure.js";

/**
 * The deepest context a codec decodes in. Far beyond any real record or policy (core's guard
 * refuses nesting deeper than 32 by default), and well within the stack: a cycle or a
 * hand-built chain of thousands of `{ not: ... }` is refused here, not by a stack overflow.
 */
export const maxContextDepth = 400;

/**
 * A codec that only checks (its output is its input, or a fresh copy of it) and encodes
 * as the identity. Every codec in this package is one, so `is` can simply decode.
 *
 * A codec is a public entry point, so it never throws: input the guard would refuse (a
 * getter or Proxy that throws, a cycle) becomes a failure, as in core's `parseWith`.
 */
export function checkingCodec<A>(name: string, validate: t.Validate<unknown, A>): t.Type<A, A, unknown> {
  const safeValidate: t.Validate<unknown, A> = (u, c) => {
    if (c.length > maxContextDepth)
      return t.failures([codedError(c, "too_deep", `Input is nested deeper than ${maxContextDepth} levels`)]);
    try {
      return validate(u, c);
    } catch {
      return t.failures([codedError(c, "unreadable_input", "Input could not be validated")]);
    }
  };
  const is = (u: unknown): u is A => safeValidate(u, [{ key: "", type: codec, actual: u }])._tag === "Right";
  const codec: t.Type<A, A, unknown> = new t.Type<A, A, unknown>(name, is, safeValidate, t.identity);
  return codec;
}
