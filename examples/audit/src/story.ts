// The shape of a story: a few source records about one child (or adult), written in
// taxonomy words so a reader can follow them, and rendered into each system's local codes.
import type { DataQualityCode, IndicatorCode, MarkerKindCode, MarkerQualifierCode } from "@cse-flags/core";

/** A UK local date-time, `YYYY-MM-DD HH:MM`, as the systems record it. */
export type LocalDateTime = `${number}-${number}-${number} ${number}:${number}`;

/** The finding codes of `cse-flags audit` a story is written to show. */
export type FindingCode =
  | "missing-marker"
  | "unsupported-marker"
  | "cse-cce-confusion"
  | "cse-csa-confusion"
  | "cross-system-disagreement"
  | "age-unknown"
  | "unmapped-code"
  | "unlinked-record";

/** What the national policy must make of one record, checked by the tests. */
export interface Expectation {
  /** Whose proposals are checked: a person reference on the record. */
  readonly person: string;
  /** Exactly the marker kinds the policy proposes on that person (any role), sorted. */
  readonly proposes: readonly MarkerKindCode[];
  /** The qualifiers on the person's CSE proposal, sorted, when it has any. */
  readonly qualifiers?: readonly MarkerQualifierCode[];
  /** The decision's data-quality notes, by code, each once, sorted. */
  readonly notes?: readonly DataQualityCode[];
}

/** A person on a record, with the signs recorded on them (as taxonomy indicators). */
export interface Party {
  readonly ref: string;
  readonly signs?: readonly IndicatorCode[];
  /** Local codes written as they are, for a code the system's concept map does not know. */
  readonly unknownCodes?: readonly string[];
}

/** An offence, by its national codes. */
export interface Offence {
  readonly homeOffice: string;
  readonly soaSection?: string;
}

interface RecordBase {
  /** The record's reference in its system, e.g. `CR-3001`. */
  readonly ref: string;
  /** The markers the record carries in its system, by marker kind. */
  readonly carries: readonly MarkerKindCode[];
  readonly expect: Expectation;
}

export interface CrimeRecord extends RecordBase {
  readonly system: "crime";
  readonly committed: LocalDateTime;
  readonly offences: readonly Offence[];
  readonly victims: readonly Party[];
  readonly suspects: readonly Party[];
}

export interface IntelligenceRecord extends RecordBase {
  readonly system: "intelligence";
  readonly seen: LocalDateTime;
  /** Operation headings, e.g. `STRIVER`. */
  readonly operations?: readonly string[];
  readonly atRisk: readonly Party[];
  readonly suspects?: readonly Party[];
}

export interface CustodyRecord extends RecordBase {
  readonly system: "custody";
  readonly arrival: LocalDateTime;
  /** The detained person, with the risk questions answered `Y` as signs. */
  readonly detainee: Party;
  readonly offences: readonly Offence[];
}

export interface MissingPersonRecord extends RecordBase {
  readonly system: "missing-person";
  readonly reported: LocalDateTime;
  /** The missing person, with the risk factors recorded at the report as signs. */
  readonly missing: Party;
  /** Earlier episodes the system dates (a count is written too). */
  readonly priorEpisodes?: readonly LocalDateTime[];
  readonly suspects?: readonly Party[];
}

export type SourceRecord = CrimeRecord | IntelligenceRecord | CustodyRecord | MissingPersonRecord;
export type SystemName = SourceRecord["system"];
export const systemNames: readonly SystemName[] = ["crime", "intelligence", "custody", "missing-person"];

export interface Story {
  /** A short slug, e.g. `group-based-consistent`. */
  readonly id: string;
  /** What the story shows, in a sentence. */
  readonly demonstrates: string;
  /** The audit findings it is meant to produce; empty for a consistent child. */
  readonly findings: readonly FindingCode[];
  readonly records: readonly SourceRecord[];
}

/** A person's details, the same in every system that records them. */
export interface Person {
  readonly ref: string;
  /** `YYYY-MM-DD`; absent when no system knows it. */
  readonly dateOfBirth?: string;
  readonly lookedAfter?: boolean;
  readonly learningDisability?: boolean;
}
