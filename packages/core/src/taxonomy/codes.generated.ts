// Generated from taxonomy/ by `pnpm generate`. Do not edit.

export const recordKindCodes = [
  "crime",
  "intelligence",
  "custody",
  "missing-person",
] as const;
export type RecordKindCode = (typeof recordKindCodes)[number];

export const markerKindCodes = [
  "CSE",
  "CSA",
  "CCE",
  "CE",
] as const;
export type MarkerKindCode = (typeof markerKindCodes)[number];

export const markerQualifierCodes = [
  "online",
  "group-based",
] as const;
export type MarkerQualifierCode = (typeof markerQualifierCodes)[number];

export const subjectTypeCodes = [
  "record",
  "person",
  "location",
  "vehicle",
] as const;
export type SubjectTypeCode = (typeof subjectTypeCodes)[number];

export const personRoleCodes = [
  "victim",
  "suspect",
  "offender",
  "person-at-risk",
  "missing-person",
  "detainee",
] as const;
export type PersonRoleCode = (typeof personRoleCodes)[number];

export const personAttributeCodes = [
  "looked-after",
  "learning-disability",
] as const;
export type PersonAttributeCode = (typeof personAttributeCodes)[number];

export const locationRoleCodes = [
  "event-location",
  "where-found",
  "home",
  "other",
] as const;
export type LocationRoleCode = (typeof locationRoleCodes)[number];

export const markerStatusCodes = [
  "suspected",
  "confirmed",
  "rejected",
  "withdrawn",
  "expired",
] as const;
export type MarkerStatusCode = (typeof markerStatusCodes)[number];

export const markerTransitionCodes = [
  "propose",
  "confirm",
  "reject",
  "reopen",
  "withdraw",
  "expire",
] as const;
export type MarkerTransitionCode = (typeof markerTransitionCodes)[number];

export const indicatorClassCodes = [
  "general-vulnerability",
  "shared-exploitation-sign",
  "sexual-element",
  "criminal-element",
] as const;
export type IndicatorClassCode = (typeof indicatorClassCodes)[number];

export const indicatorCodes = [
  "emotional-neglect",
  "physical-abuse",
  "history-of-sexual-abuse",
  "family-relationship-breakdown",
  "family-domestic-abuse",
  "family-substance-misuse",
  "family-mental-health",
  "low-self-esteem",
  "unsuitable-accommodation",
  "isolated-from-peers",
  "lack-of-protective-adult",
  "looked-after-child",
  "bullying",
  "learning-disability",
  "residential-care-or-hostel",
  "missing-from-home-or-care",
  "staying-out-late",
  "multiple-unknown-callers",
  "concerning-phone-use",
  "self-harm-or-despair",
  "absence-from-education",
  "assault-disclosed-then-withdrawn",
  "peers-sexually-exploited",
  "drug-misuse",
  "alcohol-misuse",
  "concerning-internet-use",
  "living-independently-not-engaging",
  "unexplained-money-or-goods",
  "associates-with-older-adults",
  "gets-into-cars-with-unknown-adults",
  "associates-with-known-cse-adults",
  "physical-injuries",
  "involvement-in-offending",
  "gang-association",
  "found-out-of-area",
  "multiple-phones-or-sims",
  "keys-to-unknown-premises",
  "fear-of-reprisal",
  "rewarded-for-recruiting-peers",
  "sexual-activity-reported",
  "sexually-transmitted-infection",
  "pregnancy-or-termination",
  "online-grooming",
  "online-sexual-contact",
  "exchange-money",
  "exchange-gifts",
  "exchange-drugs",
  "exchange-alcohol",
  "exchange-accommodation",
  "exchange-status",
  "exploited-for-third-party-gain",
  "found-with-drugs-or-weapons",
  "arrested-out-of-area-for-drugs",
  "drug-supply",
  "county-lines-involvement",
  "cuckooing",
] as const;
export type IndicatorCode = (typeof indicatorCodes)[number];

