// Synthetic audit facts for tests: made-up systems, references and months. Not exported by the package.
import {
  type IndicatorCode,
  type MarkerKindCode,
  type MarkerQualifierCode,
  type MarkerStatusCode,
  markerKindCodes,
  type PersonRoleCode,
} from "@cse-flags/core";
import fc from "fast-check";
import type {
  AgeBand,
  AuditedRecord,
  AuditFacts,
  AuditMarker,
  AuditPerson,
  AuditSubject,
} from "./audit-model.js";

export const onRecord: AuditSubject = { type: "record" };
export const onPerson = (person: number): AuditSubject => ({ type: "person", person });

/** A person with a role, an age band and, by default, a person reference `CHILD-<letter>`. */
export function person(
  ref: string | undefined,
  ageBand: AgeBand = "13-15",
  overrides: Partial<AuditPerson> = {},
): AuditPerson {
  return {
    roles: ["victim"],
    ageBand,
    keys: ref === undefined ? {} : { person: [ref] },
    ...overrides,
  };
}

export function carried(
  kind: MarkerKindCode,
  subject: AuditSubject = onRecord,
  options: { status?: MarkerStatusCode; qualifiers?: MarkerQualifierCode[] } = {},
): AuditMarker {
  return {
    kind,
    qualifiers: options.qualifiers ?? [],
    subject,
    ...(options.status === undefined ? {} : { status: options.status }),
    rules: [],
    evidence: [],
  };
}

export function proposed(
  kind: MarkerKindCode,
  subject: AuditSubject = onPerson(0),
  options: { rules?: string[]; evidence?: string[]; qualifiers?: MarkerQualifierCode[] } = {},
): AuditMarker {
  return {
    kind,
    qualifiers: options.qualifiers ?? [],
    subject,
    rules: options.rules ?? [`national/${kind.toLowerCase()}-rule`],
    evidence: options.evidence ?? ["/offences/0/homeOffice/code"],
  };
}

export const indicator = (code: IndicatorCode, person?: number): AuditFacts["indicators"][number] =>
  person === undefined ? { code } : { code, person };

export interface RecordOptions extends Partial<AuditFacts> {
  readonly file?: string;
  readonly index?: number;
  readonly line?: number;
}

let counter = 0;

/**
 * An audited record: a crime record in system `crime-sys` with one child victim `CHILD-A`
 * and no markers, unless the options say otherwise. The record id is `CR-0001`-like and
 * unique within a test run.
 */
export function auditedRecord(options: RecordOptions = {}): AuditedRecord {
  counter += 1;
  const { file = "crime.ndjson", index = 0, line, ...facts } = options;
  const full: AuditFacts = {
    kind: "crime",
    system: "crime-sys",
    recordId: `CR-${String(counter).padStart(4, "0")}`,
    month: "2024-03",
    persons: [person("CHILD-A")],
    offenceClasses: [],
    homeOfficeCodes: [],
    soaSections: [],
    indicators: [],
    carried: [],
    proposed: [],
    dataQuality: [],
    unmappedCodes: [],
    occurrenceKeys: {},
    ...facts,
  };
  return {
    place: {
      file,
      index,
      ...(line === undefined ? {} : { line }),
      system: full.system,
      kind: full.kind,
    },
    facts: full,
  };
}

// ---------------------------------------------------------------------------
// fast-check: whole audits of linked records. Every value from a "record" starts `REF-`,
// so a test can look for any of them in a report's text.
// ---------------------------------------------------------------------------

export const auditFiles = [
  { file: "crime.ndjson", system: "crime-sys", kind: "crime" },
  { file: "intel.ndjson", system: "intel-sys", kind: "intelligence" },
  { file: "missing.ndjson", system: "missing-sys", kind: "missing-person" },
] as const;

const kindArb = fc.constantFrom<MarkerKindCode>(...markerKindCodes);
const bandArb = fc.constantFrom<AgeBand>("under-13", "13-15", "16-17", "18-or-over", "unknown");
const subjectArb = (persons: number): fc.Arbitrary<AuditSubject> =>
  persons === 0 ? fc.constant(onRecord) : fc.oneof(fc.constant(onRecord), fc.nat(persons - 1).map(onPerson));
