// Markers and their history (core: schemas/marker.ts), with core's marker checks.
import { markerChecks } from "@cse-flags/core";
import type * as t from "io-ts";
import { arrayOf } from "../combinators/array.js";
import { withChecks } from "../combinators/checks.js";
import { checkedString, literal, matches, maxLength } from "../combinators/scalars.js";
import { optional, strictObject } from "../combinators/strict-object.js";
import { taggedUnion } from "../combinators/union.js";
import {
  MarkerKindCode,
  MarkerQualifierCode,
  MarkerStatusCode,
  MarkerTransitionCode,
  RiskLevelCode,
} from "./codes.js";
import { IsoDateTime, Ref, SemVer } from "./primitives.js";
import { Subject } from "./subject.js";

/** Who made a transition: software (an engine or adapter, by id) or a named reviewer. */
export const Actor = taggedUnion("Actor", "type", {
  system: strictObject("SystemActor", { type: literal("system"), id: Ref, version: optional(SemVer) }),
  reviewer: strictObject("ReviewerActor", { type: literal("reviewer"), id: Ref }),
});

/** One entry of a marker's append-only history. The reason may hold free text: never log it. */
export const MarkerTransition = strictObject("MarkerTransition", {
  action: MarkerTransitionCode,
  at: IsoDateTime,
  actor: Actor,
  reason: optional(
    checkedString("Reason", [maxLength(2000), matches(/\S/, "Expected a reason, not empty or only spaces")]),
  ),
  ruleIds: optional(arrayOf(Ref, { max: 100 })),
});

const MarkerShape = strictObject("MarkerShape", {
  id: Ref,
  kind: MarkerKindCode,
  qualifiers: arrayOf(MarkerQualifierCode, { max: 10 }),
  subject: Subject,
  record: strictObject("MarkerRecord", { force: Ref, system: Ref, recordId: Ref }),
  status: MarkerStatusCode,
  riskLevel: optional(RiskLevelCode),
  minimumRiskLevel: optional(RiskLevelCode),
  taxonomyVersion: SemVer,
  history: arrayOf(MarkerTransition, { min: 1, max: 1000 }),
});

/** A CSE, CSA, CCE or CE marker with its full history, checked by core's marker checks. */
export const Marker = withChecks(MarkerShape, markerChecks, "Marker");
export type Marker = t.TypeOf<typeof Marker>;
export type MarkerTransition = t.TypeOf<typeof MarkerTransition>;
export type Actor = t.TypeOf<typeof Actor>;
