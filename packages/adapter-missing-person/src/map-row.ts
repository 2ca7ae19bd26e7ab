import {
  dateOfBirthProblem,
  fromYesNo,
  type MapContext,
  proceed,
  type Rejected,
  rejectAt,
  splitCell,
} from "@cse-flags/adapter-kit";
import { ageOn, type CanonicalRecord, compareInstants, oldestAgeAtEvent } from "@cse-flags/core";
import { groupAssociates } from "./associates.js";
import type { DefaultMaps } from "./concept-maps.js";
import { readEpisodeHistory } from "./episode-history.js";
import type { ResolvedOptions } from "./options.js";
import { optionalDate, optionalTime, requiredTime } from "./read-times.js";
import type { MissingPersonExportRow } from "./source-schema.js";
import type { Step } from "./step.js";

type Ctx = MapContext<DefaultMaps>;
type Person = CanonicalRecord["persons"][number];
type Indicator = CanonicalRecord["indicators"][number];

/** The sign the episode itself is: see docs/formats/missing-person.md, "Missing and absent". */
const episodeSign = "missing-from-home-or-care";

/**
 * Maps one row of the reference export to a canonical missing-person record, or rejects it
 * with a reason code and the column at fault. Pure: same row, same result.
 */
export function mapRow(
  row: MissingPersonExportRow,
  ctx: Ctx,
  { force, conceptMaps }: ResolvedOptions,
): CanonicalRecord | Rejected {
  ctx.ignore("circumstances", "free-text");
  ctx.ignore("rhi_notes", "free-text");
  ctx.ignore("officer_in_case", "not-used-in-flagging");
  // The canonical record has no last-seen time: the episode starts when it is reported.
  ctx.ignore("last_seen", "no-canonical-field");

  const times = readTimes(row);
  if (!times.ok) return ctx.reject(times.reason, times.field);
  const { reportedAt, foundAt, recordedAt, rhiOffered, rhiCompleted } = times.value;

  const child = readMissingPerson(row, reportedAt);
  if (!child.ok) return ctx.reject(child.reason, child.field);
  const history = readEpisodeHistory(row.prior_episode_count, row.prior_episode_dates, reportedAt);
  if (!history.ok) return ctx.reject(history.reason, history.field);
  const associates = groupAssociates(row);
  if (!associates.ok) return ctx.reject(associates.reason, associates.field);

  const persons: Person[] = [child.value];
  for (const associate of associates.value) {
    const born = checkDateOfBirth(associate.dateOfBirth, reportedAt, associate.fields.dob);
    if (!born.ok) return ctx.reject(born.reason, born.field);
    // An associate whose type has no role (explicitly unmapped, or reported) is left off.
    const role = ctx.target("associateTypes", associate.type, associate.fields.type);
    if (role === undefined) continue;
    persons.push({
      ref: associate.ref,
      roles: [role],
      ...(associate.dateOfBirth === undefined ? {} : { dateOfBirth: associate.dateOfBirth }),
      attributes: [],
    });
  }

  const personRef = child.value.ref;
  const legacyCategory = row.category === "" ? undefined : ctx.target("categories", row.category, "category");
  const riskLevel =
    row.risk_grade === "" ? undefined : ctx.target("riskGrades", row.risk_grade, "risk_grade");
  const returnHomeInterview = {
    ...(rhiOffered === undefined ? {} : { offeredAt: rhiOffered }),
    ...(rhiCompleted === undefined ? {} : { completedAt: rhiCompleted }),
  };

  const indicators: Indicator[] = [
    // The episode is the sign: the child went missing (or, in older records, absent).
    { code: episodeSign, personRef, observedAt: reportedAt, sourcePath: "reported_missing" },
    ...concernIndicators(ctx, row.risk_factors, "risk_factors", personRef, reportedAt),
    ...concernIndicators(ctx, row.rhi_findings, "rhi_findings", personRef, rhiCompleted),
  ];

  return {
    kind: "missing-person",
    source: {
      force,
      system: "missing-person-reference-export",
      recordId: row.episode_ref,
      adapter: ctx.adapter,
    },
    classification: row.protective_marking,
    event: foundAt === undefined ? { start: reportedAt } : { start: reportedAt, end: foundAt },
    recordedAt,
    persons,
    offences: [],
    indicators,
    locations: row.found_location_ref === "" ? [] : [{ ref: row.found_location_ref, role: "where-found" }],
    vehicles: [],
    missingEpisode: {
      personRef,
      reportedAt,
      ...(foundAt === undefined ? {} : { foundAt }),
      ...(legacyCategory === undefined ? {} : { legacyCategory }),
      ...(riskLevel === undefined ? {} : { riskLevel }),
      ...history.value,
      ...(Object.keys(returnHomeInterview).length === 0 ? {} : { returnHomeInterview }),
    },
    markers: warningMarkers(ctx, row.warning_markers, personRef, conceptMaps.warningMarkers.source),
    unmappedCodes: [],
  };
}

