import * as t from "io-ts";

/** Reads an own property only: a codec never reaches into an input's prototype. */
export const ownValue = (object: object, key: string): unknown =>
  Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;

export const isObject = (u: unknown): u is object => typeof u === "object" && u !== null && !Array.isArray(u);

/** The context of an item at `key` of `parent`, as io-ts's own combinators build it. */
export const childContext = (
  context: t.Context,
  key: string | number,
  codec: t.Decoder<unknown, unknown>,
  actual: unknown,
) => t.appendContext(context, String(key), codec, actual);
