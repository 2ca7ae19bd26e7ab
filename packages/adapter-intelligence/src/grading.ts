import { proceed, rejectAt, type Step } from "@cse-flags/adapter-kit";
import {
  grading3x5x2HandlingCodes,
  grading3x5x2IntelligenceCodes,
  grading3x5x2SourceCodes,
  grading5x5x5HandlingCodes,
  grading5x5x5IntelligenceCodes,
  grading5x5x5SourceCodes,
  type IntelligenceGrading,
} from "@cse-flags/core";
import type { z } from "zod";

export type Grading = z.infer<typeof IntelligenceGrading>;

/** The grading cells of one report, as exported. */
export interface GradingCells {
  readonly grading_scheme: string;
  readonly source_eval: string;
  readonly intel_eval: string;
  readonly handling_code: string;
}

export type GradingField = keyof GradingCells;

/** The codes each scheme allows, from the taxonomy (DOMAIN.md section 6). */
const allowed = {
  "5x5x5": {
    source_eval: grading5x5x5SourceCodes,
    intel_eval: grading5x5x5IntelligenceCodes,
    handling_code: grading5x5x5HandlingCodes,
  },
  "3x5x2": {
    source_eval: grading3x5x2SourceCodes,
    intel_eval: grading3x5x2IntelligenceCodes,
    handling_code: grading3x5x2HandlingCodes,
  },
} as const;

const evaluationFields = ["source_eval", "intel_eval", "handling_code"] as const;

/**
 * The report's grading, kept verbatim in the scheme it was made in (no crosswalk between
 * 5x5x5 and 3x5x2 exists), with its handling code, so sharing downstream can respect it.
 * All four cells blank: ungraded. Some blank: `incomplete-grading`, naming the first blank
 * cell. A code the scheme does not have (a 5x5x5 source `1`): `invalid-grading`.
 */
export function readGrading(cells: GradingCells): Step<Grading | undefined, GradingField> {
  const scheme = cells.grading_scheme;
  const values = evaluationFields.map((field) => [field, cells[field]] as const);
  if (scheme === "") {
    const filled = values.find(([, value]) => value !== "");
    return filled === undefined ? proceed(undefined) : rejectAt("incomplete-grading", "grading_scheme");
  }
  if (scheme !== "5x5x5" && scheme !== "3x5x2") {
    return rejectAt("invalid-grading", "grading_scheme");
  }
  for (const [field, value] of values) {
    if (value === "") return rejectAt("incomplete-grading", field);
    if (!(allowed[scheme][field] as readonly string[]).includes(value)) {
      return rejectAt("invalid-grading", field);
    }
  }
  // Every value was checked against the scheme's code list above.
  return proceed({
    scheme,
    source: cells.source_eval,
    intelligence: cells.intel_eval,
    handling: cells.handling_code,
  } as Grading);
}
