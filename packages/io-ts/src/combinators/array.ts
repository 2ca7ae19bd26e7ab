import * as t from "io-ts";
import { childContext } from "./context.js";
import { fail } from "./failure.js";
import { checkingCodec } from "./leaf.js";
import { atLeast, atMost } from "./messages.js";

export interface Bounds {
  readonly min?: number;
  readonly max: number;
}

/**
 * An array of `item` with `min` to `max` items, like `z.array(item).min(min).max(max)`.
 * Like zod, the length is only checked once every item is valid. The output is a new array.
 */
export function arrayOf<C extends t.Mixed>(item: C, { min = 0, max }: Bounds): t.Type<t.TypeOf<C>[]> {
  const codec: t.Type<t.TypeOf<C>[]> = checkingCodec<t.TypeOf<C>[]>(`Array<${item.name}>`, (u, c) => {
    if (!Array.isArray(u)) return fail(u, c, "invalid_type", "Expected array");
    const errors: t.Errors = [];
    const out: t.TypeOf<C>[] = [];
    u.forEach((element: unknown, index) => {
      const result = item.validate(element, childContext(c, index, item, element));
      if (result._tag === "Left") errors.push(...result.left);
      else out.push(result.right);
    });
    if (errors.length > 0) return t.failures(errors);
    if (u.length < min) return fail(u, c, "too_small", atLeast(min, " items"));
    if (u.length > max) return fail(u, c, "too_big", atMost(max, " items"));
    return t.success(out);
  });
  return codec;
}
