import { z } from "zod";
import { MarkerKindCode, MarkerQualifierCode, RecordKind, RiskLevelCode } from "../schemas/codes.js";
import { Ref } from "../schemas/primitives.js";
import { Subject } from "../schemas/subject.js";
import { SemVer } from "../taxonomy/concept-schema.js";

/** A JSON Pointer into the canonical record (see `canonicalizeRecord`). */
const Pointer = z
  .string()
  .max(512)
  .regex(/^(\/[^/]*)*$/, "Expected a JSON Pointer such as /persons/0/dateOfBirth");

/** A rule, hold, qualifier rule or risk floor that took part in a decision, and the layer it came from. */
export const FiredRule = z.strictObject({
  /** The id of the policy or overlay that holds the rule, e.g. `national` or a force's overlay id. */
  layer: Ref,
  id: Ref,
  version: SemVer,
});
export type FiredRule = z.infer<typeof FiredRule>;

/**
 * A proposed marker. Software only ever proposes: `status` is always `suspected`,
 * and a reviewer's transition confirms or rejects it.
 */
export const Proposal = z.strictObject({
  kind: MarkerKindCode,
  qualifiers: z.array(MarkerQualifierCode).max(10),
  subject: Subject,
  status: z.literal("suspected"),
  /** The lowest risk level a reviewer may record, where a rule or risk floor sets one. */
  minimumRiskLevel: RiskLevelCode.optional(),
  /** Every rule behind the proposal, its qualifiers and its minimum risk level. */
  rules: z.array(FiredRule).min(1).max(1000),
  /** JSON Pointers into the canonical record to the facts the rules used. */
  evidence: z.array(Pointer).max(10_000),
});
export type Proposal = z.infer<typeof Proposal>;

/** Stable codes for facts a rule needed but the record did not hold. */
export const DataQualityCode = z.enum([
  "age-unknown",
  "missing-episode-dates-unknown",
  "missing-episode-history-unknown",
  "grading-unknown",
  "juvenile-flag-conflicts-with-age",
]);
export type DataQualityCode = z.infer<typeof DataQualityCode>;

/** A fact that was missing when a rule needed it, so the rule could not decide. */
export const DataQualityNote = z.strictObject({
  code: DataQualityCode,
  /** JSON Pointer to where the fact would be, e.g. the person. */
  path: Pointer,
  rules: z.array(FiredRule).max(1000),
});
export type DataQualityNote = z.infer<typeof DataQualityNote>;

/** Proposals a hold kept back: nothing is proposed from the record until a person has looked at it. */
export const ReviewNote = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, "Expected a note code in lower case with hyphens"),
  hold: FiredRule,
  evidence: z.array(Pointer).max(10_000),
  withheld: z
    .array(
      z.strictObject({ kind: MarkerKindCode, subject: Subject, rules: z.array(FiredRule).min(1).max(1000) }),
    )
    .max(10_000),
});
export type ReviewNote = z.infer<typeof ReviewNote>;

const DecisionShape = z.strictObject({
  record: z.strictObject({ kind: RecordKind, force: Ref, system: Ref, recordId: Ref }),
  taxonomyVersion: SemVer,
  policy: z.strictObject({
    id: Ref,
    version: SemVer,
    /** The policy first, then each overlay in the order applied. */
    layers: z
      .array(z.strictObject({ id: Ref, version: SemVer }))
      .min(1)
      .max(100),
  }),
  proposals: z.array(Proposal).max(10_000),
  reviewNotes: z.array(ReviewNote).max(100),
  dataQuality: z.array(DataQualityNote).max(10_000),
});

/**
 * What the policy decided for one record. The same record with the same taxonomy
 * and policy versions always gives the same decision, byte for byte as JSON.
 */
export const Decision = DecisionShape.meta({
  id: "Decision",
  title: "Decision",
  description:
    "The markers a flagging policy proposes for one record, with the rules and evidence behind each.",
});
export type Decision = z.infer<typeof DecisionShape>;
