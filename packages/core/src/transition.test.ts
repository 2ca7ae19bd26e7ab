import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticCrimeRecord } from "../test/support.js";
import { compilePolicy } from "./policy/compile-policy.js";
import { nationalPolicy } from "./policy/national-policy.js";
import type { Marker, MarkerTransition } from "./schemas/marker.js";
import { markerStatusCodes, markerTransitionCodes } from "./taxonomy/codes.generated.js";
import { proposeMarker, transition } from "./transition.js";

// All data here is synthetic: made-up references, actors and reasons.

const engine = { type: "system", id: "cse-flags-engine", version: "1.0.0" } as const;
const reviewer = { type: "reviewer", id: "reviewer-0042" } as const;

const suspected: Marker = {
  id: "MK-0001",
  kind: "CSE",
  qualifiers: [],
  subject: { type: "record" },
  record: { force: "force-x", system: "crime-sys", recordId: "CR-2026-000123" },
  status: "suspected",
  taxonomyVersion: "1.0.0",
  history: [
    {
      action: "propose",
      at: "2026-06-01T09:00:00Z",
      actor: engine,
      ruleIds: ["national:cse-defining-offence"],
    },
  ],
};

const byReviewer = (action: MarkerTransition["action"], at = "2026-06-02T10:00:00Z"): MarkerTransition => ({
  action,
  at,
  actor: reviewer,
  reason: "Synthetic reason recorded at review",
});

