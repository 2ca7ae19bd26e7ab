// The lockstep checker: runs one input through a zod schema and an io-ts codec and says how
// they disagree, if they do. The real lockstep tests and the drifted-codec test both use it.
import { isDeepStrictEqual } from "node:util";
import { parseWith } from "@cse-flags/core";
import type * as t from "io-ts";
import type { z } from "zod";
import { decodeWith } from "../src/decode.js";

export type Disagreement =
  | { readonly kind: "verdict"; readonly layer: "raw" | "guarded"; readonly zodAccepts: boolean }
  | { readonly kind: "value"; readonly layer: "raw" | "guarded" };

const sameValue = (a: unknown, b: unknown): boolean =>
  isDeepStrictEqual(a, b) && JSON.stringify(a) === JSON.stringify(b);

/** A throw from `safeParse` (exotic input, a check that throws) is a refusal, as in core's `parseWith`. */
function safeParseOrRefuse(schema: z.ZodType, input: unknown): { success: boolean; data?: unknown } {
  try {
    return schema.safeParse(input);
  } catch {
    return { success: false };
  }
}

/**
 * Compares zod and io-ts on one input, twice: the bare schema against the bare codec
 * (`safeParse` against `decode`), then core's guarded `parseWith` against `decodeWith`. They
 * must agree on accepting, and on success give deep-equal values with the same key order.
 * Returns `undefined` when they agree.
 */
export function compareOn(
  schema: z.ZodType,
  codec: t.Decoder<unknown, unknown>,
  input: unknown,
): Disagreement | undefined {
  const zodRaw = safeParseOrRefuse(schema, input);
  const ioRaw = codec.decode(input);
  if (zodRaw.success !== (ioRaw._tag === "Right"))
    return { kind: "verdict", layer: "raw", zodAccepts: zodRaw.success };
  if (zodRaw.success && ioRaw._tag === "Right" && !sameValue(zodRaw.data, ioRaw.right))
    return { kind: "value", layer: "raw" };
  const zodGuarded = parseWith(schema, input);
  const ioGuarded = decodeWith(codec, input);
  if (zodGuarded.ok !== (ioGuarded._tag === "Right"))
    return { kind: "verdict", layer: "guarded", zodAccepts: zodGuarded.ok };
  if (zodGuarded.ok && ioGuarded._tag === "Right" && !sameValue(zodGuarded.value, ioGuarded.right))
    return { kind: "value", layer: "guarded" };
  return undefined;
}

/** Which issues each side reports for an input both refuse, as `/path code` lines. */
export function issueLines(schema: z.ZodType, codec: t.Decoder<unknown, unknown>, input: unknown) {
  const zod = parseWith(schema, input);
  const io = decodeWith(codec, input);
  const lines = (issues: readonly { path: readonly (string | number)[]; code: string }[]) =>
    issues.map((issue) => `/${issue.path.join("/")} ${issue.code}`);
  return {
    zod: zod.ok ? [] : lines(zod.issues),
    io: io._tag === "Right" ? [] : lines(io.left),
  };
}

/**
 * zod's issues without the two kinds io-ts does not repeat: the cross-field checks' issues
 * when the shape is already wrong (zod runs refinements on malformed values; these codecs
 * check the shape first), and a length issue at the same path as a wrong type.
 */
export function withoutZodExtras(lines: readonly string[]): string[] {
  const shapeWrong = lines.some((line) => !line.endsWith(" custom"));
  const wrongType = new Set(
    lines.filter((line) => line.endsWith(" invalid_type")).map((line) => line.split(" ")[0]),
  );
  return lines.filter((line) => {
    const [path, code] = line.split(" ");
    if (shapeWrong && code === "custom") return false;
    return !((code === "too_big" || code === "too_small") && wrongType.has(path));
  });
}
