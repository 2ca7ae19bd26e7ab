// The canonical record (core: schemas/canonical-record.ts), field for field.
import { oldestAgeAtEvent, recordChecks } from "@cse-flags/core";
import type * as t from "io-ts";
import { arrayOf } from "../combinators/array.js";
import { withChecks } from "../combinators/checks.js";
import { boolean, checkedString, integer, matches } from "../combinators/scalars.js";
import { optional, strictObject } from "../combinators/strict-object.js";
import { union } from "../combinators/union.js";
import {
  IndicatorCode,
  IntelligenceGrading,
  LocationRoleCode,
  MarkerKindCode,
  MarkerQualifierCode,
  MarkerStatusCode,
  MissingCategoryCode,
  PersonAttributeCode,
  PersonRoleCode,
  RecordKind,
  RiskLevelCode,
  SecurityClassificationCode,
} from "./codes.js";
import {
  CodeSystemName,
  HomeOfficeCode,
  IsoDate,
  IsoDateTime,
  OperationHeading,
  Ref,
  SemVer,
  SourceCode,
  SourcePath,
} from "./primitives.js";
import { Subject } from "./subject.js";

/** When only the day is known a date is enough; otherwise a date and time. */
export const Instant = union("Instant", [IsoDate, IsoDateTime]);

export const RecordSource = strictObject("RecordSource", {
  force: Ref,
  system: Ref,
  recordId: Ref,
  adapter: strictObject("AdapterVersion", { id: Ref, version: SemVer }),
});

export const Person = strictObject("Person", {
  ref: Ref,
  roles: arrayOf(PersonRoleCode, { min: 1, max: 10 }),
  dateOfBirth: optional(IsoDate),
  ageAtEvent: optional(integer(0, oldestAgeAtEvent)),
  attributes: arrayOf(PersonAttributeCode, { max: 20 }),
});

export const Offence = strictObject("Offence", {
  ref: optional(Ref),
  homeOffice: optional(
    strictObject("HomeOfficeClassification", {
      code: HomeOfficeCode,
      subcode: optional(
        checkedString("HomeOfficeSubcode", [
          matches(/^[0-9A-Z]{1,4}$/, "Expected a Home Office subcode of up to 4 letters or digits"),
        ]),
      ),
    }),
  ),
  soaSection: optional(
    checkedString("SoaSection", [
      matches(
        /^[1-9][0-9]{0,2}[A-Z]{0,2}$/,
        "Expected a Sexual Offences Act 2003 section such as 15A or 48, without leading zeros",
      ),
    ]),
  ),
  cjsCode: optional(
    checkedString("CjsCode", [
      matches(/^[A-Z0-9]{1,16}$/, "Expected a CJS offence code of up to 16 capital letters or digits"),
    ]),
  ),
});

export const Indicator = strictObject("Indicator", {
  code: IndicatorCode,
  personRef: optional(Ref),
  observedAt: optional(Instant),
  sourcePath: SourcePath,
});

export const Location = strictObject("Location", { ref: Ref, role: LocationRoleCode });
export const Vehicle = strictObject("Vehicle", { ref: Ref });

export const IntelligenceDetails = strictObject("IntelligenceDetails", {
  grading: optional(IntelligenceGrading),
  operations: arrayOf(OperationHeading, { max: 20 }),
});

export const MissingEpisodeDetails = strictObject("MissingEpisodeDetails", {
  personRef: Ref,
  reportedAt: Instant,
  foundAt: optional(Instant),
  legacyCategory: optional(MissingCategoryCode),
  riskLevel: optional(RiskLevelCode),
  priorEpisodes: optional(arrayOf(strictObject("PriorEpisode", { reportedAt: Instant }), { max: 1000 })),
  priorEpisodeCount: optional(integer(0, 10_000)),
  returnHomeInterview: optional(
    strictObject("ReturnHomeInterview", { offeredAt: optional(Instant), completedAt: optional(Instant) }),
  ),
});

export const CustodyDetails = strictObject("CustodyDetails", {
  personRef: Ref,
  arrivedAt: IsoDateTime,
  juvenile: optional(boolean),
  appropriateAdult: optional(boolean),
});

export const SourceMarker = strictObject("SourceMarker", {
  kind: MarkerKindCode,
  qualifiers: arrayOf(MarkerQualifierCode, { max: 10 }),
  subject: Subject,
  status: optional(MarkerStatusCode),
  sourceCode: optional(strictObject("SourceMarkerCode", { system: CodeSystemName, code: SourceCode })),
});

export const UnmappedCode = strictObject("UnmappedCode", {
  system: CodeSystemName,
  code: SourceCode,
  path: SourcePath,
});

const CanonicalRecordShape = strictObject("CanonicalRecordShape", {
  kind: RecordKind,
  source: RecordSource,
  classification: SecurityClassificationCode,
  event: strictObject("Event", { start: Instant, end: optional(Instant) }),
  recordedAt: Instant,
  persons: arrayOf(Person, { max: 500 }),
  offences: arrayOf(Offence, { max: 200 }),
  indicators: arrayOf(Indicator, { max: 2000 }),
  locations: arrayOf(Location, { max: 200 }),
  vehicles: arrayOf(Vehicle, { max: 200 }),
  intelligence: optional(IntelligenceDetails),
  missingEpisode: optional(MissingEpisodeDetails),
  custody: optional(CustodyDetails),
  markers: arrayOf(SourceMarker, { max: 500 }),
  unmappedCodes: arrayOf(UnmappedCode, { max: 1000 }),
});

/**
 * One record from any system in the shared shape the policy evaluates, with core's
 * cross-field checks (references resolve, times in order, ages agree, ...).
 */
export const CanonicalRecord = withChecks(CanonicalRecordShape, recordChecks, "CanonicalRecord");
export type CanonicalRecord = t.TypeOf<typeof CanonicalRecord>;
export type Person = t.TypeOf<typeof Person>;
export type Offence = t.TypeOf<typeof Offence>;
export type Indicator = t.TypeOf<typeof Indicator>;
export type SourceMarker = t.TypeOf<typeof SourceMarker>;
