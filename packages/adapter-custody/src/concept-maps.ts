import { bundledConceptMaps, type ConceptMap } from "@cse-flags/adapter-kit";
import protectiveMarkings from "./concept-maps/protective-markings.json" with { type: "json" };
import riskQuestions from "./concept-maps/risk-questions.json" with { type: "json" };

/**
 * The concept maps the custody adapter looks codes up in, by name. (A type alias, not an
 * interface, so that it fits the kit's `ConceptMaps` record type.)
 */
export type CustodyConceptMaps = {
  /** Risk-assessment question codes (`ra_N_question`) to taxonomy indicators. */
  readonly riskQuestions: ConceptMap<"indicator">;
  /** `protective_marking` values to security classifications. */
  readonly protectiveMarkings: ConceptMap<"security-classification">;
};

/** What each concept map must target: a replacement for another code set is refused. */
export const conceptMapTargets = {
  riskQuestions: "indicator",
  protectiveMarkings: "security-classification",
} as const satisfies Record<keyof CustodyConceptMaps, string>;

/**
 * The default concept maps for the reference export's local code lists, checked when this
 * module loads. Frozen: to adapt the adapter to a force's codes, pass replacements to
 * `createCustodyAdapter({ conceptMaps })` instead of changing these.
 */
export const custodyConceptMaps: CustodyConceptMaps = bundledConceptMaps(conceptMapTargets, {
  riskQuestions,
  protectiveMarkings,
});
