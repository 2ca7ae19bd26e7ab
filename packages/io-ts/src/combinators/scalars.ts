import type { ParseIssueCode } from "@cse-flags/core";
import * as t from "io-ts";
import { codedError, fail } from "./failure.js";
import { checkingCodec } from "./leaf.js";
import { atLeast, atMost, describeValues, patternMessage } from "./messages.js";

/** One rule a string must follow, reported with core's code when broken. */
export interface StringRule {
  readonly test: (value: string) => boolean;
  readonly code: ParseIssueCode;
  readonly message: string;
}

/**
 * A string's length as zod 4.6 measures it: in Unicode code points, so "😀" is one
 * character, not two UTF-16 units. A lone surrogate counts as one.
 */
export function codePointLength(value: string): number {
  let count = value.length;
  for (let i = 0; i < value.length - 1; i += 1) {
    const pair = (value.charCodeAt(i) & 0xfc00) === 0xd800 && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) {
      count -= 1;
      i += 1;
    }
  }
  return count;
}

export const minLength = (n: number): StringRule => ({
  test: (value) => codePointLength(value) >= n,
  code: "too_small",
  message: atLeast(n, " characters"),
});

export const maxLength = (n: number): StringRule => ({
  test: (value) => value.length <= n || codePointLength(value) <= n,
  code: "too_big",
  message: atMost(n, " characters"),
});

export const matches = (regex: RegExp, message: string): StringRule => ({
  test: (value) => regex.test(value),
  code: "invalid_format",
  message: patternMessage(message),
});

/** A string format (date, date-time), reported like zod's formats. */
export const format = (regex: RegExp, name: string): StringRule => ({
  test: (value) => regex.test(value),
  code: "invalid_format",
  message: `Expected a valid ${name}`,
});

/** A string that follows every rule; like zod, every broken rule is reported, in order. */
export function checkedString(name: string, rules: readonly StringRule[] = []): t.Type<string> {
  return checkingCodec<string>(name, (u, c) => {
    if (typeof u !== "string") return fail(c, "invalid_type", "Expected string");
    const broken = rules.filter((rule) => !rule.test(u));
    if (broken.length === 0) return t.success(u);
    return t.failures(broken.map((rule) => codedError(c, rule.code, rule.message)));
  });
}

/** A safe integer from `min` to `max`, like zod's `z.int().min(min).max(max)`. */
export function integer(min: number, max: number): t.Type<number> {
  return checkingCodec<number>(`integer ${min} to ${max}`, (u, c) => {
    if (typeof u !== "number" || Number.isNaN(u)) return fail(c, "invalid_type", "Expected number");
    if (!Number.isInteger(u)) return fail(c, "invalid_type", "Expected int");
    // Like zod, a whole number beyond the safe range breaks the safe limit and the schema's own.
    const errors: t.Errors = [];
    if (u < -Number.MAX_SAFE_INTEGER)
      errors.push(codedError(c, "too_small", atLeast(-Number.MAX_SAFE_INTEGER)));
    if (u > Number.MAX_SAFE_INTEGER) errors.push(codedError(c, "too_big", atMost(Number.MAX_SAFE_INTEGER)));
    if (u < min) errors.push(codedError(c, "too_small", atLeast(min)));
    if (u > max) errors.push(codedError(c, "too_big", atMost(max)));
    return errors.length > 0 ? t.failures(errors) : t.success(u);
  });
}

export const boolean: t.Type<boolean> = checkingCodec<boolean>("boolean", (u, c) =>
  typeof u === "boolean" ? t.success(u) : fail(c, "invalid_type", "Expected boolean"),
);

/** One of a fixed list of codes (a taxonomy code set, or a few literal words). */
export function oneOf<const Codes extends readonly string[]>(
  name: string,
  codes: Codes,
): t.Type<Codes[number]> {
  const allowed: ReadonlySet<unknown> = new Set(codes);
  return checkingCodec<Codes[number]>(name, (u, c) =>
    allowed.has(u) ? t.success(u as Codes[number]) : fail(c, "invalid_value", describeValues(codes)),
  );
}

/** Exactly this value, like `z.literal(value)`. */
export function literal<const V extends string | boolean>(value: V): t.Type<V> {
  return checkingCodec<V>(JSON.stringify(value), (u, c) =>
    u === value ? t.success(value) : fail(c, "invalid_value", describeValues([value])),
  );
}
