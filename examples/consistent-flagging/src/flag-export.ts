import {
  type Adapter,
  type KitIssue,
  type Reconciliation,
  runAdapter,
  type SourcePosition,
} from "@cse-flags/adapter-kit";
import type { CanonicalRecord, CompiledPolicy, Decision } from "@cse-flags/core";
import type { SourceExport } from "./system.js";

/** One record of an export, mapped and evaluated. */
export interface FlaggedRecord {
  readonly position: SourcePosition;
  readonly record: CanonicalRecord;
  readonly decision: Decision;
}

/** An export mapped through its adapter and evaluated: nothing is left out, so counts reconcile. */
export interface FlaggedExport {
  readonly flagged: readonly FlaggedRecord[];
  readonly rejected: readonly { readonly position: SourcePosition; readonly issues: readonly KitIssue[] }[];
  readonly reconciliation: Reconciliation;
}

/** Maps an export with its adapter and evaluates every mapped record with the policy. */
export async function flagExport(
  adapter: Adapter,
  exported: SourceExport,
  policy: CompiledPolicy,
): Promise<FlaggedExport> {
  const flagged: FlaggedRecord[] = [];
  const rejected: { position: SourcePosition; issues: readonly KitIssue[] }[] = [];
  let reconciliation: Reconciliation | undefined;
  for await (const event of runAdapter(adapter, exported.text, { format: exported.format })) {
    if (event.type === "mapped")
      flagged.push({
        position: event.position,
        record: event.record,
        decision: policy.evaluate(event.record),
      });
    else if (event.type === "rejected") rejected.push({ position: event.position, issues: event.issues });
    else reconciliation = event.reconciliation;
  }
  if (reconciliation === undefined) throw new Error("The adapter run ended without a reconciliation");
  return { flagged, rejected, reconciliation };
}

/**
 * The markers a decision proposes for one person, as comparable labels such as `CSE`,
 * `CSE+online` or `CE (at least medium)`: kind, qualifiers and minimum risk level. The role the
 * person is named in is left out on purpose: a child is a victim on a crime, a detainee in
 * custody and a missing person in a missing episode, and the marker must not depend on which.
 */
export function markersOnPerson(decision: Decision, personRef: string): string[] {
  const labels = decision.proposals
    .filter((p) => p.subject.type === "person" && p.subject.ref === personRef)
    .map((p) => {
      const qualifiers = [...p.qualifiers].sort().map((q) => `+${q}`);
      const risk = p.minimumRiskLevel === undefined ? "" : ` (at least ${p.minimumRiskLevel})`;
      return `${p.kind}${qualifiers.join("")}${risk}`;
    });
  return [...new Set(labels)].sort();
}
