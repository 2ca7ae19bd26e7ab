import * as t from "io-ts";
import { childContext, isObject, ownValue } from "./context.js";
import { codedError, fail } from "./failure.js";
import { checkingCodec } from "./leaf.js";

/** Marks a property that may be absent, like zod's `.optional()`. */
export interface OptionalField<C extends t.Mixed> {
  readonly optional: C;
}

export const optional = <C extends t.Mixed>(codec: C): OptionalField<C> => ({ optional: codec });

export type Field = t.Mixed | OptionalField<t.Mixed>;
export type Shape = Readonly<Record<string, Field>>;

type RequiredKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends OptionalField<t.Mixed> ? never : K;
}[keyof S];
type OptionalKeys<S extends Shape> = Exclude<keyof S, RequiredKeys<S>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The decoded type of a shape: `z.infer` of the matching `z.strictObject`. */
export type ObjectOf<S extends Shape> = Simplify<
  { -readonly [K in RequiredKeys<S>]: S[K] extends t.Mixed ? t.TypeOf<S[K]> : never } & {
    -readonly [K in OptionalKeys<S>]?: S[K] extends OptionalField<infer C> ? t.TypeOf<C> | undefined : never;
  }
>;

const codecOf = (field: Field): t.Mixed => ("optional" in field ? field.optional : field);

/**
 * An object with exactly these properties, like `z.strictObject`: an unknown property is an
 * error (io-ts's `t.strict` would drop it silently). Properties are read as own properties
 * only; the output is a new plain object in the shape's key order. An optional property
 * present with the value `undefined` is kept, as zod keeps it.
 */
export function strictObject<S extends Shape>(name: string, shape: S): t.Type<ObjectOf<S>> {
  const entries = Object.entries(shape);
  const known = new Set(Object.keys(shape));
  const codec: t.Type<ObjectOf<S>> = checkingCodec<ObjectOf<S>>(name, (u, c) => {
    if (!isObject(u)) return fail(c, "invalid_type", "Expected object");
    const errors: t.Errors = [];
    const out: Record<string, unknown> = {};
    for (const [key, field] of entries) {
      const present = Object.hasOwn(u, key);
      if ("optional" in field && !present) continue;
      const value = ownValue(u, key);
      if ("optional" in field && value === undefined) {
        out[key] = undefined;
        continue;
      }
      const fieldCodec = codecOf(field);
      const result = fieldCodec.validate(value, childContext(c, key, fieldCodec, value));
      if (result._tag === "Left") errors.push(...result.left);
      else out[key] = result.right;
    }
    for (const key of Object.keys(u)) {
      if (known.has(key)) continue;
      const value = ownValue(u, key);
      errors.push(
        codedError(
          childContext(c, key, codec, value),
          "unrecognized_key",
          "Unknown property: it is not part of the schema",
        ),
      );
    }
    return errors.length > 0 ? t.failures(errors) : t.success(out as ObjectOf<S>);
  });
  return codec;
}