function applied(marker: unknown, event: unknown): Marker {
  const result = transition(marker, event);
  if (!result.ok) expect.fail(`expected the transition to be allowed, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

describe("transition", () => {
  it("lets a reviewer with a reason confirm a suspected marker, appending to the history", () => {
    const before = structuredClone(suspected);
    const confirmed = applied(suspected, byReviewer("confirm"));
    expect(confirmed.status).toBe("confirmed");
    expect(confirmed.history).toEqual([...suspected.history, byReviewer("confirm")]);
    expect(suspected).toEqual(before);
  });

  it("follows reject, reopen, confirm, withdraw through the taxonomy's lifecycle", () => {
    let marker = applied(suspected, byReviewer("reject", "2026-06-02T10:00:00Z"));
    expect(marker.status).toBe("rejected");
    marker = applied(marker, byReviewer("reopen", "2026-06-03T10:00:00Z"));
    expect(marker.status).toBe("suspected");
    marker = applied(marker, byReviewer("confirm", "2026-06-04T10:00:00Z"));
    marker = applied(marker, byReviewer("withdraw", "2026-06-05T10:00:00Z"));
    expect(marker.status).toBe("withdrawn");
    expect(marker.history.map((entry) => entry.action)).toEqual([
      "propose",
      "reject",
      "reopen",
      "confirm",
      "withdraw",
    ]);
  });

  it("refuses a confirmation by software, naming the actor", () => {
    const result = transition(suspected, { ...byReviewer("confirm"), actor: engine });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: ["event", "actor"], code: "reviewer_required", message: expect.any(String) }],
    });
  });

  it("refuses a confirmation or rejection without a reason", () => {
    for (const action of ["confirm", "reject"] as const) {
      const { reason: _reason, ...withoutReason } = byReviewer(action);
      const result = transition(suspected, withoutReason);
      expect(result).toEqual({
        ok: false,
        issues: [{ path: ["event", "reason"], code: "reason_required", message: expect.any(String) }],
      });
    }
  });

  it("refuses a reason made only of spaces", () => {
    const result = transition(suspected, { ...byReviewer("confirm"), reason: "   " });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path.join("/"))).toEqual(["event/reason"]);
  });

  it("refuses a transition the lifecycle does not allow, such as expiring a suspected marker", () => {
    const result = transition(suspected, byReviewer("expire"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.code)).toEqual(["transition_not_allowed"]);
    const again = transition(suspected, { ...suspected.history[0], at: "2026-06-02T10:00:00Z" });
    expect(again.ok).toBe(false);
  });

  it("refuses an event dated before the last one: history is append-only", () => {
    const result = transition(suspected, byReviewer("confirm", "2026-05-01T10:00:00Z"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.code)).toEqual(["out_of_order"]);
  });

  it("refuses a malformed marker or event with issues under marker/ and event/, never a throw", () => {
    const result = transition({ ...suspected, status: "nonsense" }, { action: "confirm" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.some((issue) => issue.path[0] === "marker")).toBe(true);
      expect(result.issues.some((issue) => issue.path[0] === "event")).toBe(true);
    }
  });

  it("never throws and only allows what the taxonomy allows, for any action by any actor", () => {
    const actions = fc.constantFrom(...markerTransitionCodes);
    fc.assert(
      fc.property(
        fc.constantFrom(...markerStatusCodes),
        actions,
        fc.constantFrom(engine, reviewer),
        fc.boolean(),
        fc.anything(),
        (status, action, actor, withReason, junk) => {
          expect(() => transition(junk, junk)).not.toThrow();
          const event = {
            action,
            at: "2026-07-01T10:00:00Z",
            actor,
            ...(withReason ? { reason: "Synthetic" } : {}),
          };
          const result = transition({ ...suspected, status }, event);
          if (result.ok) {
            // Every allowed change of an existing marker is a reviewer's, with a reason.
            expect(actor).toBe(reviewer);
            expect(withReason).toBe(true);
            expect(result.value.history.at(-1)).toEqual(event);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("proposeMarker", () => {
  it("carries the policy's minimum risk level onto the marker, and a lower risk level is refused", () => {
    const policy = compilePolicy(nationalPolicy);
    if (!policy.ok) expect.fail("the national policy must compile");
    // A victim aged 12: the under-13 floor makes the minimum medium.
    const record = syntheticCrimeRecord();
    const young = {
      ...record,
      persons: [
        {
          ...record.persons[0],
          ref: "P1",
          roles: ["victim" as const],
          dateOfBirth: "2014-01-01",
          attributes: [],
        },
      ],
    };
    const victim = policy.value.evaluate(young).proposals.find((p) => p.subject.type === "person");
    expect(victim?.minimumRiskLevel).toBe("medium");
    if (!victim) return;
    const marker = proposeMarker(victim, young, { id: "MK-0003", at: "2026-06-01T09:00:00Z", actor: engine });
    if (!marker.ok) expect.fail(JSON.stringify(marker.issues));
    expect(marker.value).toMatchObject({ riskLevel: "medium", minimumRiskLevel: "medium" });
    const lowered = transition({ ...marker.value, riskLevel: "low" }, byReviewer("confirm"));
    expect(lowered.ok).toBe(false);
    if (!lowered.ok)
      expect(lowered.issues).toContainEqual(expect.objectContaining({ path: ["marker", "riskLevel"] }));
    expect(transition({ ...marker.value, riskLevel: "high" }, byReviewer("confirm")).ok).toBe(true);
  });

  it("turns each proposal into a suspected marker whose history names the rules", () => {
    const policy = compilePolicy(nationalPolicy);
    if (!policy.ok) expect.fail("the national policy must compile");
    const record = syntheticCrimeRecord();
    const [proposal] = policy.value.evaluate(record).proposals;
    if (!proposal) expect.fail("expected a proposal for an HO 71 record");
    const result = proposeMarker(proposal, record, {
      id: "MK-0002",
      at: "2026-06-01T09:00:00Z",
      actor: engine,
    });
    if (!result.ok) expect.fail(JSON.stringify(result.issues));
    expect(result.value.status).toBe("suspected");
    expect(result.value.history).toEqual([
      {
        action: "propose",
        at: "2026-06-01T09:00:00Z",
        actor: engine,
        ruleIds: ["national:cse-defining-offence"],
      },
    ]);
    expect(result.value.record).toEqual({
      force: "force-x",
      system: "crime-sys",
      recordId: "CR-2026-000123",
    });
    expect(proposeMarker(proposal, record, { id: "has spaces", at: "yesterday", actor: engine }).ok).toBe(
      false,
    );
  });
});
