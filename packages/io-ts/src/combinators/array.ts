import * as t from "io-ts";
import { childContext, ownValue } from "./context.js";
import { fail } from "./failure.js";
import { checkingCodec } from "./leaf.js";
import { atLeast, atMost } from "./messages.js";

export interface Bounds {
  readonly min?: number;
  readonly max: number;
}

/**
 * An array of `item` with `min` to `max` items, like `z.array(item).min(min).max(max)`:
 * too many items is refused at once; too few only once every item is valid. The output is
 * a new array.
 */
export function arrayOf<C extends t.Mixed>(item: C, { min = 0, max }: Bounds): t.Type<t.TypeOf<C>[]> {
  const codec: t.Type<t.TypeOf<C>[]> = checkingCodec<t.TypeOf<C>[]>(`Array<${item.name}>`, (u, c) => {
    if (!Array.isArray(u)) return fail(c, "invalid_type", "Expected array");
    // Like zod 4.6, an array over its maximum is refused before any item is read, and the
    // refusal ends the matter (in a union, no other branch's errors are preferred to it).
    if (u.length > max) return fail(c, "too_big", atMost(max, " items"), { aborts: true });
    const errors: t.Errors = [];
    const out: t.TypeOf<C>[] = [];
    // An index loop, not forEach: a hole in a sparse array is an item (undefined), as zod
    // reads it. Skipping it would shift every later item to a new index.
    for (let index = 0; index < u.length; index += 1) {
      const element: unknown = ownValue(u, String(index));
      const result = item.validate(element, childContext(c, index, item, element));
      if (result._tag === "Left") errors.push(...result.left);
      else out.push(result.right);
    }
    if (errors.length > 0) return t.failures(errors);
    if (u.length < min) return fail(c, "too_small", atLeast(min, " items"));
    return t.success(out);
  });
  return codec;
}
