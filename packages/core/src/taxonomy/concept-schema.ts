import { z } from "zod";

/** A taxonomy or package version: plain semver, no pre-release tags. */
export const SemVer = z
  .string()
  .regex(/^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/, "Expected a version such as 1.2.0");

/** Codes are short and printable so they can appear in logs and errors safely. */
export const ConceptCode = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, "Expected a code of letters, digits and hyphens");

export const SourceId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "Expected a source id");

/** SNOMED CT-style history associations from a deprecated code to its successors. */
export const SuccessorRelation = z.enum(["replacedBy", "sameAs", "possiblyEquivalentTo"]);
export type SuccessorRelation = z.infer<typeof SuccessorRelation>;

export const Successor = z.strictObject({
  relation: SuccessorRelation,
  code: ConceptCode,
});

export const Deprecation = z.strictObject({
  /** The taxonomy version that deprecated the code. */
  since: SemVer,
  reason: z.string().min(1).max(1000),
  successors: z.array(Successor).max(20),
});

/**
 * Fields every concept has. Codes are forever: a concept is deprecated, never
 * deleted, and its meaning (definition and set-specific properties) never changes
 * without a major taxonomy version.
 */
export const conceptBaseShape = {
  code: ConceptCode,
  label: z.string().min(1).max(200),
  definition: z.string().min(1).max(2000),
  note: z.string().min(1).max(2000).optional(),
  sources: z.array(SourceId).min(1).max(20),
  since: SemVer,
  status: z.enum(["active", "deprecated"]),
  deprecation: Deprecation.optional(),
} as const;

export const Concept = z.strictObject(conceptBaseShape);
export type Concept = z.infer<typeof Concept>;

/** Fields that describe a concept without being part of its meaning. */
export const descriptiveConceptFields = [
  "label",
  "note",
  "sources",
  "since",
  "status",
  "deprecation",
] as const;