const indicatorArb = fc.constantFrom<IndicatorCode>(
  "exchange-money",
  "peers-sexually-exploited",
  "missing-from-home-or-care",
  "online-grooming",
  "drug-supply",
  "looked-after-child",
);

const factsArb = (file: (typeof auditFiles)[number], counter: number): fc.Arbitrary<AuditFacts> =>
  fc
    .array(
      fc.record({
        ref: fc.option(fc.constantFrom("REF-CHILD-A", "REF-CHILD-B", "REF-CHILD-C", "REF-ADULT-D"), {
          nil: undefined,
        }),
        band: bandArb,
        role: fc.constantFrom<PersonRoleCode>("victim", "suspect", "person-at-risk", "missing-person"),
      }),
      { maxLength: 3 },
    )
    .chain((people) => {
      const n = people.length;
      const markerArb = (proposal: boolean) =>
        fc
          .record({
            kind: kindArb,
            subject: subjectArb(n),
            status: fc.constantFrom<MarkerStatusCode | undefined>(undefined, "confirmed", "rejected"),
            group: fc.boolean(),
          })
          .map(({ kind, subject, status, group }) => {
            const options = { qualifiers: group ? (["group-based"] as MarkerQualifierCode[]) : [] };
            return proposal
              ? proposed(kind, subject, options)
              : carried(kind, subject, status === undefined ? options : { ...options, status });
          });
      return fc
        .record({
          carried: fc.array(markerArb(false), { maxLength: 3 }),
          proposed: fc.array(markerArb(true), { maxLength: 3 }),
          indicators: fc.array(
            fc
              .tuple(
                indicatorArb,
                n === 0 ? fc.constant(undefined) : fc.option(fc.nat(n - 1), { nil: undefined }),
              )
              .map(([code, p]) => indicator(code, p)),
            { maxLength: 3 },
          ),
          month: fc.constantFrom("2023-11", "2024-01", "2024-02"),
          occurrence: fc.subarray(["REF-OCC-1", "REF-OCC-2", "REF-OCC-3"], { maxLength: 2 }),
          codes: fc.subarray(["88A", "72", "71", "19D"]),
          dataQuality: fc.subarray(["age-unknown", "grading-unknown"]),
          unmapped: fc.boolean(),
          episode: n === 0 ? fc.constant(undefined) : fc.option(fc.nat(3), { nil: undefined }),
        })
        .map(
          (drawn): AuditFacts => ({
            kind: file.kind,
            system: file.system,
            recordId: `REF-REC-${counter}`,
            month: drawn.month,
            persons: people.map((p) => person(p.ref, p.band, { roles: [p.role] })),
            offenceClasses: drawn.codes.length > 0 ? ["cse-defining"] : [],
            homeOfficeCodes: drawn.codes,
            soaSections: [],
            indicators: drawn.indicators,
            carried: drawn.carried,
            proposed: drawn.proposed,
            dataQuality: drawn.dataQuality.map((code) => ({ code, path: "/persons/0" })),
            unmappedCodes: drawn.unmapped ? [{ system: "force-flags", path: "/FLAGS/0" }] : [],
            occurrenceKeys: drawn.occurrence.length > 0 ? { occurrence: drawn.occurrence } : {},
            ...(drawn.episode === undefined
              ? {}
              : { missingEpisode: { person: 0, priorEpisodes: drawn.episode } }),
          }),
        );
    });

/** Up to `max` audited records spread over three files and systems, in file order. */
export const auditedRecordsArb = (max = 12): fc.Arbitrary<AuditedRecord[]> =>
  fc
    .array(fc.nat(auditFiles.length - 1), { maxLength: max })
    .chain((fileOfRecord) => {
      const next = auditFiles.map(() => 0);
      return fc.tuple(
        ...fileOfRecord.map((f, i) => {
          const file = auditFiles[f] ?? auditFiles[0];
          const index = next[f] ?? 0;
          next[f] = index + 1;
          return factsArb(file, i).map(
            (facts): AuditedRecord => ({
              place: { file: file.file, index, line: index + 1, system: file.system, kind: file.kind },
              facts,
            }),
          );
        }),
      );
    })
    .map((records) => [...records]);
