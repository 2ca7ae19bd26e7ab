// Records for the national policy tests. All data is synthetic: made-up forces, systems,
// references and dates; no real person, case or operation other than the STRIVER heading
// the founding report names.
import { expect } from "vitest";
import { ageOn } from "../src/dates.js";
import { parseRecord } from "../src/parse/parse.js";
import type {
  CanonicalRecord,
  Indicator,
  Offence,
  Person,
  SourceMarker,
} from "../src/schemas/canonical-record.js";
import type {
  HoOffenceCode,
  IndicatorCode,
  PersonAttributeCode,
  PersonRoleCode,
  SoaSectionCode,
} from "../src/taxonomy/codes.generated.js";
import { expectAccepted } from "./support.js";

/** The event date most tests use. */
export const EVENT_DATE = "2026-03-14";
/** When most test records were entered: a few days after the event. */
export const RECORDED_AT = "2026-03-20T10:00:00Z";

export const CHILD_A = "P-CHILD-A";
export const CHILD_B = "P-CHILD-B";
export const SUSPECT_A = "P-SUSPECT-A";
export const SUSPECT_B = "P-SUSPECT-B";
export const ADULT_A = "P-ADULT-A";

/** Moves a `YYYY-MM-DD` date by whole days (UTC calendar arithmetic). */
export function addDays(date: string, days: number): string {
  const moved = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);
  return moved.toISOString().slice(0, 10);
}

/**
 * A date of birth that makes a person exactly `years` old on `on`: their birthday
 * falls on that day. Pass `daysBeforeBirthday` > 0 to make `on` fall that many days
 * before the next birthday instead (so the person is `years` old but nearly `years + 1`).
 * Checked with `ageOn` so a wrong date fails the test that builds it.
 */
export function dateOfBirthAged(years: number, on: string = EVENT_DATE, daysBeforeBirthday = 0): string {
  // The birthday on or just after `on`, moved back to the year of birth.
  const birthday = addDays(on, daysBeforeBirthday);
  const [y, m, d] = birthday.split("-") as [string, string, string];
  const age = daysBeforeBirthday > 0 ? years + 1 : years;
  const year = Number(y) - age;
  // Born on 29 February only in a leap year; otherwise the day before, which gives the same age.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === "02" && d === "29" && !leap ? "28" : d;
  const dateOfBirth = `${String(year).padStart(4, "0")}-${m}-${day}`;
  expect(
    ageOn(dateOfBirth, on),
    `date of birth ${dateOfBirth} should make the person ${years} on ${on}`,
  ).toBe(years);
  return dateOfBirth;
}

export interface PersonOptions {
  /** Age in whole years at the event; turned into a date of birth (the default way to hold an age). */
  readonly age?: number;
  readonly dateOfBirth?: string;
  /** An age the source holds instead of a date of birth. */
  readonly ageAtEvent?: number;
  readonly attributes?: readonly PersonAttributeCode[];
  /** The event date `age` is counted at; defaults to EVENT_DATE. */
  readonly eventDate?: string;
}

/** A person on a record. With neither `age`, `dateOfBirth` nor `ageAtEvent` the age is unknown. */
export function person(ref: string, roles: readonly PersonRoleCode[], options: PersonOptions = {}): Person {
  const built: Person = { ref, roles: [...roles], attributes: [...(options.attributes ?? [])] };
  if (options.age !== undefined) built.dateOfBirth = dateOfBirthAged(options.age, options.eventDate);
  if (options.dateOfBirth !== undefined) built.dateOfBirth = options.dateOfBirth;
  if (options.ageAtEvent !== undefined) built.ageAtEvent = options.ageAtEvent;
  return built;
}

/** A child victim, 15 at the event unless told otherwise. */
export const childVictim = (ref: string = CHILD_A, options: PersonOptions = { age: 15 }): Person =>
  person(ref, ["victim"], options);

/** An adult suspect, 34 at the event. */
export const adultSuspect = (ref: string = SUSPECT_A): Person => person(ref, ["suspect"], { age: 34 });

/** An indicator observed on a person, or on the record as a whole when `personRef` is omitted. */
export function indicator(code: IndicatorCode, personRef?: string): Indicator {
  const built: Indicator = { code, sourcePath: `/test-flags/${code}${personRef ? `/${personRef}` : ""}` };
  if (personRef !== undefined) built.personRef = personRef;
  return built;
}

export const hoOffence = (code: HoOffenceCode, ref?: string): Offence =>
  ref === undefined ? { homeOffice: { code } } : { ref, homeOffice: { code } };
export const soaOffence = (section: SoaSectionCode): Offence => ({ soaSection: section });

/** Where the record came from: force, system and adapter, which must never change a decision. */
export interface SourceOptions {
  readonly force?: string;
  readonly system?: string;
  readonly recordId?: string;
  readonly adapter?: { readonly id: string; readonly version: string };
}

/** The parts of a record a test sets; everything else has a synthetic default. */
export interface RecordParts extends SourceOptions {
  readonly eventStart?: string;
  readonly recordedAt?: string;
  readonly persons?: readonly Person[];
  readonly offences?: readonly Offence[];
  readonly indicators?: readonly Indicator[];
  readonly locations?: CanonicalRecord["locations"];
  readonly vehicles?: CanonicalRecord["vehicles"];
  readonly markers?: readonly SourceMarker[];
}

/** Checks `record` with `parseRecord` (failing the current test if it is refused) and returns what it accepted. */
export function accepted(record: CanonicalRecord): CanonicalRecord {
  const result = parseRecord(record);
  expectAccepted(result);
  if (!result.ok) throw new Error("unreachable: expectAccepted failed the test");
  return result.value;
}

