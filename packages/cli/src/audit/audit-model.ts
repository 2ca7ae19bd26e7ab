// The data an audit is built from and the report it produces. Plain data throughout: facts
// cross from worker threads, and the report is what every output format renders.
import type {
  IndicatorCode,
  MarkerKindCode,
  MarkerQualifierCode,
  MarkerStatusCode,
  OffenceClassCode,
  PersonRoleCode,
} from "@cse-flags/core";

/** Age at the event, in the bands the offence codes draw (under 13, under 16, under 18). */
export type AgeBand = "under-13" | "13-15" | "16-17" | "18-or-over" | "unknown";
export const ageBands: readonly AgeBand[] = ["under-13", "13-15", "16-17", "18-or-over", "unknown"];

/**
 * A link key: which values in a canonical record identify the same person, or the same
 * occurrence, across records. Values match exactly (no fuzzy matching of people), and only
 * within a key: two systems link only through a key both are named in.
 */
export interface LinkKey {
  /** Names the key in the config and the report, e.g. `person` or `occurrence`. */
  readonly name: string;
  /** `person`: the value names one person in the record; `occurrence`: it names the record's crime or occurrence. */
  readonly entity: "person" | "occurrence";
  /**
   * JSON Pointers into the canonical record, `*` standing for every index of an array.
   * A person key's paths start `/persons/*`, so each value belongs to one person.
   */
  readonly paths: readonly string[];
  /** The systems (`source.system`) whose records the key applies to; every system when absent. */
  readonly systems?: readonly string[];
  /** Values that name no one in particular (`NK`, `UNKNOWN`): they link nothing. */
  readonly ignore?: readonly string[];
}

export interface LinkConfig {
  readonly linkKeys: readonly LinkKey[];
}

/** What an audit needs about the people of one record. */
export interface AuditPerson {
  readonly roles: readonly PersonRoleCode[];
  readonly ageBand: AgeBand;
  /** Values by person link key name. Values from the record: shown only with `--with-references`. */
  readonly keys: Readonly<Record<string, readonly string[]>>;
}

/** What a marker is on, with people named by their index in the record's `persons`. */
export type AuditSubject =
  | { readonly type: "record" }
  | {
      readonly type: "person";
      readonly person: number;
      /** The role the marker puts the person in (a proposal on an offender says `offender`). */
      readonly role?: PersonRoleCode;
    }
  | { readonly type: "location" | "vehicle"; readonly index: number };

/** A marker the record carries (from its source system) or one the policy proposes. */
export interface AuditMarker {
  readonly kind: MarkerKindCode;
  readonly qualifiers: readonly MarkerQualifierCode[];
  readonly subject: AuditSubject;
  /** A carried marker's status in its source system, when it says. */
  readonly status?: MarkerStatusCode;
  /** A proposal's rule ids (`layer/id`); empty for a carried marker. */
  readonly rules: readonly string[];
  /** A proposal's evidence: JSON Pointers into the canonical record. */
  readonly evidence: readonly string[];
}

/**
 * What one record contributes to an audit, worked out where the record is mapped and
 * evaluated (a worker thread with `--jobs`). No free text, and the only values from the
 * record are the reference (`recordId`) and the link key values, which reports leave out.
 */
export interface AuditFacts {
  readonly kind: string;
  readonly system: string;
  readonly recordId: string;
  /** The month of the event's start, `YYYY-MM`, in UK local time. */
  readonly month: string;
  readonly persons: readonly AuditPerson[];
  /** The taxonomy's offence classes of the record's offences, each once, in taxonomy order. */
  readonly offenceClasses: readonly OffenceClassCode[];
  /** The Home Office codes and SOA sections of the offences, each once: taxonomy codes, for the figures. */
  readonly homeOfficeCodes: readonly string[];
  readonly soaSections: readonly string[];
  readonly indicators: readonly { readonly code: IndicatorCode; readonly person?: number }[];
  readonly carried: readonly AuditMarker[];
  readonly proposed: readonly AuditMarker[];
  /** The decision's data-quality notes (code and path). */
  readonly dataQuality: readonly { readonly code: string; readonly path: string }[];
  /**
   * Source codes with no mapping: the code system and a pointer to the entry in the
   * canonical record. Never the code, nor its source path (free text in a canonical record).
   */
  readonly unmappedCodes: readonly { readonly system: string; readonly path: string }[];
  /** Values by occurrence link key name. Values from the record: shown only with `--with-references`. */
  readonly occurrenceKeys: Readonly<Record<string, readonly string[]>>;
  /** A missing-person record: whose episode it is, and the earlier episodes the source counts. */
  readonly missingEpisode?: { readonly person: number; readonly priorEpisodes: number };
}

/** Where a record is, as every report may show it: file, line and system, never a value. */
export interface RecordPlace {
  readonly file: string;
  /** 0-based position in the file. */
  readonly index: number;
  readonly line?: number;
  readonly system: string;
  readonly kind: string;
}

/** A record that was read and evaluated: its place and its facts. */
export interface AuditedRecord {
  readonly place: RecordPlace;
  readonly facts: AuditFacts;
}

