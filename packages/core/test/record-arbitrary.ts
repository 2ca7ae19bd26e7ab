// A fast-check arbitrary for valid canonical records, shared by the core property tests.
// All data is synthetic: made-up forces, systems, references and dates.
import fc from "fast-check";
import {
  grading3x5x2HandlingCodes,
  grading3x5x2IntelligenceCodes,
  grading3x5x2SourceCodes,
  grading5x5x5HandlingCodes,
  grading5x5x5IntelligenceCodes,
  grading5x5x5SourceCodes,
  hoOffenceCodes,
  indicatorCodes,
  locationRoleCodes,
  markerKindCodes,
  markerQualifierCodes,
  markerStatusCodes,
  missingCategoryCodes,
  personAttributeCodes,
  personRoleCodes,
  recordKindCodes,
  riskLevelCodes,
  securityClassificationCodes,
  soaSectionCodes,
} from "../src/taxonomy/codes.generated.js";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const dayMs = 86_400_000;
const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** A calendar date between two dates, inclusive. */
const isoDate = (from: string, to: string): fc.Arbitrary<string> =>
  fc
    .integer({ min: Date.parse(from) / dayMs, max: Date.parse(to) / dayMs })
    .map((day) => new Date(day * dayMs).toISOString().slice(0, 10));

const utcOffset = fc.oneof(
  fc.constant("Z"),
  fc
    .tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45))
    .map(([sign, hours, minutes]) => `${sign}${pad(hours)}:${pad(minutes)}`),
);

/** A date-time with seconds, optional fractions, and `Z` or an offset. */
const isoDateTime = (from: string, to: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      isoDate(from, to),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.integer({ min: 0, max: 59 }),
      fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
      utcOffset,
    )
    .map(
      ([date, h, m, s, ms, offset]) =>
        `${date}T${pad(h)}:${pad(m)}:${pad(s)}${ms === undefined ? "" : `.${pad(ms, 3)}`}${offset}`,
    );

const instant = (from: string, to: string): fc.Arbitrary<string> =>
  fc.oneof(isoDate(from, to), isoDateTime(from, to));

/** An instant no earlier than `start`, in either form. */
const notBefore = (start: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .integer({ min: 0, max: 60 * 24 * 30 })
      .map((minutes) => new Date(Date.parse(start) + minutes * 60_000).toISOString()),
    fc
      .integer({ min: 0, max: 30 })
      .map((days) => new Date(Date.parse(ukDate(start)) + days * dayMs).toISOString().slice(0, 10)),
  );

const ukFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date in the UK, from the platform's time zone database: an independent oracle. */
export const ukDate = (instant: string): string =>
  instant.length === 10 ? instant : ukFormat.format(new Date(instant));

/** Whole years from a date of birth to a day, worked out here independently of the library. */
function yearsBetween(dateOfBirth: string, on: string): number {
  const [by = 0, bm = 0, bd = 0] = dateOfBirth.split("-").map(Number);
  const [y = 0, m = 0, d = 0] = ukDate(on).split("-").map(Number);
  const beforeBirthday = m < bm || (m === bm && d < bd);
  return y - by - (beforeBirthday ? 1 : 0);
}

/** Drops properties whose value is undefined, so an absent optional is really absent. */
function compact(object: Record<string, Json | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(object)) if (value !== undefined) out[key] = value;
  return out;
}

const ref = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,20}$/);
const semver = fc
  .tuple(fc.nat(99), fc.nat(99), fc.nat(99))
  .map(([major, minor, patch]) => `${major}.${minor}.${patch}`);
const codeSystem = fc.stringMatching(/^[a-z0-9][a-z0-9._:/-]{0,20}$/);
const sourceCode = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ._:/()-]{0,20}$/);
const sourcePath = fc.string({ minLength: 1, maxLength: 40 });
export const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined });
const someOf = <T>(codes: readonly T[], minLength = 0): fc.Arbitrary<T[]> =>
  fc.uniqueArray(fc.constantFrom(...codes), { minLength, maxLength: codes.length });
const pick = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;

