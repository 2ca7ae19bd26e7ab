// String and number leaves of core's schemas (core: schemas/primitives.ts, taxonomy/concept-schema.ts,
// schemas/canonical-record.ts, policy/*.ts). Each pattern and message is core's; the lockstep
// tests check every one against core's zod schema on generated strings.
import { checkedString, format, matches, maxLength, minLength } from "../combinators/scalars.js";

export const Ref = checkedString("Ref", [
  matches(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/, "Expected a reference of letters, digits and . _ : / -"),
]);

// zod's ISO date: a real calendar date, leap years included.
const dateSource =
  "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
// zod's ISO date-time with `offset: true`: seconds required, optional fraction, `Z` or ±hh:mm.
const timeSource = "(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)";

export const IsoDate = checkedString("IsoDate", [format(new RegExp(`^${dateSource}$`), "date")]);
export const IsoDateTime = checkedString("IsoDateTime", [
  format(new RegExp(`^${dateSource}T${timeSource}$`), "datetime"),
]);

export const SourceCode = checkedString("SourceCode", [
  matches(/^[A-Za-z0-9][A-Za-z0-9 ._:/()-]{0,63}$/, "Expected a source code of at most 64 characters"),
]);

export const CodeSystemName = checkedString("CodeSystemName", [
  matches(/^[a-z0-9][a-z0-9._:/-]{0,63}$/, "Expected a code system name in lower case"),
]);

export const SourcePath = checkedString("SourcePath", [
  minLength(1),
  maxLength(256),
  matches(/^\P{Cc}*$/u, "Expected a source path without control characters"),
]);

export const SemVer = checkedString("SemVer", [
  matches(/^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/, "Expected a version such as 1.2.0"),
]);

export const ConceptCode = checkedString("ConceptCode", [
  matches(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, "Expected a code of letters, digits and hyphens"),
]);

export const SourceId = checkedString("SourceId", [
  matches(/^[a-z0-9][a-z0-9-]{0,63}$/, "Expected a source id"),
]);

export const HomeOfficeCode = checkedString("HomeOfficeCode", [
  matches(
    /^[1-9][0-9]{0,2}[A-Z]?$/,
    "Expected a Home Office classification such as 19D or 71, without leading zeros",
  ),
]);

export const OperationHeading = checkedString("OperationHeading", [
  matches(/^[A-Z0-9][A-Z0-9 -]{0,63}$/, "Expected an operation heading in capitals, such as STRIVER"),
]);

export const ParameterName = checkedString("ParameterName", [
  matches(/^[a-z][a-z0-9-]{0,63}$/, "Expected a parameter name in lower case with hyphens"),
]);

export const NoteCode = checkedString("NoteCode", [
  matches(/^[a-z][a-z0-9-]{0,63}$/, "Expected a note code in lower case with hyphens"),
]);

/** A JSON Pointer into the canonical record (decisions). */
export const Pointer = checkedString("Pointer", [
  maxLength(512),
  matches(/^(\/[^/]*)*$/, "Expected a JSON Pointer such as /persons/0/dateOfBirth"),
]);

/** Free text with a length range (descriptions, labels). */
export const text = (min: number, max: number) =>
  checkedString(`text ${min} to ${max}`, min > 0 ? [minLength(min), maxLength(max)] : [maxLength(max)]);
