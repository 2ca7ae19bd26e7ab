import type { Issue, IssueCode, PathSegment } from "@cse-flags/core";
import type * as t from "io-ts";
import { type DecodeOptions, decodeWith } from "./decode.js";

// The Standard Schema v1 interface (https://standardschema.dev), written out here so the
// published types need no extra package. The type tests check it against @standard-schema/spec.

/** One problem, as Standard Schema consumers read it, plus core's stable `code`. */
export interface StandardIssue {
  readonly message: string;
  readonly path: readonly PathSegment[];
  readonly code: IssueCode;
}

export type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly StandardIssue[] };

export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult<Output>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

export const vendor = "cse-flags-io-ts";

const toStandardIssue = ({ path, code, message }: Issue): StandardIssue => ({ path, code, message });

/**
 * Wraps a codec as a Standard Schema, so any Standard Schema consumer (form libraries,
 * routers, tRPC, ...) can validate with it. `validate` runs like `decodeWith`: the input
 * guard first, then the codec; it never throws and its issues never quote the input.
 */
export function toStandardSchema<A>(
  codec: t.Decoder<unknown, A>,
  options: DecodeOptions = {},
): StandardSchemaV1<unknown, A> {
  return {
    "~standard": {
      version: 1,
      vendor,
      validate(value) {
        const decoded = decodeWith(codec, value, options);
        return decoded._tag === "Right"
          ? { value: decoded.right }
          : { issues: decoded.left.map(toStandardIssue) };
      },
    },
  };
}