const grading = fc.oneof(
  fc.record({
    scheme: fc.constant("5x5x5"),
    source: fc.constantFrom(...grading5x5x5SourceCodes),
    intelligence: fc.constantFrom(...grading5x5x5IntelligenceCodes),
    handling: fc.constantFrom(...grading5x5x5HandlingCodes),
  }),
  fc.record({
    scheme: fc.constant("3x5x2"),
    source: fc.constantFrom(...grading3x5x2SourceCodes),
    intelligence: fc.constantFrom(...grading3x5x2IntelligenceCodes),
    handling: fc.constantFrom(...grading3x5x2HandlingCodes),
  }),
);

const offence: fc.Arbitrary<JsonObject> = fc
  .record({
    ref: optional(ref),
    homeOffice: optional(
      fc.record({
        code: fc.constantFrom(...hoOffenceCodes),
        subcode: optional(fc.stringMatching(/^[0-9A-Z]{1,4}$/)),
      }),
    ),
    soaSection: optional(fc.constantFrom(...soaSectionCodes)),
    cjsCode: optional(fc.stringMatching(/^[A-Z0-9]{1,16}$/)),
    fallback: fc.constantFrom("homeOffice", "soaSection", "cjsCode"),
  })
  .map(({ ref: offenceRef, homeOffice, soaSection, cjsCode, fallback }) => {
    const built = compact({
      ref: offenceRef,
      homeOffice: homeOffice && compact(homeOffice),
      soaSection,
      cjsCode,
    });
    // The offence-has-code rule: at least one code.
    if (!built.homeOffice && !built.soaSection && !built.cjsCode) {
      if (fallback === "homeOffice") built.homeOffice = { code: "71" };
      else if (fallback === "soaSection") built.soaSection = "15A";
      else built.cjsCode = "SX03001";
    }
    return built;
  });

const personSeed = fc.record({
  ref,
  roles: someOf(personRoleCodes, 1),
  attributes: someOf(personAttributeCodes),
  dateOfBirth: optional(isoDate("1990-01-01", "2020-12-31")),
  age: optional(fc.integer({ min: 0, max: 130 })),
});

