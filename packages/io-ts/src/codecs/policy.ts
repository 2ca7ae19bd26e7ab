// Flagging policies and overlays (core: policy/policy-schema.ts, taxonomy/taxonomy-schema.ts).
import { Parameter as ZodParameter } from "@cse-flags/core";
import type * as t from "io-ts";
import { arrayOf } from "../combinators/array.js";
import { rule, withChecks } from "../combinators/checks.js";
import { safeRecord } from "../combinators/safe-record.js";
import { boolean, integer, literal, oneOf } from "../combinators/scalars.js";
import { optional, strictObject } from "../combinators/strict-object.js";
import { taggedUnion, union } from "../combinators/union.js";
import {
  LocationRoleCode,
  MarkerKindCode,
  MarkerQualifierCode,
  PersonRoleCode,
  RecordKind,
  RiskLevelCode,
} from "./codes.js";
import { Condition, PersonCondition } from "./condition.js";
import { NoteCode, OperationHeading, ParameterName, Ref, SemVer, SourceId, text } from "./primitives.js";

export const TaxonomySource = strictObject("TaxonomySource", {
  id: SourceId,
  title: text(1, 500),
  publisher: text(1, 200),
  year: optional(integer(1900, 2100)),
});

// The overlay words come from core's own enums, so a word added there reaches io-ts at once.
const [ZodIntegerParameter, ZodHeadingsParameter] = ZodParameter.options;
const integerOverlays = ZodIntegerParameter.shape.overlay.options;
const headingsOverlays = ZodHeadingsParameter.shape.overlay.options;

export const IntegerParameter = withChecks(
  strictObject("IntegerParameter", {
    type: literal("integer"),
    description: text(1, 1000),
    value: integer(0, 10_000),
    min: integer(0, 10_000),
    max: integer(0, 10_000),
    overlay: oneOf("IntegerOverlay", integerOverlays),
  }),
  [
    rule(
      "value-in-range",
      (p) => p.min <= p.value && p.value <= p.max,
      ["value"],
      "Value must lie between min and max",
    ),
  ],
);

export const HeadingsParameter = strictObject("HeadingsParameter", {
  type: literal("headings"),
  description: text(1, 1000),
  value: arrayOf(OperationHeading, { max: 100 }),
  cse: optional(boolean),
  overlay: oneOf("HeadingsOverlay", headingsOverlays),
});

export const Parameter = taggedUnion("Parameter", "type", {
  integer: IntegerParameter,
  headings: HeadingsParameter,
});

/** What a proposal is placed on. */
export const SubjectSelector = taggedUnion("SubjectSelector", "type", {
  record: strictObject("RecordSelector", { type: literal("record") }),
  person: strictObject("PersonSelector", {
    type: literal("person"),
    where: PersonCondition,
    as: PersonRoleCode,
  }),
  location: strictObject("LocationSelector", {
    type: literal("location"),
    roles: optional(arrayOf(LocationRoleCode, { min: 1, max: 10 })),
  }),
  vehicle: strictObject("VehicleSelector", { type: literal("vehicle") }),
});

/** What a rule proposes; always `suspected`, as only a reviewer confirms a marker. */
export const Outcome = strictObject("Outcome", {
  kind: MarkerKindCode,
  qualifiers: optional(arrayOf(MarkerQualifierCode, { max: 10 })),
  subject: SubjectSelector,
  status: literal("suspected"),
  minimumRiskLevel: optional(RiskLevelCode),
});

const AppliesTo = union("AppliesTo", [literal("any"), arrayOf(RecordKind, { min: 1, max: 20 })]);

const ruleBaseShape = {
  id: Ref,
  version: SemVer,
  description: text(1, 2000),
  sources: arrayOf(SourceId, { min: 1, max: 20 }),
};

export const Rule = strictObject("Rule", {
  ...ruleBaseShape,
  appliesTo: AppliesTo,
  when: Condition,
  propose: arrayOf(Outcome, { min: 1, max: 20 }),
});

export const Hold = strictObject("Hold", {
  ...ruleBaseShape,
  appliesTo: AppliesTo,
  when: Condition,
  note: NoteCode,
});

export const QualifierRule = strictObject("QualifierRule", {
  ...ruleBaseShape,
  appliesTo: AppliesTo,
  kinds: arrayOf(MarkerKindCode, { min: 1, max: 10 }),
  qualifier: MarkerQualifierCode,
  when: Condition,
});

export const RiskFloor = strictObject("RiskFloor", {
  ...ruleBaseShape,
  subjectRoles: arrayOf(PersonRoleCode, { min: 1, max: 10 }),
  where: PersonCondition,
  atLeast: RiskLevelCode,
});

const SchemaRef = text(0, 500);

/** A flagging policy: versioned data, compiled with core's `compilePolicy`. */
export const Policy = strictObject("Policy", {
  $schema: optional(SchemaRef),
  id: Ref,
  version: SemVer,
  description: text(1, 2000),
  taxonomyVersion: SemVer,
  sources: arrayOf(TaxonomySource, { max: 100 }),
  parameters: safeRecord("Parameters", ParameterName, Parameter),
  rules: arrayOf(Rule, { min: 1, max: 500 }),
  holds: arrayOf(Hold, { max: 100 }),
  qualifierRules: arrayOf(QualifierRule, { max: 100 }),
  riskFloors: arrayOf(RiskFloor, { max: 100 }),
});

/** A force's additions to a policy: new rules and stricter parameters. */
export const PolicyOverlay = strictObject("PolicyOverlay", {
  $schema: optional(SchemaRef),
  id: Ref,
  version: SemVer,
  description: text(1, 2000),
  extends: Ref,
  sources: optional(arrayOf(TaxonomySource, { max: 100 })),
  parameters: optional(
    safeRecord(
      "ParameterValues",
      ParameterName,
      union("ParameterValue", [integer(0, 10_000), arrayOf(OperationHeading, { max: 100 })]),
    ),
  ),
  rules: optional(arrayOf(Rule, { max: 500 })),
  qualifierRules: optional(arrayOf(QualifierRule, { max: 100 })),
  riskFloors: optional(arrayOf(RiskFloor, { max: 100 })),
});

export type Policy = t.TypeOf<typeof Policy>;
export type PolicyOverlay = t.TypeOf<typeof PolicyOverlay>;
export type Rule = t.TypeOf<typeof Rule>;
export type Parameter = t.TypeOf<typeof Parameter>;