function base(kind: CanonicalRecord["kind"], parts: RecordParts, defaultRecordId: string): CanonicalRecord {
  return {
    kind,
    source: {
      force: parts.force ?? "force-x",
      system: parts.system ?? `${kind}-sys`,
      recordId: parts.recordId ?? defaultRecordId,
      adapter: {
        id: parts.adapter?.id ?? `adapter-${kind}`,
        version: parts.adapter?.version ?? "1.0.0",
      },
    },
    classification: "OFFICIAL-SENSITIVE",
    event: { start: parts.eventStart ?? EVENT_DATE },
    recordedAt: parts.recordedAt ?? RECORDED_AT,
    persons: [...(parts.persons ?? [])],
    offences: [...(parts.offences ?? [])],
    indicators: [...(parts.indicators ?? [])],
    locations: [...(parts.locations ?? [])],
    vehicles: [...(parts.vehicles ?? [])],
    markers: [...(parts.markers ?? [])],
    unmappedCodes: [],
  };
}

/** A crime record, checked by `parseRecord`. */
export const crimeRecord = (parts: RecordParts = {}): CanonicalRecord =>
  accepted(base("crime", parts, "CR-TEST-0001"));

export interface IntelligenceParts extends RecordParts {
  readonly operations?: readonly string[];
  readonly grading?: NonNullable<CanonicalRecord["intelligence"]>["grading"];
}

/** An intelligence record, checked by `parseRecord`. */
export function intelligenceRecord(parts: IntelligenceParts = {}): CanonicalRecord {
  const record = base("intelligence", parts, "IN-TEST-0001");
  record.intelligence = { operations: [...(parts.operations ?? [])] };
  if (parts.grading !== undefined) record.intelligence.grading = parts.grading;
  return accepted(record);
}

export interface MissingParts extends RecordParts {
  /** The missing person's ref; defaults to CHILD_A. */
  readonly missingRef?: string;
  /** When this episode was reported; defaults to the event date. */
  readonly reportedAt?: string;
  /** Dates earlier episodes were reported, when the source holds them. */
  readonly priorEpisodes?: readonly string[];
  /** A count of earlier episodes, when the source holds only a count. */
  readonly priorEpisodeCount?: number;
}

/** A missing-person record for one missing person, checked by `parseRecord`. */
export function missingRecord(parts: MissingParts = {}): CanonicalRecord {
  const record = base("missing-person", parts, "MP-TEST-0001");
  const episode: NonNullable<CanonicalRecord["missingEpisode"]> = {
    personRef: parts.missingRef ?? CHILD_A,
    reportedAt: parts.reportedAt ?? parts.eventStart ?? EVENT_DATE,
  };
  if (parts.priorEpisodes !== undefined)
    episode.priorEpisodes = parts.priorEpisodes.map((reportedAt) => ({ reportedAt }));
  if (parts.priorEpisodeCount !== undefined) episode.priorEpisodeCount = parts.priorEpisodeCount;
  record.missingEpisode = episode;
  return accepted(record);
}

export interface CustodyParts extends RecordParts {
  /** The detainee's ref; defaults to CHILD_A. */
  readonly detaineeRef?: string;
  /** The custody record's own juvenile flag (PACE Code C), when it holds one. */
  readonly juvenile?: boolean;
}

/** A custody record for one detainee, checked by `parseRecord`. */
export function custodyRecord(parts: CustodyParts = {}): CanonicalRecord {
  const record = base("custody", parts, "CU-TEST-0001");
  const custody: NonNullable<CanonicalRecord["custody"]> = {
    personRef: parts.detaineeRef ?? CHILD_A,
    arrivedAt: `${parts.eventStart ?? EVENT_DATE}T21:15:00Z`,
  };
  if (parts.juvenile !== undefined) custody.juvenile = parts.juvenile;
  record.custody = custody;
  return accepted(record);
}

/**
 * The same record with every list the policy reads in reverse order: persons and their
 * roles and attributes, offences, indicators, locations, vehicles, operation headings and
 * earlier missing episodes. Checked by `parseRecord`.
 */
export function withListsReversed(record: CanonicalRecord): CanonicalRecord {
  const reversed: CanonicalRecord = {
    ...record,
    persons: record.persons
      .map((p) => ({ ...p, roles: [...p.roles].reverse(), attributes: [...p.attributes].reverse() }))
      .reverse(),
    offences: [...record.offences].reverse(),
    indicators: [...record.indicators].reverse(),
    locations: [...record.locations].reverse(),
    vehicles: [...record.vehicles].reverse(),
  };
  if (record.intelligence)
    reversed.intelligence = {
      ...record.intelligence,
      operations: [...record.intelligence.operations].reverse(),
    };
  const episode = record.missingEpisode;
  if (episode?.priorEpisodes)
    reversed.missingEpisode = { ...episode, priorEpisodes: [...episode.priorEpisodes].reverse() };
  return accepted(reversed);
}

/**
 * The same facts as another force's system holds them: another force, system, record id
 * and adapter, its own source paths for the indicators, and the event start as a date and
 * time on the same day. Checked by `parseRecord`.
 */
export function asHeldElsewhere(
  record: CanonicalRecord,
  source: Required<SourceOptions>,
  eventTime = "T18:30:00Z",
): CanonicalRecord {
  const day = record.event.start.slice(0, 10);
  return accepted({
    ...record,
    source: { ...source, adapter: { ...source.adapter } },
    event: { ...record.event, start: `${day}${eventTime}` },
    recordedAt: "2026-04-01T08:00:00+01:00",
    indicators: record.indicators.map((item, i) => ({ ...item, sourcePath: `FLAGS[${i}].CODE` })),
  });
}
