import * as t from "io-ts";

/**
 * A codec that only checks (its output is its input, or a fresh copy of it) and encodes
 * as the identity. Every codec in this package is one, so `is` can simply decode.
 */
export function checkingCodec<A>(name: string, validate: t.Validate<unknown, A>): t.Type<A, A, unknown> {
  const is = (u: unknown): u is A => validate(u, [{ key: "", type: codec, actual: u }])._tag === "Right";
  const codec: t.Type<A, A, unknown> = new t.Type<A, A, unknown>(name, is, validate, t.identity);
  return codec;
}
