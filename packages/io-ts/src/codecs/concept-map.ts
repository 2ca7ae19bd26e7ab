// A concept map document: adapter-kit's `ConceptMapDocument` shape (adapter-kit:
// concept-map/schema.ts). Defined here on core's code lists so this package needs no runtime
// dependency on adapter-kit; the lockstep tests hold it to adapter-kit's zod schema.
import { codeSetIds, mappingRelationshipCodes } from "@cse-flags/core";
import type * as t from "io-ts";
import { arrayOf } from "../combinators/array.js";
import { checkedString, literal, matches, maxLength, minLength, oneOf } from "../combinators/scalars.js";
import { optional, strictObject } from "../combinators/strict-object.js";
import { CodeSystemName, Ref, text } from "./primitives.js";

export const ConceptMapEntry = strictObject("ConceptMapEntry", {
  // A code with a space at its end would never match the code as the source writes it.
  code: checkedString("ConceptMapSourceCode", [
    matches(/^[A-Za-z0-9][A-Za-z0-9 ._:/()-]{0,63}$/, "Expected a source code of at most 64 characters"),
    matches(/\S$/, "Expected a code without spaces at its end"),
  ]),
  target: optional(
    checkedString("ConceptMapTarget", [
      matches(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, "Expected a taxonomy code"),
    ]),
  ),
  relationship: optional(oneOf("MappingRelationshipCode", mappingRelationshipCodes)),
  comment: optional(
    checkedString("ConceptMapComment", [
      minLength(1),
      maxLength(1000),
      matches(/\S/, "Expected a comment that is not blank"),
    ]),
  ),
  noMap: optional(literal(true)),
});

/**
 * The shape of a concept map document. Like the zod schema, it checks the shape only:
 * adapter-kit's `parseConceptMap` adds the rules between entries (targets exist in the
 * code set, comments where a mapping is not equivalent, no code mapped twice).
 */
export const ConceptMapDocument = strictObject("ConceptMapDocument", {
  id: Ref,
  version: checkedString("ConceptMapVersion", [
    matches(/^\d+\.\d+\.\d+$/, "Expected a version such as 1.0.0"),
  ]),
  title: optional(text(1, 200)),
  source: CodeSystemName,
  target: oneOf("CodeSetId", codeSetIds),
  entries: arrayOf(ConceptMapEntry, { max: 10_000 }),
});
export type ConceptMapDocument = t.TypeOf<typeof ConceptMapDocument>;
