import type { Issue, ParseIssueCode } from "@cse-flags/core";
import * as t from "io-ts";

/**
 * An io-ts validation error that also says, in core's words, what is wrong. io-ts's own
 * `message` is left unset: the reporter reads `issue`, which never holds an input value.
 */
export interface CodedValidationError extends t.ValidationError {
  readonly issue: Pick<Issue, "code" | "message">;
  /** Set when zod would stop here: no other union branch's errors are preferred to this one. */
  readonly aborts?: true;
}

/**
 * Stands in for the input value on every error these codecs make, so io-ts's own reporters
 * (`PathReporter`, io-ts-reporters) print this instead of the input.
 */
export const withheldValue = "[value withheld]";

// Only errors made here are trusted to hold messages without input: an error from another
// codec that happens to have an `issue` property is reported as foreign.
const madeHere = new WeakSet<t.ValidationError>();

export const isCodedError = (error: t.ValidationError): error is CodedValidationError =>
  typeof error === "object" && error !== null && madeHere.has(error);

/** One failure at `context`, with core's code and a message that describes the schema only. */
export function codedError(
  context: t.Context,
  code: ParseIssueCode,
  message: string,
  options: { readonly aborts?: true } = {},
): CodedValidationError {
  const error: CodedValidationError = {
    value: withheldValue,
    context,
    issue: { code, message },
    ...(options.aborts ? { aborts: true } : {}),
  };
  madeHere.add(error);
  return error;
}

export const fail = <A>(
  context: t.Context,
  code: ParseIssueCode,
  message: string,
  options: { readonly aborts?: true } = {},
): t.Validation<A> => t.failures([codedError(context, code, message, options)]);