interface Times {
  readonly reportedAt: string;
  readonly foundAt: string | undefined;
  readonly recordedAt: string;
  readonly rhiOffered: string | undefined;
  readonly rhiCompleted: string | undefined;
}

/** The episode's times, in UK local time; found must not be before reported. */
function readTimes(row: MissingPersonExportRow): Step<Times> {
  const reported = requiredTime(row.reported_missing, "reported_missing");
  if (!reported.ok) return reported;
  const found = optionalTime(row.found, "found");
  if (!found.ok) return found;
  if (found.value !== undefined && compareInstants(found.value, reported.value) < 0)
    return rejectAt("found-before-reported", "found");
  if (found.value === undefined && row.found_location_ref !== "")
    return rejectAt("found-location-without-found-time", "found_location_ref");
  const created = requiredTime(row.date_created, "date_created");
  if (!created.ok) return created;
  const offered = optionalTime(row.rhi_offered, "rhi_offered");
  if (!offered.ok) return offered;
  const completed = optionalTime(row.rhi_completed, "rhi_completed");
  if (!completed.ok) return completed;
  return proceed({
    reportedAt: reported.value,
    foundAt: found.value,
    recordedAt: created.value,
    rhiOffered: offered.value,
    rhiCompleted: completed.value,
  });
}

/**
 * A date of birth must be on or before the report's day (`born-after-event`), and give an
 * age core can hold, at most 130 (`implausible-date-of-birth`): a mistyped year (1011 for
 * 2011) would otherwise make a child look centuries old, an adult to the policy, and leave
 * them unflagged without a word.
 */
function checkDateOfBirth(
  dateOfBirth: string | undefined,
  reportedAt: string,
  field: keyof MissingPersonExportRow,
): Step<undefined> {
  const problem = dateOfBirth === undefined ? undefined : dateOfBirthProblem(dateOfBirth, reportedAt);
  return problem === undefined ? proceed(undefined) : rejectAt(problem, field);
}

/** The missing person: reference, date of birth or stated age (they must agree), attributes. */
function readMissingPerson(row: MissingPersonExportRow, reportedAt: string): Step<Person> {
  const dob = optionalDate(row.date_of_birth, "date_of_birth");
  if (!dob.ok) return dob;
  const dateOfBirth = dob.value;
  const born = checkDateOfBirth(dateOfBirth, reportedAt, "date_of_birth");
  if (!born.ok) return born;
  const age = row.age_at_report === "" ? undefined : Number(row.age_at_report);
  if (age !== undefined && age > oldestAgeAtEvent) return rejectAt("invalid-age", "age_at_report");
  if (age !== undefined && dateOfBirth !== undefined && ageOn(dateOfBirth, reportedAt) !== age)
    return rejectAt("age-does-not-match-date-of-birth", "age_at_report");
  // Only "Y" adds an attribute: "N" and a blank (not answered) both leave it off.
  const attributes: Person["attributes"] = [];
  if (fromYesNo(row.looked_after) === true) attributes.push("looked-after");
  if (fromYesNo(row.learning_disability) === true) attributes.push("learning-disability");
  return proceed({
    ref: row.person_ref,
    roles: ["missing-person"],
    ...(dateOfBirth === undefined ? {} : { dateOfBirth }),
    ...(age === undefined ? {} : { ageAtEvent: age }),
    attributes,
  });
}

/** The codes in a `;`-separated cell, each once, in the order written. */
const codesIn = (cell: string): string[] => [...new Set(splitCell(cell, ";"))];

/** Indicators on the missing person from a concern-code cell; each code's source path is `field/code`. */
function concernIndicators(
  ctx: Ctx,
  cell: string,
  field: "risk_factors" | "rhi_findings",
  personRef: string,
  observedAt: string | undefined,
): Indicator[] {
  return codesIn(cell).flatMap((local) => {
    const code = ctx.target("concerns", local, field);
    if (code === undefined) return [];
    return [
      {
        code,
        personRef,
        ...(observedAt === undefined ? {} : { observedAt }),
        sourcePath: `${field}/${local}`,
      },
    ];
  });
}

/**
 * The system's warning markers on the missing person, as markers naming them as a person at
 * risk (a warning marker on a missing person says they are at risk, not that they offended).
 */
function warningMarkers(
  ctx: Ctx,
  cell: string,
  personRef: string,
  system: string,
): CanonicalRecord["markers"] {
  return codesIn(cell).flatMap((local) => {
    const kind = ctx.target("warningMarkers", local, "warning_markers");
    if (kind === undefined) return [];
    return [
      {
        kind,
        qualifiers: [],
        subject: { type: "person", ref: personRef, role: "person-at-risk" },
        sourceCode: { system, code: local },
      },
    ];
  });
}
