// What the policy decided for one record (core: policy/decision.ts).
import { DataQualityCode as coreDataQualityCode } from "@cse-flags/core";
import type * as t from "io-ts";
import { arrayOf } from "../combinators/array.js";
import { literal, oneOf } from "../combinators/scalars.js";
import { optional, strictObject } from "../combinators/strict-object.js";
import { MarkerKindCode, MarkerQualifierCode, RecordKind, RiskLevelCode } from "./codes.js";
import { NoteCode, Pointer, Ref, SemVer } from "./primitives.js";
import { Subject } from "./subject.js";

export const FiredRule = strictObject("FiredRule", { layer: Ref, id: Ref, version: SemVer });

/** A proposed marker: software only proposes, so the status is always `suspected`. */
export const Proposal = strictObject("Proposal", {
  kind: MarkerKindCode,
  qualifiers: arrayOf(MarkerQualifierCode, { max: 10 }),
  subject: Subject,
  status: literal("suspected"),
  minimumRiskLevel: optional(RiskLevelCode),
  rules: arrayOf(FiredRule, { min: 1, max: 1000 }),
  evidence: arrayOf(Pointer, { max: 10_000 }),
});

// The codes come from core's own enum, so a note code added there reaches io-ts at once.
export const DataQualityCode = oneOf("DataQualityCode", coreDataQualityCode.options);

export const DataQualityNote = strictObject("DataQualityNote", {
  code: DataQualityCode,
  path: Pointer,
  rules: arrayOf(FiredRule, { max: 1000 }),
});

export const ReviewNote = strictObject("ReviewNote", {
  code: NoteCode,
  hold: FiredRule,
  evidence: arrayOf(Pointer, { max: 10_000 }),
  withheld: arrayOf(
    strictObject("WithheldProposal", {
      kind: MarkerKindCode,
      subject: Subject,
      rules: arrayOf(FiredRule, { min: 1, max: 1000 }),
    }),
    { max: 10_000 },
  ),
});

/** The markers a policy proposes for one record, with the rules and evidence behind each. */
export const Decision = strictObject("Decision", {
  record: strictObject("DecisionRecord", { kind: RecordKind, force: Ref, system: Ref, recordId: Ref }),
  taxonomyVersion: SemVer,
  policy: strictObject("DecisionPolicy", {
    id: Ref,
    version: SemVer,
    layers: arrayOf(strictObject("PolicyLayer", { id: Ref, version: SemVer }), { min: 1, max: 100 }),
  }),
  proposals: arrayOf(Proposal, { max: 10_000 }),
  reviewNotes: arrayOf(ReviewNote, { max: 100 }),
  dataQuality: arrayOf(DataQualityNote, { max: 10_000 }),
});
export type Decision = t.TypeOf<typeof Decision>;
export type Proposal = t.TypeOf<typeof Proposal>;
