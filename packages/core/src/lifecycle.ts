import type { MarkerStatusCode, MarkerTransitionCode } from "./taxonomy/codes.generated.js";
import { getConcept } from "./taxonomy/taxonomy.js";

/**
 * The status a marker moves to when `action` is applied in status `from`
 * (`undefined` for a marker that does not exist yet), or `undefined` when the
 * taxonomy does not allow that transition.
 */
export function nextStatus(
  from: MarkerStatusCode | undefined,
  action: MarkerTransitionCode,
): MarkerStatusCode | undefined {
  const rule = getConcept("marker-transition", action);
  if (!rule) return undefined;
  const allowed = from === undefined ? rule.from.length === 0 : rule.from.includes(from);
  return allowed ? (rule.to as MarkerStatusCode) : undefined;
}

/** Whether only a human reviewer, with their identity and a reason, may make this transition. */
export function isReviewerOnly(action: MarkerTransitionCode): boolean {
  return getConcept("marker-transition", action)?.reviewerOnly ?? true;
}

/** Whether the transition must carry a reason. */
export function needsReason(action: MarkerTransitionCode): boolean {
  return getConcept("marker-transition", action)?.reasonRequired ?? true;
}
