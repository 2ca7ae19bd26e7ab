import { z } from "zod";
import * as codes from "../taxonomy/codes.generated.js";

// Each enum accepts every code of its set, deprecated ones included: codes are
// forever, so a record written under an older taxonomy stays valid.

export const RecordKindCode = z.enum(codes.recordKindCodes);
export const MarkerKindCode = z.enum(codes.markerKindCodes);
export const MarkerQualifierCode = z.enum(codes.markerQualifierCodes);
export const PersonRoleCode = z.enum(codes.personRoleCodes);
export const PersonAttributeCode = z.enum(codes.personAttributeCodes);
export const LocationRoleCode = z.enum(codes.locationRoleCodes);
export const MarkerStatusCode = z.enum(codes.markerStatusCodes);
export const MarkerTransitionCode = z.enum(codes.markerTransitionCodes);
export const IndicatorCode = z.enum(codes.indicatorCodes);
export const IndicatorClassCode = z.enum(codes.indicatorClassCodes);
export const OffenceClassCode = z.enum(codes.offenceClassCodes);
export const HoOffenceCode = z.enum(codes.hoOffenceCodes);
export const SoaSectionCode = z.enum(codes.soaSectionCodes);
export const RiskLevelCode = z.enum(codes.riskLevelCodes);
export const MissingCategoryCode = z.enum(codes.missingCategoryCodes);
export const SecurityClassificationCode = z.enum(codes.securityClassificationCodes);

/** Records of kinds outside the taxonomy use an `x-` prefix until the taxonomy adds them. */
export const RecordKind = z.union([
  RecordKindCode,
  z
    .string()
    .regex(/^x-[a-z0-9][a-z0-9-]{0,62}$/, "Expected a taxonomy record kind or an x- prefixed local kind"),
]);

/** Intelligence gradings are kept verbatim in the scheme they were made in. */
export const Grading5x5x5 = z.strictObject({
  scheme: z.literal("5x5x5"),
  source: z.enum(codes.grading5x5x5SourceCodes),
  intelligence: z.enum(codes.grading5x5x5IntelligenceCodes),
  handling: z.enum(codes.grading5x5x5HandlingCodes),
});

export const Grading3x5x2 = z.strictObject({
  scheme: z.literal("3x5x2"),
  source: z.enum(codes.grading3x5x2SourceCodes),
  intelligence: z.enum(codes.grading3x5x2IntelligenceCodes),
  handling: z.enum(codes.grading3x5x2HandlingCodes),
});

export const IntelligenceGrading = z.discriminatedUnion("scheme", [Grading5x5x5, Grading3x5x2]);
