import { bundledConceptMaps, type ConceptMapsFor } from "@cse-flags/adapter-kit";
import protectiveMarkings from "./concept-maps/protective-markings.json" with { type: "json" };
import riskQuestions from "./concept-maps/risk-questions.json" with { type: "json" };

/** The taxonomy code set each concept map targets, by the name the adapter looks codes up in. */
export const conceptMapTargets = {
  /** Risk-assessment question codes (`ra_N_question`) to taxonomy indicators. */
  riskQuestions: "indicator",
  /** `protective_marking` values to security classifications. */
  protectiveMarkings: "security-classification",
} as const;

/**
 * The concept maps the custody adapter looks codes up in, by name, derived from
 * `conceptMapTargets`: a replacement for another code set is refused.
 */
export type CustodyConceptMaps = ConceptMapsFor<typeof conceptMapTargets>;

/**
 * The default concept maps for the reference export's local code lists, checked when this
 * module loads. Frozen: to adapt the adapter to a force's codes, pass replacements to
 * `createCustodyAdapter({ conceptMaps })` instead of changing these.
 */
export const custodyConceptMaps: CustodyConceptMaps = bundledConceptMaps(conceptMapTargets, {
  riskQuestions,
  protectiveMarkings,
});
