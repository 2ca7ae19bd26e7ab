import { describe, expect, it } from "vitest";
import { expectAccepted, expectOnlyCheckIssue } from "../../test/support.js";
import { parseMarker, parseMarkerTransition } from "../parse/parse.js";
import type { Marker, MarkerTransition } from "./marker.js";

// All data here is synthetic: made-up references, actors and reasons.

const engine = { type: "system", id: "cse-flags-engine", version: "1.0.0" } as const;
const reviewer = { type: "reviewer", id: "reviewer-0042" } as const;

const propose: MarkerTransition = {
  action: "propose",
  at: "2026-06-01T09:00:00Z",
  actor: engine,
  ruleIds: ["cse.indicators.threshold"],
};

const confirm: MarkerTransition = {
  action: "confirm",
  at: "2026-06-02T10:15:00Z",
  actor: reviewer,
  reason: "Synthetic reason: indicators corroborated at review",
};

function markerWith(status: Marker["status"], history: MarkerTransition[]): Marker {
  return {
    id: "MK-0001",
    kind: "CSE",
    qualifiers: ["online"],
    subject: { type: "person", ref: "P1", role: "victim" },
    record: { force: "force-x", system: "crime-sys", recordId: "CR-2026-000123" },
    status,
    riskLevel: "high",
    taxonomyVersion: "1.0.0",
    history,
  };
}

const confirmedMarker = (): Marker => markerWith("confirmed", [propose, confirm]);

