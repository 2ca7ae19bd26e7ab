import type { MapOutcome } from "../map/map-record.js";
import { type Count, type Reconciliation, unaccountedFields } from "../run/reconciliation.js";
import type { FixtureRecords } from "./fixtures.js";

const counts = (names: readonly string[]): Count[] => {
  const tally = new Map<string, number>();
  for (const name of names) tally.set(name, (tally.get(name) ?? 0) + 1);
  return [...tally]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
};

/**
 * The reconciliation a run over a fixture should end with, worked out apart from
 * `runAdapter`: `read` from the records the reader gave plus those it could not read, and
 * every other count from each record mapped on its own with `map`.
 */
export function expectedReconciliation(
  fixture: FixtureRecords,
  map: (raw: unknown) => MapOutcome,
): Omit<Reconciliation, "rejectedBy" | "stopped"> {
  const outcomes = fixture.records.map((raw) => map(raw));
  const mapped = outcomes.flatMap((o) => (o.status === "mapped" ? [o] : []));
  const reports = mapped.map((o) => o.report);
  const ignoredCounts = counts(reports.flatMap((r) => r.ignored.map((i) => i.field)));
  const reasons = new Map<string, string>();
  for (const { field, reason } of reports.flatMap((r) => r.ignored))
    if (!reasons.has(field)) reasons.set(field, reason);
  return {
    read: fixture.records.length + fixture.unreadable,
    mapped: mapped.length,
    rejected: fixture.unreadable + outcomes.length - mapped.length,
    unmappedCodes: counts(mapped.flatMap((o) => o.record.unmappedCodes.map((u) => u.system))),
    unreportableCodes: counts(reports.flatMap((r) => r.unreportable)),
    explicitlyUnmapped: counts(
      reports.flatMap((r) => r.lookups.filter((l) => l.status === "no-map").map((l) => l.system)),
    ),
    notRelated: counts(reports.flatMap((r) => r.lookups.filter((l) => l.notRelated).map((l) => l.system))),
    ignoredFields: ignoredCounts.map(({ name, count }) => ({
      field: name,
      reason: reasons.get(name) ?? "",
      records: count,
    })),
    unaccountedFields: counts(reports.flatMap((r) => unaccountedFields(r))),
  };
}
