import type { Issue, ParseIssueCode } from "@cse-flags/core";
import * as t from "io-ts";

/**
 * An io-ts validation error that also says, in core's words, what is wrong. io-ts's own
 * `message` is left unset: the reporter reads `issue`, which never holds an input value.
 */
export interface CodedValidationError extends t.ValidationError {
  readonly issue: Pick<Issue, "code" | "message">;
}

export const isCodedError = (error: t.ValidationError): error is CodedValidationError => {
  const issue: unknown = (error as Partial<CodedValidationError>).issue;
  return typeof issue === "object" && issue !== null;
};

/** One failure at `context`, with core's code and a message that describes the schema only. */
export function codedError(
  value: unknown,
  context: t.Context,
  code: ParseIssueCode,
  message: string,
): CodedValidationError {
  return { value, context, issue: { code, message } };
}

export const fail = <A>(
  value: unknown,
  context: t.Context,
  code: ParseIssueCode,
  message: string,
): t.Validation<A> => t.failures([codedError(value, context, code, message)]);