export const offenceClassCodes = [
  "cse-defining",
  "cse-indicative-child-victim",
  "child-sexual-offence",
  "related",
] as const;
export type OffenceClassCode = (typeof offenceClassCodes)[number];

export const hoOffenceCodes = [
  "19D",
  "19E",
  "19G",
  "19H",
  "17B",
  "20B",
  "21",
  "22B",
  "23",
  "71",
  "72",
  "73",
  "88A",
  "106",
] as const;
export type HoOffenceCode = (typeof hoOffenceCodes)[number];

export const soaSectionCodes = [
  "15A",
  "47",
  "48",
  "49",
  "50",
] as const;
export type SoaSectionCode = (typeof soaSectionCodes)[number];

export const riskLevelCodes = [
  "no-apparent-risk",
  "low",
  "medium",
  "high",
] as const;
export type RiskLevelCode = (typeof riskLevelCodes)[number];

export const riskSerafCodes = [
  "1",
  "2",
  "3",
  "4",
] as const;
export type RiskSerafCode = (typeof riskSerafCodes)[number];

export const riskLondonCodes = [
  "1",
  "2",
  "3",
] as const;
export type RiskLondonCode = (typeof riskLondonCodes)[number];

export const riskCityOfLondonCodes = [
  "A",
  "B",
  "C",
] as const;
export type RiskCityOfLondonCode = (typeof riskCityOfLondonCodes)[number];

export const riskLowMediumHighCodes = [
  "LOW",
  "MEDIUM",
  "HIGH",
] as const;
export type RiskLowMediumHighCode = (typeof riskLowMediumHighCodes)[number];

export const riskAppMissingCodes = [
  "no-apparent-risk",
  "low",
  "medium",
  "high",
] as const;
export type RiskAppMissingCode = (typeof riskAppMissingCodes)[number];

export const missingCategoryCodes = [
  "missing",
  "absent",
] as const;
export type MissingCategoryCode = (typeof missingCategoryCodes)[number];

export const gradingSchemeCodes = [
  "5x5x5",
  "3x5x2",
] as const;
export type GradingSchemeCode = (typeof gradingSchemeCodes)[number];

export const grading5x5x5SourceCodes = [
  "A",
  "B",
  "C",
  "D",
  "E",
] as const;
export type Grading5x5x5SourceCode = (typeof grading5x5x5SourceCodes)[number];

export const grading5x5x5IntelligenceCodes = [
  "1",
  "2",
  "3",
  "4",
  "5",
] as const;
export type Grading5x5x5IntelligenceCode = (typeof grading5x5x5IntelligenceCodes)[number];

export const grading5x5x5HandlingCodes = [
  "1",
  "2",
  "3",
  "4",
  "5",
] as const;
export type Grading5x5x5HandlingCode = (typeof grading5x5x5HandlingCodes)[number];

export const grading3x5x2SourceCodes = [
  "1",
  "2",
  "3",
] as const;
export type Grading3x5x2SourceCode = (typeof grading3x5x2SourceCodes)[number];

export const grading3x5x2IntelligenceCodes = [
  "A",
  "B",
  "C",
  "D",
  "E",
] as const;
export type Grading3x5x2IntelligenceCode = (typeof grading3x5x2IntelligenceCodes)[number];

export const grading3x5x2HandlingCodes = [
  "P",
  "C",
] as const;
export type Grading3x5x2HandlingCode = (typeof grading3x5x2HandlingCodes)[number];

export const securityClassificationCodes = [
  "OFFICIAL",
  "OFFICIAL-SENSITIVE",
  "SECRET",
  "TOP-SECRET",
] as const;
export type SecurityClassificationCode = (typeof securityClassificationCodes)[number];

export const mappingRelationshipCodes = [
  "equivalent",
  "source-is-narrower-than-target",
  "source-is-broader-than-target",
  "related-to",
  "not-related-to",
] as const;
export type MappingRelationshipCode = (typeof mappingRelationshipCodes)[number];
