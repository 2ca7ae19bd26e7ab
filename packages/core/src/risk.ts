import type { RiskLevelCode } from "./taxonomy/codes.generated.js";
import { getConcept } from "./taxonomy/taxonomy.js";

/** A risk level's rank in the taxonomy: 0 (no apparent risk) to 3 (high). */
export const riskRank = (level: RiskLevelCode): number => getConcept("risk-level", level)?.rank ?? 0;

/** The higher of two risk levels; either may be absent. */
export const higherRisk = (
  a: RiskLevelCode | undefined,
  b: RiskLevelCode | undefined,
): RiskLevelCode | undefined =>
  a === undefined ? b : b === undefined ? a : riskRank(b) > riskRank(a) ? b : a;
