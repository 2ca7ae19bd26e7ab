import { forbiddenKeys } from "@cse-flags/core";
import * as t from "io-ts";
import { childContext, ownValue } from "./context.js";
import { codedError, fail, isCodedError } from "./failure.js";
import { checkingCodec } from "./leaf.js";

const isPlainObject = (u: unknown): u is object => {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const proto: unknown = Object.getPrototypeOf(u);
  return proto === Object.prototype || proto === null;
};

/**
 * A dictionary, like `z.record(key, value)`, without io-ts's prototype hijack: `t.record`
 * copies entries with `out[key] = value`, so an own `"__proto__"` key (as `JSON.parse`
 * makes one) replaces the output's prototype. Here `__proto__`, `constructor` and
 * `prototype` are refused with a `forbidden_key` issue (as core's input guard refuses
 * them), and entries are defined as own properties, never assigned.
 */
export function safeRecord<V extends t.Mixed>(
  name: string,
  key: t.Type<string>,
  value: V,
): t.Type<Record<string, t.TypeOf<V>>> {
  const codec: t.Type<Record<string, t.TypeOf<V>>> = checkingCodec(name, (u, c) => {
    if (!isPlainObject(u)) return fail(c, "invalid_type", "Expected record");
    const errors: t.Errors = [];
    const out: Record<string, t.TypeOf<V>> = {};
    for (const k of Object.keys(u)) {
      const item = ownValue(u, k);
      const at = childContext(c, k, codec, item);
      if (forbiddenKeys.has(k)) {
        errors.push(
          codedError(at, "forbidden_key", "Key is not allowed: it could reach an object prototype"),
        );
        continue;
      }
      const keyResult = key.validate(k, at);
      if (keyResult._tag === "Left") {
        const [first] = keyResult.left;
        const detail = first && isCodedError(first) ? `: ${first.issue.message}` : "";
        errors.push(codedError(at, "invalid_value", `Key is not allowed${detail}`));
        continue;
      }
      const result = value.validate(item, childContext(c, k, value, item));
      if (result._tag === "Left") errors.push(...result.left);
      else
        Object.defineProperty(out, k, {
          value: result.right,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return errors.length > 0 ? t.failures(errors) : t.success(out);
  });
  return codec;
}