describe("Marker history", () => {
  it("refuses a risk level below the marker's minimum, or none when it has a minimum", () => {
    const floored = { ...markerWith("suspected", [propose]), minimumRiskLevel: "medium" as const };
    expectAccepted(parseMarker({ ...floored, riskLevel: "medium" }));
    expectOnlyCheckIssue(parseMarker({ ...floored, riskLevel: "low" }), ["riskLevel"]);
    const { riskLevel: _riskLevel, ...withoutRisk } = floored;
    expectOnlyCheckIssue(parseMarker(withoutRisk), ["riskLevel"]);
  });

  it("accepts propose (system) then confirm (reviewer with a reason), with status confirmed", () => {
    const result = parseMarker(confirmedMarker());
    expectAccepted(result);
    if (result.ok) {
      expect(result.value.status).toBe("confirmed");
      expect(result.value).toStrictEqual(confirmedMarker());
    }
  });

  it("accepts a marker that is only proposed, with status suspected", () => {
    expectAccepted(parseMarker(markerWith("suspected", [propose])));
  });

  it("accepts a proposal made by a reviewer", () => {
    expectAccepted(parseMarker(markerWith("suspected", [{ ...propose, actor: reviewer }])));
  });

  it("refuses a confirmation by a system actor, at history[1].actor", () => {
    const marker = markerWith("confirmed", [propose, { ...confirm, actor: engine }]);
    expectOnlyCheckIssue(parseMarker(marker), ["history", 1, "actor"]);
  });

  it("refuses a confirmation without a reason, at history[1].reason", () => {
    const { reason: _omitted, ...noReason } = confirm;
    expectOnlyCheckIssue(parseMarker(markerWith("confirmed", [propose, noReason])), ["history", 1, "reason"]);
  });

  it("refuses a confirmation by software without a reason with both issues", () => {
    const { reason: _omitted, ...noReason } = confirm;
    const result = parseMarker(markerWith("confirmed", [propose, { ...noReason, actor: engine }]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((issue) => issue.path)).toEqual([
        ["history", 1, "actor"],
        ["history", 1, "reason"],
      ]);
    }
  });

  it("refuses an empty reason as a shape error", () => {
    const result = parseMarker(markerWith("confirmed", [propose, { ...confirm, reason: "" }]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual([
        { path: ["history", 1, "reason"], code: "invalid_format", message: expect.any(String) },
      ]);
    }
  });

  it("refuses expiry of a suspected marker (not an allowed transition), at the action", () => {
    const expire: MarkerTransition = {
      action: "expire",
      at: "2027-06-01T00:00:00Z",
      actor: engine,
      reason: "Retention period ended",
    };
    expectOnlyCheckIssue(parseMarker(markerWith("suspected", [propose, expire])), ["history", 1, "action"]);
    // Claiming the status the refused transition would have led to is also wrong.
    const claimed = parseMarker(markerWith("expired", [propose, expire]));
    expect(claimed.ok).toBe(false);
    if (!claimed.ok) {
      expect(claimed.issues.map((issue) => issue.path)).toEqual([["history", 1, "action"], ["status"]]);
    }
  });

  it("accepts expiry of a confirmed marker by software, with a reason", () => {
    const expire: MarkerTransition = {
      action: "expire",
      at: "2027-06-01T00:00:00Z",
      actor: engine,
      reason: "Retention period ended",
    };
    expectAccepted(parseMarker(markerWith("expired", [propose, confirm, expire])));
  });

  it("refuses a status that the history does not lead to, at status", () => {
    expectOnlyCheckIssue(parseMarker(markerWith("suspected", [propose, confirm])), ["status"]);
    expectOnlyCheckIssue(parseMarker(markerWith("confirmed", [propose])), ["status"]);
  });

  it("refuses a history out of time order, at the later entry's time", () => {
    const early = { ...confirm, at: "2026-06-01T08:59:59Z" };
    expectOnlyCheckIssue(parseMarker(markerWith("confirmed", [propose, early])), ["history", 1, "at"]);
  });

  it("compares transition times as instants, offsets included", () => {
    // 10:30 at +02:00 is 08:30Z, before the 09:00Z proposal.
    const early = { ...confirm, at: "2026-06-01T10:30:00+02:00" };
    expectOnlyCheckIssue(parseMarker(markerWith("confirmed", [propose, early])), ["history", 1, "at"]);
  });

  it("accepts two transitions at the same instant", () => {
    expectAccepted(parseMarker(markerWith("confirmed", [propose, { ...confirm, at: propose.at }])));
  });

  it("refuses a history that does not start with propose, at history[0].action", () => {
    expectOnlyCheckIssue(parseMarker(markerWith("confirmed", [confirm])), ["history", 0, "action"]);
  });

  it("refuses a second proposal in the middle of a history", () => {
    const again = { ...propose, at: "2026-06-03T00:00:00Z" };
    expectOnlyCheckIssue(parseMarker(markerWith("confirmed", [propose, confirm, again])), [
      "history",
      2,
      "action",
    ]);
  });

  it("accepts withdrawal of a confirmed marker by a reviewer", () => {
    const withdraw: MarkerTransition = {
      action: "withdraw",
      at: "2026-07-01T12:00:00Z",
      actor: reviewer,
      reason: "Synthetic reason: raised in error",
    };
    const result = parseMarker(markerWith("withdrawn", [propose, confirm, withdraw]));
    expectAccepted(result);
    if (result.ok) expect(result.value.status).toBe("withdrawn");
  });

  it("refuses withdrawal by a system actor", () => {
    const withdraw: MarkerTransition = {
      action: "withdraw",
      at: "2026-07-01T12:00:00Z",
      actor: engine,
      reason: "Synthetic reason",
    };
    expectOnlyCheckIssue(parseMarker(markerWith("withdrawn", [propose, confirm, withdraw])), [
      "history",
      2,
      "actor",
    ]);
  });

  it("accepts reject then reopen by a reviewer, back to suspected", () => {
    const reject: MarkerTransition = {
      action: "reject",
      at: "2026-06-02T10:00:00Z",
      actor: reviewer,
      reason: "Not substantiated",
    };
    const reopen: MarkerTransition = {
      action: "reopen",
      at: "2026-06-09T10:00:00Z",
      actor: reviewer,
      reason: "New information",
    };
    expectAccepted(parseMarker(markerWith("suspected", [propose, reject, reopen])));
  });

  it("refuses confirming a rejected marker without reopening it", () => {
    const reject: MarkerTransition = {
      action: "reject",
      at: "2026-06-02T10:00:00Z",
      actor: reviewer,
      reason: "Not substantiated",
    };
    const later = { ...confirm, at: "2026-06-03T10:00:00Z" };
    expectOnlyCheckIssue(parseMarker(markerWith("rejected", [propose, reject, later])), [
      "history",
      2,
      "action",
    ]);
  });

  it("refuses a qualifier listed twice", () => {
    const marker = {
      ...confirmedMarker(),
      qualifiers: ["online", "group-based", "online"] as Marker["qualifiers"],
    };
    expectOnlyCheckIssue(parseMarker(marker), ["qualifiers", 2]);
  });

  it("refuses an empty history", () => {
    const result = parseMarker(markerWith("suspected", []));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([[["history"], "too_small"]]);
  });
});

describe("parseMarkerTransition", () => {
  it("accepts one transition on its own, whatever the lifecycle around it", () => {
    expect(parseMarkerTransition(confirm)).toEqual({ ok: true, value: confirm });
  });

  it("refuses an unknown action and a date-only time", () => {
    const result = parseMarkerTransition({ ...confirm, action: "approve", at: "2026-06-02" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([
        [["action"], "invalid_value"],
        [["at"], "invalid_format"],
      ]);
    }
  });

  it("refuses an unknown actor type", () => {
    const result = parseMarkerTransition({ ...confirm, actor: { type: "robot", id: "R1" } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toEqual([["actor", "type"]]);
  });
});
