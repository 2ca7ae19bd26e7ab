import { AdapterKitError, type KitIssue, kitIssue } from "../issue.js";
import type { MapReport } from "../map/map-report.js";

export interface Count {
  readonly name: string;
  readonly count: number;
}

/**
 * The account `runAdapter` gives at the end of a run. Counts, code-system names, field
 * names and reason codes only: never a value or a source code. `read = mapped + rejected`.
 */
export interface Reconciliation {
  readonly read: number;
  readonly mapped: number;
  readonly rejected: number;
  /** Rejected records by reason: an issue code, or `adapter_rejected:<reason>`. A record counts once per reason. */
  readonly rejectedBy: readonly Count[];
  /**
   * Source codes with no mapping on mapped records, by code system. A rejected record's
   * codes are not counted: the record is accounted for, as a whole, by its rejection.
   */
  readonly unmappedCodes: readonly Count[];
  /**
   * Reported codes (on mapped records) that core's `UnmappedCode` could not hold as given,
   * such as `S&E`: on the record as `unreportable`, counted here by code system (or
   * `unreportable` when the system name itself did not fit).
   */
  readonly unreportableCodes: readonly Count[];
  /** Lookups that found an explicitly unmapped code, by code system. */
  readonly explicitlyUnmapped: readonly Count[];
  /** Lookups that found a `not-related-to` mapping (so no target was used), by code system. */
  readonly notRelated: readonly Count[];
  /** Fields the adapter declared ignored, with its reason code, and on how many records. */
  readonly ignoredFields: readonly {
    readonly field: string;
    readonly reason: string;
    readonly records: number;
  }[];
  /** Fields present on records the adapter mapped that it neither read, ignored nor reported. */
  readonly unaccountedFields: readonly Count[];
  /** Set when the input could not be read to its end: records after this point were not read. */
  readonly stopped?: KitIssue;
}

/** Distinct names kept per tally; beyond it, counts go to `…more`, so memory stays bounded. */
const maxNames = 1_000;
const overflowName = "…more";

class Tally {
  private readonly counts = new Map<string, number>();
  add(name: string, by = 1): void {
    const key = this.counts.has(name) || this.counts.size < maxNames ? name : overflowName;
    this.counts.set(key, (this.counts.get(key) ?? 0) + by);
  }
  list(): Count[] {
    return [...this.counts]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

/**
 * Builds a `Reconciliation` record by record, in bounded memory: what `runAdapter` uses,
 * public for tools that run `mapSourceRecord` themselves (in worker threads, say) and
 * still owe their users the same account.
 */
export class Reconciler {
  private read = 0;
  private mapped = 0;
  private rejected = 0;
  private readonly rejectedBy = new Tally();
  private readonly unmapped = new Tally();
  private readonly unreportable = new Tally();
  private readonly noMap = new Tally();
  private readonly notRelated = new Tally();
  private readonly ignored = new Tally();
  private readonly ignoredReasons = new Map<string, string>();
  private readonly unaccounted = new Tally();
  private stopped: KitIssue | undefined;

  /** A mapped record: its map report, and the code system of each code left unmapped on it. */
  addMapped(report: MapReport, unmappedSystems: readonly string[]): void {
    this.read += 1;
    this.mapped += 1;
    for (const system of unmappedSystems) this.unmapped.add(system);
    this.addReport(report);
  }

  /** A rejected record (or one that could not be read), counted once per distinct code and reason. */
  addRejected(issues: readonly { readonly code: string; readonly reason?: string | undefined }[]): void {
    this.read += 1;
    this.rejected += 1;
    const reasons = new Set(issues.map((i) => (i.reason === undefined ? i.code : `${i.code}:${i.reason}`)));
    for (const reason of reasons) this.rejectedBy.add(reason);
  }

  /** The input could not be read to its end. */
  stop(issue: KitIssue): void {
    this.stopped = issue;
  }

  private addReport(report: MapReport): void {
    for (const system of report.unreportable) this.unreportable.add(system);
    for (const note of report.lookups) {
      if (note.status === "no-map") this.noMap.add(note.system);
      if (note.notRelated) this.notRelated.add(note.system);
    }
    for (const { field, reason } of report.ignored) {
      this.ignored.add(field);
      if (!this.ignoredReasons.has(field) && this.ignoredReasons.size < maxNames)
        this.ignoredReasons.set(field, reason);
    }
    for (const field of unaccountedFields(report)) this.unaccounted.add(field);
  }

  result(): Reconciliation {
    const base: Reconciliation = {
      read: this.read,
      mapped: this.mapped,
      rejected: this.rejected,
      rejectedBy: this.rejectedBy.list(),
      unmappedCodes: this.unmapped.list(),
      unreportableCodes: this.unreportable.list(),
      explicitlyUnmapped: this.noMap.list(),
      notRelated: this.notRelated.list(),
      ignoredFields: this.ignored.list().map(({ name, count }) => ({
        field: name,
        reason: this.ignoredReasons.get(name) ?? "",
        records: count,
      })),
      unaccountedFields: this.unaccounted.list(),
    };
    return this.stopped === undefined ? base : { ...base, stopped: this.stopped };
  }
}

const isReport = (value: unknown): value is MapReport => {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  const lists = [r.fields, r.accessed, r.reported, r.ignored];
  return (
    lists.every(Array.isArray) && (r.ignored as unknown[]).every((i) => typeof i === "object" && i !== null)
  );
};

/**
 * Fields of a record that `map` neither read by name, declared ignored, nor reported.
 * Throws `AdapterKitError` for a value that is not a `MapReport`.
 */
export function unaccountedFields(report: MapReport): string[] {
  if (!isReport(report)) {
    throw new AdapterKitError("Invalid map report", [kitIssue([], "invalid_type", "Expected a MapReport")]);
  }
  const ignored = new Set(report.ignored.map((i) => i.field));
  // A record copied as a whole (a spread, `JSON.stringify`) had every field "read": that proves nothing.
  const accessed = new Set(report.bulkRead ? [] : report.accessed);
  const reported = new Set(report.reported);
  return report.fields.filter((field) => !accessed.has(field) && !ignored.has(field) && !reported.has(field));
}
