/**
 * Every code set in the taxonomy, in the order they are published.
 * Adding a code set is a minor taxonomy change; removing one is never allowed.
 */
export const codeSetIds = [
  "record-kind",
  "marker-kind",
  "marker-qualifier",
  "subject-type",
  "person-role",
  "person-attribute",
  "location-role",
  "marker-status",
  "marker-transition",
  "indicator-class",
  "indicator",
  "offence-class",
  "ho-offence",
  "soa-section",
  "risk-level",
  "risk-seraf",
  "risk-london",
  "risk-city-of-london",
  "risk-low-medium-high",
  "risk-app-missing",
  "missing-category",
  "grading-scheme",
  "grading-5x5x5-source",
  "grading-5x5x5-intelligence",
  "grading-5x5x5-handling",
  "grading-3x5x2-source",
  "grading-3x5x2-intelligence",
  "grading-3x5x2-handling",
  "security-classification",
  "mapping-relationship",
] as const;

export type CodeSetId = (typeof codeSetIds)[number];

/** Code sets of local risk categories, each concept carrying a crosswalk (`mapsTo`) to `risk-level`. */
export const riskSchemeIds = [
  "risk-seraf",
  "risk-london",
  "risk-city-of-london",
  "risk-low-medium-high",
  "risk-app-missing",
] as const satisfies readonly CodeSetId[];
