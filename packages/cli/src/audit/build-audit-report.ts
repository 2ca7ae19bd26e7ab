import { AuditOptionsError } from "./audit-errors.js";
import {
  type AuditedRecord,
  type AuditReport,
  type AuditSummary,
  type Finding,
  findingCodes,
  type LinkConfig,
  type RejectedRecord,
} from "./audit-model.js";
import { buildProfile } from "./build-profile.js";
import { findCrossSystem } from "./find-cross-system.js";
import { findRecordDataQuality, findRejectedRecords, findUnlinkedRecords } from "./find-data-quality.js";
import { findMarkerFindings } from "./find-marker-findings.js";
import { linkRecords, type RecordLinks } from "./link-records.js";
import { suppressSmallCounts } from "./suppress-small-counts.js";

/** What the run knows beyond the records: for the report's header. */
export interface AuditContext {
  readonly read: number;
  readonly files: AuditSummary["files"];
  readonly taxonomyVersion: string;
  readonly policy: AuditSummary["policy"];
  readonly links: LinkConfig;
}

export interface AuditOptions {
  /** Counts of 1 to 5 read `c` and findings are left out: for reports that leave the force. */
  readonly suppressSmallCounts: boolean;
  /** Findings name records by their reference and people by their link values: handle like the records. */
  readonly withReferences: boolean;
}

const codeOrder = new Map<string, number>(findingCodes.map((code, i) => [code, i]));

/** Orders records, and so findings, by file (in the order the run read them) and position. */
function placeOrder(files: AuditContext["files"]): (a: PlaceKey, b: PlaceKey) => number {
  const fileOrder = new Map(files.map((f, i) => [f.file, i]));
  const rank = (file: string): number => fileOrder.get(file) ?? files.length;
  return (a, b) =>
    rank(a.file) - rank(b.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.index - b.index;
}

interface PlaceKey {
  readonly file: string;
  readonly index: number;
}

const placeId = (place: PlaceKey): string => `${place.index}\u0000${place.file}`;

function allFindings(
  records: readonly AuditedRecord[],
  rejected: readonly RejectedRecord[],
  links: RecordLinks,
  context: AuditContext,
): Finding[] {
  const systemOfFile = new Map(
    context.files.flatMap((f) => (f.system === undefined ? [] : [[f.file, f.system] as const])),
  );
  const findings = [
    ...records.flatMap((record, i) => [
      ...findMarkerFindings(record, links.personOf[i]),
      ...findRecordDataQuality(record),
    ]),
    ...findCrossSystem(records, links),
    ...findUnlinkedRecords(records, links),
    ...findRejectedRecords(rejected, systemOfFile),
  ];
  const byPlace = placeOrder(context.files);
  // Array.prototype.sort is stable: findings that tie keep the order they were found in.
  return findings.sort((a, b) => {
    const [first, second] = [a.records[0], b.records[0]];
    const place = first === undefined || second === undefined ? 0 : byPlace(first, second);
    return place || (codeOrder.get(a.code) ?? 0) - (codeOrder.get(b.code) ?? 0);
  });
}

/** Adds the records' own references and the people's link values, for `--with-references` only. */
function withReferences(
  findings: readonly Finding[],
  records: readonly AuditedRecord[],
  links: RecordLinks,
): Finding[] {
  const recordIdAt = new Map(records.map((r) => [placeId(r.place), r.facts.recordId]));
  const keysOf = (person: number): Record<string, string[]> => {
    const keys = new Map<string, string[]>();
    for (const { record, person: index } of links.people[person - 1] ?? []) {
      const personKeys = records[record]?.facts.persons[index]?.keys ?? {};
      for (const [name, values] of Object.entries(personKeys)) {
        const list = keys.get(name) ?? [];
        for (const value of values) if (!list.includes(value)) list.push(value);
        keys.set(name, list);
      }
    }
    return Object.fromEntries([...keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  };
  return findings.map((finding) => ({
    ...finding,
    ...(finding.person === undefined ? {} : { personKeys: keysOf(finding.person) }),
    records: finding.records.map((record) => {
      const recordId = recordIdAt.get(placeId(record));
      return recordId === undefined ? record : { ...record, recordId };
    }),
  }));
}

/**
 * The audit of a set of records: marker, confusion, cross-system and data-quality findings,
 * and the CSE problem profile. Pure and deterministic: the records are put in file order
 * first, so the order they arrived in (from worker threads, in batches) makes no difference.
 * Without `withReferences` the report holds no record reference or link value.
 */
export function buildAuditReport(
  input: readonly AuditedRecord[],
  rejected: readonly RejectedRecord[],
  context: AuditContext,
  options: AuditOptions,
): AuditReport {
  if (options.suppressSmallCounts && options.withReferences)
    throw new AuditOptionsError(
      "--suppress-small-counts and --with-references cannot be used together: a report with references must not leave the force, and one that leaves it must carry none",
    );
  const byPlace = placeOrder(context.files);
  const records = [...input].sort((a, b) => byPlace(a.place, b.place));
  const codesOf = (r: RejectedRecord): string => r.codes.join(" ");
  const sortedRejected = [...rejected].sort(
    (a, b) => byPlace(a, b) || (codesOf(a) < codesOf(b) ? -1 : codesOf(a) > codesOf(b) ? 1 : 0),
  );
  const links = linkRecords(records.map((r) => r.facts));
  const found = allFindings(records, sortedRejected, links, context);

  const recordsOfSystem = new Map<string, number>();
  for (const { place } of records)
    recordsOfSystem.set(place.system, (recordsOfSystem.get(place.system) ?? 0) + 1);
  const report: AuditReport = {
    format: "cse-flags-audit/1",
    summary: {
      read: context.read,
      audited: records.length,
      rejected: rejected.length,
      files: context.files,
      systems: [...recordsOfSystem.keys()].sort().map((system) => ({
        system,
        records: recordsOfSystem.get(system) ?? 0,
      })),
      linkedPeople: links.people.length,
      taxonomyVersion: context.taxonomyVersion,
      policy: context.policy,
      linkKeys: context.links.linkKeys.map((key) => key.name),
    },
    suppressed: false,
    withReferences: options.withReferences,
    findingCounts: findingCodes.map((code) => ({
      code,
      count: found.filter((finding) => finding.code === code).length,
    })),
    findings: options.withReferences ? withReferences(found, records, links) : found,
    profile: buildProfile(records, links),
  };
  return options.suppressSmallCounts ? suppressSmallCounts(report) : report;
}
