import { z } from "zod";
import { OperationHeading } from "../schemas/canonical-record.js";
import {
  Grading3x5x2,
  Grading5x5x5,
  HoOffenceCode,
  IndicatorClassCode,
  IndicatorCode,
  OffenceClassCode,
  PersonAttributeCode,
  PersonRoleCode,
  SoaSectionCode,
} from "../schemas/codes.js";
import type {
  Grading3x5x2IntelligenceCode,
  Grading5x5x5IntelligenceCode,
  HoOffenceCode as HoOffenceCodeType,
  IndicatorClassCode as IndicatorClassCodeType,
  IndicatorCode as IndicatorCodeType,
  OffenceClassCode as OffenceClassCodeType,
  PersonAttributeCode as PersonAttributeCodeType,
  PersonRoleCode as PersonRoleCodeType,
  SoaSectionCode as SoaSectionCodeType,
} from "../taxonomy/codes.generated.js";

/** A parameter's name: set by the policy, raised or lowered by an overlay within its limits. */
export const ParameterName = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,63}$/, "Expected a parameter name in lower case with hyphens");

export const ParameterRef = z.strictObject({ param: ParameterName });
export type ParameterRef = z.infer<typeof ParameterRef>;

/** A whole number written in the rule, or the name of an integer parameter. */
export const Count = z.union([z.int().min(0).max(10_000), ParameterRef]);
export type Count = z.infer<typeof Count>;

const nonEmpty = <T extends z.ZodType>(item: T, max: number) => z.array(item).min(1).max(max);

/**
 * Which indicators count: any listed code, any code of a listed class, and (with
 * `exchange: true`) any code the taxonomy marks as an exchange; then leaving out the
 * codes in `except`. At least one of codes, classes or exchange is given.
 */
const indicatorMatchShape = {
  codes: nonEmpty(IndicatorCode, 100).optional(),
  classes: nonEmpty(IndicatorClassCode, 10).optional(),
  exchange: z.literal(true).optional(),
  except: nonEmpty(IndicatorCode, 100).optional(),
};
const namesIndicators = (match: IndicatorMatch): boolean =>
  match.codes !== undefined || match.classes !== undefined || match.exchange !== undefined;
const namesIndicatorsMessage = { message: "Give at least one of codes, classes or exchange" };

export const IndicatorMatch = z
  .strictObject(indicatorMatchShape)
  .refine(namesIndicators, namesIndicatorsMessage);
export interface IndicatorMatch {
  codes?: IndicatorCodeType[] | undefined;
  classes?: IndicatorClassCodeType[] | undefined;
  exchange?: true | undefined;
  except?: IndicatorCodeType[] | undefined;
}

/** An offence with a listed Home Office code or SOA 2003 section, or of a listed taxonomy offence class. */
export const OffenceMatch = z
  .strictObject({
    homeOffice: nonEmpty(HoOffenceCode, 100).optional(),
    soaSections: nonEmpty(SoaSectionCode, 100).optional(),
    classes: nonEmpty(OffenceClassCode, 10).optional(),
  })
  .refine(
    (match) =>
      match.homeOffice !== undefined || match.soaSections !== undefined || match.classes !== undefined,
    {
      message: "Give at least one of homeOffice, soaSections or classes",
    },
  );
export interface OffenceMatch {
  homeOffice?: HoOffenceCodeType[] | undefined;
  soaSections?: SoaSectionCodeType[] | undefined;
  classes?: OffenceClassCodeType[] | undefined;
}

/**
 * An intelligence grading: any grading the taxonomy marks as suspected false, or
 * listed intelligence codes of one scheme.
 */
