import { codeSetIds, mappingRelationshipCodes, Ref, UnmappedCode } from "@cse-flags/core";
import { z } from "zod";

/** A comment says something: one of only spaces does not count as the required comment. */
const Comment = z.string().min(1).max(1000).regex(/\S/, "Expected a comment that is not blank");

/** One row of a concept map as written; the rules between fields are checked after the shape. */
export const ConceptMapEntryShape = z.strictObject({
  // A code with a space at its end would never match the code as the source writes it.
  code: UnmappedCode.shape.code.regex(/\S$/, "Expected a code without spaces at its end"),
  target: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, "Expected a taxonomy code")
    .optional(),
  relationship: z.enum(mappingRelationshipCodes).optional(),
  comment: Comment.optional(),
  noMap: z.literal(true).optional(),
});

/**
 * The shape of a concept map document (JSON). CSV files hold the entries only, with the
 * other fields given when loading.
 */
export const ConceptMapDocument = z.strictObject({
  id: Ref,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "Expected a version such as 1.0.0"),
  title: z.string().min(1).max(200).optional(),
  source: UnmappedCode.shape.system,
  target: z.enum(codeSetIds),
  entries: z.array(ConceptMapEntryShape).max(10_000),
});

export type ConceptMapDocument = z.infer<typeof ConceptMapDocument>;
