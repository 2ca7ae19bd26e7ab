import { z } from "zod";
import { SemVer } from "../taxonomy/concept-schema.js";
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
  Instant,
  IsoDate,
  IsoDateTime,
  oldestAgeAtEvent,
  Ref,
  SourceCode,
  SourcePath,
} from "./primitives.js";
import { recordChecks } from "./record-checks.js";
import { runChecks } from "./run-checks.js";
import { Subject } from "./subject.js";

/** Where a canonical record came from, so it can always be traced back. */
export const RecordSource = z.strictObject({
  force: Ref,
  system: Ref,
  recordId: Ref,
  adapter: z.strictObject({ id: Ref, version: SemVer }),
});

export const Person = z.strictObject({
  ref: Ref,
  roles: z.array(PersonRoleCode).min(1).max(10),
  dateOfBirth: IsoDate.optional(),
  /** Age at the event when no date of birth is held (stated or estimated by the source). */
  ageAtEvent: z.int().min(0).max(oldestAgeAtEvent).optional(),
  attributes: z.array(PersonAttributeCode).max(20),
});

export const HomeOfficeCode = z
  .string()
  // No leading zeros: "071" would never match the taxonomy's "71", and a missed match is a missed flag.
  .regex(
    /^[1-9][0-9]{0,2}[A-Z]?$/,
    "Expected a Home Office classification such as 19D or 71, without leading zeros",
  );

export const Offence = z.strictObject({
  ref: Ref.optional(),
  homeOffice: z
    .strictObject({
      code: HomeOfficeCode,
      subcode: z
        .string()
        .regex(/^[0-9A-Z]{1,4}$/, "Expected a Home Office subcode of up to 4 letters or digits")
        .optional(),
    })
    .optional(),
  soaSection: z
    .string()
    .regex(
      /^[1-9][0-9]{0,2}[A-Z]{0,2}$/,
      "Expected a Sexual Offences Act 2003 section such as 15A or 48, without leading zeros",
    )
    .optional(),
  cjsCode: z
    .string()
    .regex(/^[A-Z0-9]{1,16}$/, "Expected a CJS offence code of up to 16 capital letters or digits")
    .optional(),
});

export const Indicator = z.strictObject({
  code: IndicatorCode,
  /** The person the indicator was observed on; absent when it concerns the record as a whole. */
  personRef: Ref.optional(),
  observedAt: Instant.optional(),
  /** Where in the source record the indicator came from. */
  sourcePath: SourcePath,
});

export const Location = z.strictObject({ ref: Ref, role: LocationRoleCode });
export const Vehicle = z.strictObject({ ref: Ref });

export const OperationHeading = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9 -]{0,63}$/, "Expected an operation heading in capitals, such as STRIVER");

export const IntelligenceDetails = z.strictObject({
  /** Kept verbatim in the scheme it was made in; handling codes govern onward sharing. */
  grading: IntelligenceGrading.optional(),
  operations: z.array(OperationHeading).max(20),
});

export const MissingEpisodeDetails = z.strictObject({
  personRef: Ref,
  reportedAt: Instant,
  foundAt: Instant.optional(),
  /** Older records: missing or absent. */
  legacyCategory: MissingCategoryCode.optional(),
  riskLevel: RiskLevelCode.optional(),
  /** Earlier episodes of the same person, when the source holds their dates. */
  priorEpisodes: z
    .array(z.strictObject({ reportedAt: Instant }))
    .max(1000)
    .optional(),
  /** Earlier episodes, when the source holds only a count. */
  priorEpisodeCount: z.int().min(0).max(10_000).optional(),
  returnHomeInterview: z
    .strictObject({ offeredAt: Instant.optional(), completedAt: Instant.optional() })
    .optional(),
});

export const CustodyDetails = z.strictObject({
  personRef: Ref,
  arrivedAt: IsoDateTime,
  /** Juvenile status as the source recorded it (PACE Code C). */
  juvenile: z.boolean().optional(),
  appropriateAdult: z.boolean().optional(),
});

/** A marker the source system already carries, as mapped from its own flag codes. */
export const SourceMarker = z.strictObject({
  kind: MarkerKindCode,
  qualifiers: z.array(MarkerQualifierCode).max(10),
  subject: Subject,
  status: MarkerStatusCode.optional(),
  sourceCode: z.strictObject({ system: CodeSystemName, code: SourceCode }).optional(),
});

/** A source code that had no mapping: reported, never dropped. */
export const UnmappedCode = z.strictObject({
  system: CodeSystemName,
  code: SourceCode,
  path: SourcePath,
});

const CanonicalRecordShape = z.strictObject({
  kind: RecordKind,
  source: RecordSource,
  classification: SecurityClassificationCode,
  event: z.strictObject({ start: Instant, end: Instant.optional() }),
  recordedAt: Instant,
  persons: z.array(Person).max(500),
  offences: z.array(Offence).max(200),
  indicators: z.array(Indicator).max(2000),
  locations: z.array(Location).max(200),
  vehicles: z.array(Vehicle).max(200),
  intelligence: IntelligenceDetails.optional(),
  missingEpisode: MissingEpisodeDetails.optional(),
  custody: CustodyDetails.optional(),
  markers: z.array(SourceMarker).max(500),
  unmappedCodes: z.array(UnmappedCode).max(1000),
});

/**
 * One record from any system (crime, intelligence, custody, missing person) in the
 * shared shape the policy evaluates. Adapters produce it; nothing in it is free text.
 */
export const CanonicalRecord = CanonicalRecordShape.superRefine(
  (record, ctx) => runChecks(recordChecks, record, ctx),
  // zod would run the cross-field checks on a record whose fields are malformed too; they
  // read dates and references, so they run only on a record of the right shape.
  { when: (payload) => payload.issues.length === 0 },
).meta({
  id: "CanonicalRecord",
  title: "Canonical record",
  description: "One police record in the shared shape that the CSE flagging policy evaluates.",
});

export type CanonicalRecord = z.infer<typeof CanonicalRecordShape>;
export type Person = z.infer<typeof Person>;
export type Offence = z.infer<typeof Offence>;
export type Indicator = z.infer<typeof Indicator>;
export type SourceMarker = z.infer<typeof SourceMarker>;
