import { compareInstants } from "./dates.js";
import type { Issue, PathSegment, Result } from "./issue.js";
import { isReviewerOnly, needsReason, nextStatus } from "./lifecycle.js";
import { parseMarker, parseMarkerTransition } from "./parse/parse.js";
import type { Proposal } from "./policy/decision.js";
import type { CanonicalRecord } from "./schemas/canonical-record.js";
import type { Actor, Marker, MarkerTransition } from "./schemas/marker.js";
import { taxonomyVersion } from "./taxonomy/taxonomy.js";

const within = (prefix: PathSegment, issues: readonly Issue[]): Issue[] =>
  issues.map((issue) => ({ ...issue, path: [prefix, ...issue.path] }));

/**
 * Applies one lifecycle event to a marker and returns the marker with the event
 * appended to its history. Never throws and never changes its inputs.
 *
 * Refused, with a typed issue: an event the taxonomy does not allow from the
 * marker's status (`transition_not_allowed`), a confirm, reject, reopen or withdraw
 * not made by a reviewer (`reviewer_required`) or without a reason
 * (`reason_required`), and an event dated before the last one (`out_of_order`).
 * Issue paths start with `marker` or `event`.
 */
export function transition(marker: unknown, event: unknown): Result<Marker> {
  const parsedMarker = parseMarker(marker);
  const parsedEvent = parseMarkerTransition(event);
  if (!parsedMarker.ok || !parsedEvent.ok) {
    return {
      ok: false,
      issues: [
        ...(parsedMarker.ok ? [] : within("marker", parsedMarker.issues)),
        ...(parsedEvent.ok ? [] : within("event", parsedEvent.issues)),
      ],
    };
  }
  const current = parsedMarker.value;
  const step = parsedEvent.value;
  const issues: Issue[] = [];
  const next = nextStatus(current.status, step.action);
  if (next === undefined) {
    issues.push({
      path: ["event", "action"],
      code: "transition_not_allowed",
      message: `The lifecycle does not allow ${step.action} from ${current.status}`,
    });
  }
  const reviewerOnly = isReviewerOnly(step.action);
  if (reviewerOnly && step.actor.type !== "reviewer") {
    issues.push({
      path: ["event", "actor"],
      code: "reviewer_required",
      message: `Only a reviewer, named by their id, may ${step.action} a marker`,
    });
  }
  if ((reviewerOnly || needsReason(step.action)) && step.reason === undefined) {
    issues.push({
      path: ["event", "reason"],
      code: "reason_required",
      message: `${step.action} needs a reason`,
    });
  }
  const last = current.history[current.history.length - 1];
  if (last && compareInstants(step.at, last.at) < 0) {
    issues.push({
      path: ["event", "at"],
      code: "out_of_order",
      message: "The event is dated before the last entry in the marker's history",
    });
  }
  if (issues.length > 0 || next === undefined) return { ok: false, issues };
  return { ok: true, value: { ...current, status: next, history: [...current.history, step] } };
}

export interface ProposeMarkerOptions {
  /** The new marker's id, chosen by the system that stores markers. */
  readonly id: string;
  /** When the proposal is recorded: a date-time with an offset. */
  readonly at: string;
  /** The engine or service recording the proposal (a system actor) or a person. */
  readonly actor: Actor;
}

/**
 * Turns a policy proposal into a suspected marker whose history starts with a
 * `propose` transition carrying the rule ids (`layer:rule-id`). A proposal's minimum
 * risk level becomes the marker's risk level and its floor (`minimumRiskLevel`). Validated like any
 * marker: bad options give issues, never a throw.
 */
export function proposeMarker(
  proposal: Proposal,
  record: Pick<CanonicalRecord, "source">,
  options: ProposeMarkerOptions,
): Result<Marker> {
  const propose: MarkerTransition = {
    action: "propose",
    at: options.at,
    actor: options.actor,
    ruleIds: proposal.rules.map((rule) => `${rule.layer}:${rule.id}`),
  };
  return parseMarker({
    id: options.id,
    kind: proposal.kind,
    qualifiers: [...proposal.qualifiers],
    subject: proposal.subject,
    record: { force: record.source.force, system: record.source.system, recordId: record.source.recordId },
    status: "suspected",
    // The policy's floor travels with the marker, so a reviewer cannot record a lower risk.
    ...(proposal.minimumRiskLevel === undefined
      ? {}
      : { riskLevel: proposal.minimumRiskLevel, minimumRiskLevel: proposal.minimumRiskLevel }),
    taxonomyVersion,
    history: [propose],
  });
}