export const validRecordArb: fc.Arbitrary<JsonObject> = fc
  .record({
    kind: fc.oneof(fc.constantFrom(...recordKindCodes), fc.stringMatching(/^x-[a-z0-9][a-z0-9-]{0,20}$/)),
    source: fc.record({
      force: ref,
      system: ref,
      recordId: ref,
      adapter: fc.record({ id: ref, version: semver }),
    }),
    classification: fc.constantFrom(...securityClassificationCodes),
    start: instant("2021-01-01", "2026-12-31"),
    recordedAt: instant("2021-01-01", "2026-12-31"),
    persons: fc.uniqueArray(personSeed, { selector: (person) => person.ref, minLength: 1, maxLength: 5 }),
    offences: fc.array(offence, { maxLength: 4 }),
    indicators: fc.array(
      fc.record({
        code: fc.constantFrom(...indicatorCodes),
        person: optional(fc.nat()),
        observedAt: optional(instant("2020-01-01", "2026-12-31")),
        sourcePath,
      }),
      { maxLength: 6 },
    ),
    locations: fc.uniqueArray(fc.record({ ref, role: fc.constantFrom(...locationRoleCodes) }), {
      selector: (location) => location.ref,
      maxLength: 4,
    }),
    vehicles: fc.uniqueArray(fc.record({ ref }), { selector: (vehicle) => vehicle.ref, maxLength: 3 }),
    markers: fc.array(
      fc.record({
        kind: fc.constantFrom(...markerKindCodes),
        qualifiers: someOf(markerQualifierCodes),
        subjectType: fc.constantFrom("record", "person", "location", "vehicle"),
        subjectPick: fc.nat(),
        rolePick: fc.nat(),
        status: optional(fc.constantFrom(...markerStatusCodes)),
        sourceCode: optional(fc.record({ system: codeSystem, code: sourceCode })),
      }),
      { maxLength: 4 },
    ),
    unmappedCodes: fc.array(fc.record({ system: codeSystem, code: sourceCode, path: sourcePath }), {
      maxLength: 3,
    }),
    endOffset: fc.nat(),
    withEnd: fc.boolean(),
    operations: fc.array(fc.stringMatching(/^[A-Z0-9][A-Z0-9 -]{0,20}$/), { maxLength: 3 }),
    grading: optional(grading),
    missing: fc.record({
      personPick: fc.nat(),
      reportedAt: instant("2021-01-01", "2026-12-31"),
      withFound: fc.boolean(),
      legacyCategory: optional(fc.constantFrom(...missingCategoryCodes)),
      riskLevel: optional(fc.constantFrom(...riskLevelCodes)),
      priorEpisodes: optional(
        fc.array(
          instant("2015-01-01", "2026-12-31").map((reportedAt) => ({ reportedAt })),
          { maxLength: 3 },
        ),
      ),
      priorEpisodeCount: optional(fc.integer({ min: 0, max: 10_000 })),
    }),
    custody: fc.record({
      personPick: fc.nat(),
      arrivedAt: isoDateTime("2021-01-01", "2026-12-31"),
      juvenile: optional(fc.boolean()),
      appropriateAdult: optional(fc.boolean()),
    }),
  })
  .chain((seed) =>
    fc
      .tuple(notBefore(seed.start), notBefore(seed.missing.reportedAt))
      .map(([end, foundAt]) => ({ seed, end, foundAt })),
  )
  .map(({ seed, end, foundAt }) => {
    const persons = seed.persons.map((person) =>
      compact({
        ref: person.ref,
        roles: person.roles,
        dateOfBirth: person.dateOfBirth,
        // The ages-agree rule: when both are held, the age is the one the date of birth gives.
        ageAtEvent:
          person.age === undefined
            ? undefined
            : person.dateOfBirth === undefined
              ? person.age
              : yearsBetween(person.dateOfBirth, seed.start),
        attributes: person.attributes,
      }),
    );
    const personRefs = seed.persons.map((person) => person.ref);
    const markers = seed.markers.map((marker): JsonObject => {
      let subject: JsonObject;
      if (marker.subjectType === "person") {
        const person = pick(seed.persons, marker.subjectPick);
        subject = { type: "person", ref: person.ref, role: pick(person.roles, marker.rolePick) };
      } else if (marker.subjectType === "location" && seed.locations.length > 0) {
        subject = { type: "location", ref: pick(seed.locations, marker.subjectPick).ref };
      } else if (marker.subjectType === "vehicle" && seed.vehicles.length > 0) {
        subject = { type: "vehicle", ref: pick(seed.vehicles, marker.subjectPick).ref };
      } else {
        subject = { type: "record" };
      }
      const { kind, qualifiers, status, sourceCode: code } = marker;
      return compact({ kind, qualifiers, subject, status, sourceCode: code });
    });
    const record = compact({
      kind: seed.kind,
      source: seed.source,
      classification: seed.classification,
      event: compact({ start: seed.start, end: seed.withEnd ? end : undefined }),
      recordedAt: seed.recordedAt,
      persons,
      offences: seed.offences,
      indicators: seed.indicators.map((indicator) =>
        compact({
          code: indicator.code,
          personRef: indicator.person === undefined ? undefined : pick(personRefs, indicator.person),
          observedAt: indicator.observedAt,
          sourcePath: indicator.sourcePath,
        }),
      ),
      locations: seed.locations,
      vehicles: seed.vehicles,
      markers,
      unmappedCodes: seed.unmappedCodes,
    });
    // The kind-details rule: each taxonomy kind carries its own details.
    if (seed.kind === "intelligence") {
      record.intelligence = compact({ grading: seed.grading, operations: seed.operations });
    } else if (seed.kind === "missing-person") {
      const { personPick, withFound, reportedAt, ...rest } = seed.missing;
      record.missingEpisode = compact({
        personRef: pick(personRefs, personPick),
        reportedAt,
        foundAt: withFound ? foundAt : undefined,
        ...rest,
      });
    } else if (seed.kind === "custody") {
      const { personPick, ...rest } = seed.custody;
      record.custody = compact({ personRef: pick(personRefs, personPick), ...rest });
    }
    return record;
  });
