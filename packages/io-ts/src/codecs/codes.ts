// Code sets from the taxonomy (core: schemas/codes.ts). Each codec takes its codes from core's
// generated lists, so a new code reaches zod and io-ts at once.
import {
  grading3x5x2HandlingCodes,
  grading3x5x2IntelligenceCodes,
  grading3x5x2SourceCodes,
  grading5x5x5HandlingCodes,
  grading5x5x5IntelligenceCodes,
  grading5x5x5SourceCodes,
  hoOffenceCodes,
  indicatorClassCodes,
  indicatorCodes,
  locationRoleCodes,
  markerKindCodes,
  markerQualifierCodes,
  markerStatusCodes,
  markerTransitionCodes,
  missingCategoryCodes,
  offenceClassCodes,
  personAttributeCodes,
  personRoleCodes,
  recordKindCodes,
  riskLevelCodes,
  securityClassificationCodes,
  soaSectionCodes,
} from "@cse-flags/core";
import { checkedString, literal, matches, oneOf } from "../combinators/scalars.js";
import { strictObject } from "../combinators/strict-object.js";
import { taggedUnion, union } from "../combinators/union.js";

export const RecordKindCode = oneOf("RecordKindCode", recordKindCodes);
export const MarkerKindCode = oneOf("MarkerKindCode", markerKindCodes);
export const MarkerQualifierCode = oneOf("MarkerQualifierCode", markerQualifierCodes);
export const PersonRoleCode = oneOf("PersonRoleCode", personRoleCodes);
export const PersonAttributeCode = oneOf("PersonAttributeCode", personAttributeCodes);
export const LocationRoleCode = oneOf("LocationRoleCode", locationRoleCodes);
export const MarkerStatusCode = oneOf("MarkerStatusCode", markerStatusCodes);
export const MarkerTransitionCode = oneOf("MarkerTransitionCode", markerTransitionCodes);
export const IndicatorCode = oneOf("IndicatorCode", indicatorCodes);
export const IndicatorClassCode = oneOf("IndicatorClassCode", indicatorClassCodes);
export const OffenceClassCode = oneOf("OffenceClassCode", offenceClassCodes);
export const HoOffenceCode = oneOf("HoOffenceCode", hoOffenceCodes);
export const SoaSectionCode = oneOf("SoaSectionCode", soaSectionCodes);
export const RiskLevelCode = oneOf("RiskLevelCode", riskLevelCodes);
export const MissingCategoryCode = oneOf("MissingCategoryCode", missingCategoryCodes);
export const SecurityClassificationCode = oneOf("SecurityClassificationCode", securityClassificationCodes);

/** A taxonomy record kind, or an `x-` prefixed local kind until the taxonomy adds it. */
export const RecordKind = union("RecordKind", [
  RecordKindCode,
  checkedString("LocalRecordKind", [
    matches(/^x-[a-z0-9][a-z0-9-]{0,62}$/, "Expected a taxonomy record kind or an x- prefixed local kind"),
  ]),
]);

export const Grading5x5x5IntelligenceCode = oneOf(
  "Grading5x5x5IntelligenceCode",
  grading5x5x5IntelligenceCodes,
);
export const Grading3x5x2IntelligenceCode = oneOf(
  "Grading3x5x2IntelligenceCode",
  grading3x5x2IntelligenceCodes,
);

export const Grading5x5x5 = strictObject("Grading5x5x5", {
  scheme: literal("5x5x5"),
  source: oneOf("Grading5x5x5SourceCode", grading5x5x5SourceCodes),
  intelligence: Grading5x5x5IntelligenceCode,
  handling: oneOf("Grading5x5x5HandlingCode", grading5x5x5HandlingCodes),
});

export const Grading3x5x2 = strictObject("Grading3x5x2", {
  scheme: literal("3x5x2"),
  source: oneOf("Grading3x5x2SourceCode", grading3x5x2SourceCodes),
  intelligence: Grading3x5x2IntelligenceCode,
  handling: oneOf("Grading3x5x2HandlingCode", grading3x5x2HandlingCodes),
});

/** Intelligence gradings are kept verbatim in the scheme they were made in. */
export const IntelligenceGrading = taggedUnion("IntelligenceGrading", "scheme", {
  "5x5x5": Grading5x5x5,
  "3x5x2": Grading3x5x2,
});