export const GradingMatch = z.union([
  z.strictObject({ suspectedFalse: z.literal(true) }),
  z.strictObject({ scheme: z.literal("5x5x5"), intelligence: nonEmpty(Grading5x5x5.shape.intelligence, 5) }),
  z.strictObject({ scheme: z.literal("3x5x2"), intelligence: nonEmpty(Grading3x5x2.shape.intelligence, 5) }),
]);
export type GradingMatch =
  | { suspectedFalse: true }
  | { scheme: "5x5x5"; intelligence: Grading5x5x5IntelligenceCode[] }
  | { scheme: "3x5x2"; intelligence: Grading3x5x2IntelligenceCode[] };

/** Operation headings written in the rule, or the name of a headings parameter. */
export const Headings = z.union([nonEmpty(OperationHeading, 100), ParameterRef]);
export type Headings = string[] | ParameterRef;

/**
 * A test of one person on the record. Conditions use three-valued logic: a test
 * that needs a fact the record does not hold (an age, episode dates) is unknown,
 * and unknown never satisfies a rule, negated or not.
 */
export type PersonCondition =
  | { all: PersonCondition[] }
  | { any: PersonCondition[] }
  | { not: PersonCondition }
  /** The person holds one of these roles on the record. */
  | { role: PersonRoleCodeType[] }
  /** Age at the event, from the date of birth (or the age the source holds). */
  | { age: { under?: Count | undefined; atLeast?: Count | undefined } }
  /** Under 18 by age; when no age is held, as the custody record's juvenile flag says (PACE Code C). */
  | { juvenile: boolean }
  /** The person has one of these attributes, or an indicator the taxonomy links to one. */
  | { attribute: PersonAttributeCodeType[] }
  /** An indicator observed on the person; with `includeRecordLevel`, also one not tied to any person. */
  | { indicator: IndicatorMatch & { includeRecordLevel?: boolean | undefined } }
  /** The record's missing episode is this person's, with at least `atLeast` episodes in `withinDays` days. */
  | { missingEpisodes: { atLeast: Count; withinDays: Count } };

/** A test of the record as a whole, with the same three-valued logic. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { offence: OffenceMatch }
  /** An indicator anywhere on the record, on a person or not. */
  | { indicator: IndicatorMatch }
  | { operation: { headings: Headings } }
  | { grading: GradingMatch }
  /** Some person on the record passes the test. */
  | { person: PersonCondition }
  /** At least `atLeast` persons pass the test. */
  | { persons: { where: PersonCondition; atLeast: Count } };

const maxBranches = 50;

export const PersonCondition: z.ZodType<PersonCondition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: nonEmpty(PersonCondition, maxBranches) }),
    z.strictObject({ any: nonEmpty(PersonCondition, maxBranches) }),
    z.strictObject({ not: PersonCondition }),
    z.strictObject({ role: nonEmpty(PersonRoleCode, 10) }),
    z.strictObject({
      age: z
        .strictObject({ under: Count.optional(), atLeast: Count.optional() })
        .refine((age) => age.under !== undefined || age.atLeast !== undefined, {
          message: "Give under, atLeast or both",
        }),
    }),
    z.strictObject({ juvenile: z.boolean() }),
    z.strictObject({ attribute: nonEmpty(PersonAttributeCode, 10) }),
    z.strictObject({
      indicator: z
        .strictObject({ ...indicatorMatchShape, includeRecordLevel: z.boolean().optional() })
        .refine(namesIndicators, namesIndicatorsMessage),
    }),
    z.strictObject({ missingEpisodes: z.strictObject({ atLeast: Count, withinDays: Count }) }),
  ]),
);

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: nonEmpty(Condition, maxBranches) }),
    z.strictObject({ any: nonEmpty(Condition, maxBranches) }),
    z.strictObject({ not: Condition }),
    z.strictObject({ offence: OffenceMatch }),
    z.strictObject({ indicator: IndicatorMatch }),
    z.strictObject({ operation: z.strictObject({ headings: Headings }) }),
    z.strictObject({ grading: GradingMatch }),
    z.strictObject({ person: PersonCondition }),
    z.strictObject({ persons: z.strictObject({ where: PersonCondition, atLeast: Count }) }),
  ]),
);
