// Policy conditions (core: policy/condition-schema.ts). Only the recursive branches' types are
// written out (TypeScript needs them for recursion); every leaf's type is inferred from its codec.
import * as t from "io-ts";
import { arrayOf } from "../combinators/array.js";
import { rule, withChecks } from "../combinators/checks.js";
import { boolean, integer, literal } from "../combinators/scalars.js";
import { optional, strictObject } from "../combinators/strict-object.js";
import { union } from "../combinators/union.js";
import {
  Grading3x5x2IntelligenceCode,
  Grading5x5x5IntelligenceCode,
  HoOffenceCode,
  IndicatorClassCode,
  IndicatorCode,
  OffenceClassCode,
  PersonAttributeCode,
  PersonRoleCode,
  SoaSectionCode,
} from "./codes.js";
import { OperationHeading, ParameterName } from "./primitives.js";

const nonEmpty = <C extends t.Mixed>(item: C, max: number) => arrayOf(item, { min: 1, max });
const maxBranches = 50;

export const ParameterRef = strictObject("ParameterRef", { param: ParameterName });

/** A whole number written in the rule, or the name of an integer parameter. */
export const Count = union("Count", [integer(0, 10_000), ParameterRef]);

const indicatorMatchShape = {
  codes: optional(nonEmpty(IndicatorCode, 100)),
  classes: optional(nonEmpty(IndicatorClassCode, 10)),
  exchange: optional(literal(true)),
  except: optional(nonEmpty(IndicatorCode, 100)),
};
interface NamesIndicators {
  readonly codes?: unknown;
  readonly classes?: unknown;
  readonly exchange?: unknown;
}
const namesIndicators = rule<NamesIndicators>(
  "names-indicators",
  (match) => match.codes !== undefined || match.classes !== undefined || match.exchange !== undefined,
  [],
  "Give at least one of codes, classes or exchange",
);

export const IndicatorMatch = withChecks(strictObject("IndicatorMatch", indicatorMatchShape), [
  namesIndicators,
]);

export const OffenceMatch = withChecks(
  strictObject("OffenceMatch", {
    homeOffice: optional(nonEmpty(HoOffenceCode, 100)),
    soaSections: optional(nonEmpty(SoaSectionCode, 100)),
    classes: optional(nonEmpty(OffenceClassCode, 10)),
  }),
  [
    rule(
      "names-offences",
      (match) =>
        match.homeOffice !== undefined || match.soaSections !== undefined || match.classes !== undefined,
      [],
      "Give at least one of homeOffice, soaSections or classes",
    ),
  ],
);

/** Any grading the taxonomy marks as suspected false, or listed intelligence codes of one scheme. */
export const GradingMatch = union("GradingMatch", [
  strictObject("SuspectedFalseGrading", { suspectedFalse: literal(true) }),
  strictObject("Grading5x5x5Match", {
    scheme: literal("5x5x5"),
    intelligence: nonEmpty(Grading5x5x5IntelligenceCode, 5),
  }),
  strictObject("Grading3x5x2Match", {
    scheme: literal("3x5x2"),
    intelligence: nonEmpty(Grading3x5x2IntelligenceCode, 5),
  }),
]);

/** Operation headings written in the rule, or the name of a headings parameter. */
export const Headings = union("Headings", [nonEmpty(OperationHeading, 100), ParameterRef]);

const PersonRole = strictObject("RoleTest", { role: nonEmpty(PersonRoleCode, 10) });
const PersonAge = strictObject("AgeTest", {
  age: withChecks(strictObject("AgeBounds", { under: optional(Count), atLeast: optional(Count) }), [
    rule(
      "names-an-age",
      (age) => age.under !== undefined || age.atLeast !== undefined,
      [],
      "Give under, atLeast or both",
    ),
  ]),
});
const PersonJuvenile = strictObject("JuvenileTest", { juvenile: boolean });
const PersonAttribute = strictObject("AttributeTest", { attribute: nonEmpty(PersonAttributeCode, 10) });
const PersonIndicator = strictObject("PersonIndicatorTest", {
  indicator: withChecks(
    strictObject("PersonIndicatorMatch", { ...indicatorMatchShape, includeRecordLevel: optional(boolean) }),
    [namesIndicators],
  ),
});
const PersonMissingEpisodes = strictObject("MissingEpisodesTest", {
  missingEpisodes: strictObject("MissingEpisodesCount", { atLeast: Count, withinDays: Count }),
});

type PersonTest =
  | t.TypeOf<typeof PersonRole>
  | t.TypeOf<typeof PersonAge>
  | t.TypeOf<typeof PersonJuvenile>
  | t.TypeOf<typeof PersonAttribute>
  | t.TypeOf<typeof PersonIndicator>
  | t.TypeOf<typeof PersonMissingEpisodes>;

/** A test of one person on the record, with three-valued logic. */
export type PersonCondition =
  | { all: PersonCondition[] }
  | { any: PersonCondition[] }
  | { not: PersonCondition }
  | PersonTest;

export const PersonCondition: t.Type<PersonCondition> = t.recursion("PersonCondition", () =>
  union("PersonCondition", [
    strictObject("AllPersonConditions", { all: nonEmpty(PersonCondition, maxBranches) }),
    strictObject("AnyPersonCondition", { any: nonEmpty(PersonCondition, maxBranches) }),
    strictObject("NotPersonCondition", { not: PersonCondition }),
    PersonRole,
    PersonAge,
    PersonJuvenile,
    PersonAttribute,
    PersonIndicator,
    PersonMissingEpisodes,
  ]),
);

const OffenceTest = strictObject("OffenceTest", { offence: OffenceMatch });
const IndicatorTest = strictObject("IndicatorTest", { indicator: IndicatorMatch });
const OperationTest = strictObject("OperationTest", {
  operation: strictObject("OperationHeadings", { headings: Headings }),
});
const GradingTest = strictObject("GradingTest", { grading: GradingMatch });
const PersonTest = strictObject("SomePersonTest", { person: PersonCondition });
const PersonsTest = strictObject("PersonsTest", {
  persons: strictObject("PersonsCount", { where: PersonCondition, atLeast: Count }),
});

type RecordTest =
  | t.TypeOf<typeof OffenceTest>
  | t.TypeOf<typeof IndicatorTest>
  | t.TypeOf<typeof OperationTest>
  | t.TypeOf<typeof GradingTest>
  | t.TypeOf<typeof PersonTest>
  | t.TypeOf<typeof PersonsTest>;

/** A test of the record as a whole, with the same three-valued logic. */
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | RecordTest;

export const Condition: t.Type<Condition> = t.recursion("Condition", () =>
  union("Condition", [
    strictObject("AllConditions", { all: nonEmpty(Condition, maxBranches) }),
    strictObject("AnyCondition", { any: nonEmpty(Condition, maxBranches) }),
    strictObject("NotCondition", { not: Condition }),
    OffenceTest,
    IndicatorTest,
    OperationTest,
    GradingTest,
    PersonTest,
    PersonsTest,
  ]),
);
