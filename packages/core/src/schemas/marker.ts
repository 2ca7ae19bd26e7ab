import { z } from "zod";
import { SemVer } from "../taxonomy/concept-schema.js";
import {
  MarkerKindCode,
  MarkerQualifierCode,
  MarkerStatusCode,
  MarkerTransitionCode,
  RiskLevelCode,
} from "./codes.js";
import { markerChecks } from "./marker-checks.js";
import { IsoDateTime, Ref } from "./primitives.js";
import { runChecks } from "./run-checks.js";
import { Subject } from "./subject.js";

/** Who made a transition: software (an engine or adapter, by id) or a named reviewer. */
export const Actor = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("system"), id: Ref, version: SemVer.optional() }),
  z.strictObject({ type: z.literal("reviewer"), id: Ref }),
]);

const MarkerTransitionShape = z.strictObject({
  action: MarkerTransitionCode,
  at: IsoDateTime,
  actor: Actor,
  /** Why: required for every transition a reviewer must make. May hold free text: never log it. */
  reason: z.string().max(2000).regex(/\S/, "Expected a reason, not empty or only spaces").optional(),
  /** The policy rules behind a system proposal. */
  ruleIds: z.array(Ref).max(100).optional(),
});

/** One entry of a marker's append-only history. */
export const MarkerTransition = MarkerTransitionShape.meta({
  id: "MarkerTransition",
  title: "Marker transition",
  description: "One entry in a marker's append-only history: an action, when, by whom and why.",
});

const MarkerShape = z.strictObject({
  id: Ref,
  kind: MarkerKindCode,
  qualifiers: z.array(MarkerQualifierCode).max(10),
  subject: Subject,
  /** The record the marker was raised on. */
  record: z.strictObject({ force: Ref, system: Ref, recordId: Ref }),
  /** The current status: always the status the history leads to. */
  status: MarkerStatusCode,
  riskLevel: RiskLevelCode.optional(),
  /**
   * The lowest risk level the policy allows for this subject (a child under 13, or with
   * a learning disability, is never at low risk). When set, `riskLevel` is set and no lower.
   */
  minimumRiskLevel: RiskLevelCode.optional(),
  taxonomyVersion: SemVer,
  history: z.array(MarkerTransition).min(1).max(1000),
});

/** A CSE, CSA, CCE or CE marker on a record, person, location or vehicle, with its full history. */
export const Marker = MarkerShape.superRefine((marker, ctx) => runChecks(markerChecks, marker, ctx), {
  // As for records: the lifecycle checks run only on a marker of the right shape.
  when: (payload) => payload.issues.length === 0,
}).meta({
  id: "Marker",
  title: "Marker",
  description: "A flag on a record, person, location or vehicle, with its append-only history.",
});

export type Marker = z.infer<typeof MarkerShape>;
export type MarkerTransition = z.infer<typeof MarkerTransitionShape>;
export type Actor = z.infer<typeof Actor>;
