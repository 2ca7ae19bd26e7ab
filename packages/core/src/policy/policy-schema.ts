import { z } from "zod";
import { OperationHeading } from "../schemas/canonical-record.js";
import {
  LocationRoleCode,
  MarkerKindCode,
  MarkerQualifierCode,
  PersonRoleCode,
  RecordKind,
  RiskLevelCode,
} from "../schemas/codes.js";
import { Ref } from "../schemas/primitives.js";
import { SemVer, SourceId } from "../taxonomy/concept-schema.js";
import { TaxonomySource } from "../taxonomy/taxonomy-schema.js";
import { Condition, ParameterName, PersonCondition } from "./condition-schema.js";

/**
 * How an overlay may change a parameter. Overlays may only make the policy stricter:
 * lower a threshold that is `may-lower`, raise one that is `may-raise`, add headings.
 */
export const IntegerParameter = z
  .strictObject({
    type: z.literal("integer"),
    description: z.string().min(1).max(1000),
    value: z.int().min(0).max(10_000),
    min: z.int().min(0).max(10_000),
    max: z.int().min(0).max(10_000),
    /** `may-lower`: a lower value flags more records; `may-raise`: a higher one does. */
    overlay: z.enum(["may-lower", "may-raise", "fixed"]),
  })
  .refine((p) => p.min <= p.value && p.value <= p.max, {
    message: "Value must lie between min and max",
    path: ["value"],
  });

export const HeadingsParameter = z.strictObject({
  type: z.literal("headings"),
  description: z.string().min(1).max(1000),
  value: z.array(OperationHeading).max(100),
  /**
   * Intelligence under one of these headings is CSE-related by definition, so a rule
   * using this parameter may propose CSE. A heading list written into a rule never
   * counts as a sexual element.
   */
  cse: z.boolean().optional(),
  /** `add-only`: an overlay may add headings but never remove one. */
  overlay: z.enum(["add-only", "fixed"]),
});

export const Parameter = z.discriminatedUnion("type", [IntegerParameter, HeadingsParameter]);
export type Parameter = z.infer<typeof Parameter>;

/** What a proposal is placed on. Person selectors propose once for each person who passes `where`. */
export const SubjectSelector = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("record") }),
  z.strictObject({
    type: z.literal("person"),
    where: PersonCondition,
    /** The role the marker names the person in, e.g. a suspect is flagged as an `offender`. */
    as: PersonRoleCode,
  }),
  z.strictObject({ type: z.literal("location"), roles: z.array(LocationRoleCode).min(1).max(10).optional() }),
  z.strictObject({ type: z.literal("vehicle") }),
]);
export type SubjectSelector = z.infer<typeof SubjectSelector>;

/** What a rule proposes. The status is always `suspected`: only a reviewer confirms a marker. */
export const Outcome = z.strictObject({
  kind: MarkerKindCode,
  qualifiers: z.array(MarkerQualifierCode).max(10).optional(),
  subject: SubjectSelector,
  status: z.literal("suspected"),
  minimumRiskLevel: RiskLevelCode.optional(),
});
export type Outcome = z.infer<typeof Outcome>;

const AppliesTo = z.union([z.literal("any"), z.array(RecordKind).min(1).max(20)]);

/** Fields every rule-like entry has: an id, its own version, what it does and why (sources). */
const ruleBaseShape = {
  id: Ref,
  version: SemVer,
  description: z.string().min(1).max(2000),
  /** Ids of the taxonomy's sources or of the policy's own `sources`. */
  sources: z.array(SourceId).min(1).max(20),
};

/** When `when` holds on a record of a kind in `appliesTo`, each outcome is proposed. */
export const Rule = z.strictObject({
  ...ruleBaseShape,
  appliesTo: AppliesTo,
  when: Condition,
  propose: z.array(Outcome).min(1).max(20),
});
export type Rule = z.infer<typeof Rule>;

/**
 * When `when` holds, no marker is proposed from the record: every proposal is withheld
 * and listed in a review note with the code `note`, for a person to look at.
 */
export const Hold = z.strictObject({
  ...ruleBaseShape,
  appliesTo: AppliesTo,
  when: Condition,
  note: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, "Expected a note code in lower case with hyphens"),
});
export type Hold = z.infer<typeof Hold>;

/** When `when` holds, `qualifier` is added to every proposal of one of `kinds` from the record. */
export const QualifierRule = z.strictObject({
  ...ruleBaseShape,
  appliesTo: AppliesTo,
  kinds: z.array(MarkerKindCode).min(1).max(10),
  qualifier: MarkerQualifierCode,
  when: Condition,
});
export type QualifierRule = z.infer<typeof QualifierRule>;

/**
 * A proposal on a person who passes `where`, named in one of `subjectRoles`, has a
 * minimum risk level of at least `atLeast`.
 */
export const RiskFloor = z.strictObject({
  ...ruleBaseShape,
  subjectRoles: z.array(PersonRoleCode).min(1).max(10),
  where: PersonCondition,
  atLeast: RiskLevelCode,
});
export type RiskFloor = z.infer<typeof RiskFloor>;

const PolicyShape = z.strictObject({
  $schema: z.string().max(500).optional(),
  id: Ref,
  version: SemVer,
  description: z.string().min(1).max(2000),
  /** The taxonomy version the policy was written against; it needs the same major, this or later. */
  taxonomyVersion: SemVer,
  /** Sources the policy cites besides the taxonomy's own. */
  sources: z.array(TaxonomySource).max(100),
  parameters: z.record(ParameterName, Parameter),
  rules: z.array(Rule).min(1).max(500),
  holds: z.array(Hold).max(100),
  qualifierRules: z.array(QualifierRule).max(100),
  riskFloors: z.array(RiskFloor).max(100),
});

/** A flagging policy: versioned data, compiled once with `compilePolicy`. */
export const Policy = PolicyShape.meta({
  id: "Policy",
  title: "Flagging policy",
  description: "Versioned rules that turn a canonical record into proposed CSE, CSA, CCE and CE markers.",
});
export type Policy = z.infer<typeof PolicyShape>;

const PolicyOverlayShape = z.strictObject({
  $schema: z.string().max(500).optional(),
  id: Ref,
  version: SemVer,
  description: z.string().min(1).max(2000),
  /** The id of the policy this overlay sits on. */
  extends: Ref,
  sources: z.array(TaxonomySource).max(100).optional(),
  /** New values: a number for an integer parameter, headings to add for a headings parameter. */
  parameters: z
    .record(ParameterName, z.union([z.int().min(0).max(10_000), z.array(OperationHeading).max(100)]))
    .optional(),
  rules: z.array(Rule).max(500).optional(),
  qualifierRules: z.array(QualifierRule).max(100).optional(),
  riskFloors: z.array(RiskFloor).max(100).optional(),
});

/**
 * A force's additions to a policy: new rules, qualifier rules and risk floors, and
 * stricter parameters. It cannot remove, replace or weaken anything in the policy
 * it extends, and it cannot add holds (a hold withholds proposals).
 */
export const PolicyOverlay = PolicyOverlayShape.meta({
  id: "PolicyOverlay",
  title: "Policy overlay",
  description: "A force's local rules and stricter parameters on top of a flagging policy.",
});
export type PolicyOverlay = z.infer<typeof PolicyOverlayShape>;
