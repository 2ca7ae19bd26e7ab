import { compareInstants } from "../dates.js";
import { isReviewerOnly, needsReason, nextStatus } from "../lifecycle.js";
import { riskRank } from "../risk.js";
import type { MarkerStatusCode } from "../taxonomy/codes.generated.js";
import { type NamedCheck, reportDuplicates } from "./check.js";
import type { Marker } from "./marker.js";

type MarkerCheck = NamedCheck<Marker>;

const historyFollowsLifecycle: MarkerCheck = {
  id: "history-follows-lifecycle",
  description:
    "The history starts with a proposal, each transition is allowed from the status before it (per the taxonomy's marker-transition codes), and the marker's status is the one the history leads to.",
  run(marker, report) {
    let status: MarkerStatusCode | undefined;
    marker.history.forEach((entry, i) => {
      const next = nextStatus(status, entry.action);
      if (next === undefined) {
        report(["history", i, "action"], "This transition is not allowed from the status before it");
        return;
      }
      status = next;
    });
    if (status !== undefined && status !== marker.status) {
      report(["status"], "Status is not the one the history leads to");
    }
  },
};

const reviewerDecides: MarkerCheck = {
  id: "reviewer-decides",
  description:
    "Confirming, rejecting, reopening and withdrawing are made by a reviewer (never by software), and every transition the taxonomy marks as needing a reason has one.",
  run(marker, report) {
    marker.history.forEach((entry, i) => {
      if (isReviewerOnly(entry.action) && entry.actor.type !== "reviewer") {
        report(["history", i, "actor"], "Only a reviewer may make this transition");
      }
      if (needsReason(entry.action) && entry.reason === undefined) {
        report(["history", i, "reason"], "This transition needs a reason");
      }
    });
  },
};

const historyInTimeOrder: MarkerCheck = {
  id: "history-in-time-order",
  description: "History entries are in time order: the history is append-only.",
  run(marker, report) {
    marker.history.forEach((entry, i) => {
      const before = marker.history[i - 1];
      if (before && compareInstants(entry.at, before.at) < 0) {
        report(["history", i, "at"], "Transition is earlier than the one before it");
      }
    });
  },
};

const uniqueQualifiers: MarkerCheck = {
  id: "unique-qualifiers",
  description: "A qualifier is not listed twice.",
  run(marker, report) {
    reportDuplicates(
      marker.qualifiers,
      String,
      (i) => ["qualifiers", i],
      "Qualifier is listed twice",
      report,
    );
  },
};

const riskNotBelowMinimum: MarkerCheck = {
  id: "risk-not-below-minimum",
  description:
    "When a marker has a minimum risk level (set by the policy, e.g. never low for a child under 13), its risk level is set and is at least that level.",
  run(marker, report) {
    const minimum = marker.minimumRiskLevel;
    if (minimum === undefined) return;
    if (marker.riskLevel === undefined)
      report(["riskLevel"], "A marker with a minimum risk level needs a risk level");
    else if (riskRank(marker.riskLevel) < riskRank(minimum))
      report(["riskLevel"], "The risk level is below the marker's minimum risk level");
  },
};

export const markerChecks: readonly MarkerCheck[] = [
  historyFollowsLifecycle,
  reviewerDecides,
  historyInTimeOrder,
  uniqueQualifiers,
  riskNotBelowMinimum,
];