/** A record that could not be read or mapped: counted and listed, never lost. */
export interface RejectedRecord {
  readonly file: string;
  readonly index: number;
  readonly line?: number;
  /** Issue codes (`code` or `code:reason`), each once. */
  readonly codes: readonly string[];
}

export const findingCodes = [
  "missing-marker",
  "unsupported-marker",
  "cse-cce-confusion",
  "cse-csa-confusion",
  "cross-system-disagreement",
  "age-unknown",
  "policy-fact-missing",
  "unmapped-code",
  "unlinked-record",
  "record-rejected",
] as const;
/** Stable: a code is never reused for another meaning. */
export type FindingCode = (typeof findingCodes)[number];

export type FindingCategory = "marker" | "confusion" | "cross-system" | "data-quality";
export type Severity = "high" | "medium" | "low";

/** One record's part in a finding. */
export interface FindingRecord extends RecordPlace {
  /** The marker's subject in this record: `/persons/0`, `record`, `/locations/1`. */
  readonly subject?: string;
  /** What this record shows: `carries CSE`, `lacks CSE`, `proposes CCE`... codes and words only. */
  readonly role: string;
  /** With `--with-references` only: the record's own reference. */
  readonly recordId?: string;
}

export interface Finding {
  readonly code: FindingCode;
  readonly category: FindingCategory;
  readonly severity: Severity;
  /** A sentence for people: codes, systems and counts only. */
  readonly message: string;
  /** The marker kinds involved. */
  readonly markers: readonly MarkerKindCode[];
  /** The linked person, numbered within this audit (person 1, 2, ...), when the finding is about one. */
  readonly person?: number;
  /** With `--with-references` only: the person's link key values. */
  readonly personKeys?: Readonly<Record<string, readonly string[]>>;
  readonly records: readonly FindingRecord[];
  /** The rule ids behind it (`layer/id`), when the policy's decision is part of it. */
  readonly rules: readonly string[];
  /** JSON Pointers into the first record's canonical form, or a data-quality code's path. */
  readonly evidence: readonly string[];
  /** For data-quality findings: the detail code (a decision's note code, an unmapped code system, an issue code). */
  readonly detail?: string;
}

/** A count, or `c` where small-count suppression hid it. */
export type Count = number | "c";

export interface ProfileRow {
  readonly key: string;
  /** One count per column of the table. */
  readonly counts: readonly Count[];
}

export type ProfileTableId = "marker" | "offence-class" | "indicator" | "age-band" | "system" | "month";

export interface ProfileTable {
  readonly id: ProfileTableId;
  readonly title: string;
  /** What is counted, e.g. `CSE-related records`. */
  readonly unit: string;
  readonly columns: readonly string[];
  readonly rows: readonly ProfileRow[];
}

/** The founding report's figures ("143 cases of CSE, 71 of grooming, 4 of trafficking"), from the data. */
export interface Figures {
  /** Cases (records linked by occurrence) with a CSE marker, carried or proposed. */
  readonly cseCases: Count;
  /** Cases with a grooming offence (Home Office 88A, SOA s.15A). */
  readonly groomingCases: Count;
  /** Cases with a trafficking-for-sexual-exploitation offence (Home Office 72). */
  readonly traffickingCases: Count;
  /** Cases with a group-based qualifier, carried or proposed. */
  readonly groupBasedCases: Count;
  /** Linked children with a CSE marker, carried or proposed, in any system. */
  readonly children: Count;
  /** Linked children with two or more missing episodes and a CSE indicator in any system. */
  readonly repeatMissingWithIndicators: Count;
  /** The first and last month of the CSE-related records' events, `YYYY-MM`. */
  readonly period?: { readonly from: string; readonly to: string };
}

export interface Profile {
  readonly figures: Figures;
  readonly tables: readonly ProfileTable[];
}

/** What the run read, for the report's header. Counts and names only. */
export interface AuditSummary {
  /** Records read, audited, per file and per system: the size of the exports, never suppressed. */
  readonly read: number;
  readonly audited: number;
  /** Suppressed with the `record-rejected` count it equals. */
  readonly rejected: Count;
  readonly files: readonly { readonly file: string; readonly system?: string; readonly read: number }[];
  readonly systems: readonly { readonly system: string; readonly records: number }[];
  /** People, adults included, after linking. */
  readonly linkedPeople: Count;
  readonly taxonomyVersion: string;
  readonly policy: { readonly id: string; readonly version: string; readonly layers: readonly string[] };
  readonly linkKeys: readonly string[];
}

export interface AuditReport {
  /** The report's format, for readers of the JSON: bumped on a breaking change. */
  readonly format: "cse-flags-audit/1";
  readonly summary: AuditSummary;
  /** True when small counts are suppressed: counts 1 to 5 read `c` and findings are listed by count only. */
  readonly suppressed: boolean;
  /** True when the report carries record references and link values: handle it like the records. */
  readonly withReferences: boolean;
  readonly findingCounts: readonly { readonly code: FindingCode; readonly count: Count }[];
  /** Empty when suppressed. */
  readonly findings: readonly Finding[];
  readonly profile: Profile;
}
