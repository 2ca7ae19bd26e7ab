import { bundledConceptMaps, type ConceptMapsFor } from "@cse-flags/adapter-kit";
import associateTypes from "./concept-maps/associate-types.json" with { type: "json" };
import categories from "./concept-maps/categories.json" with { type: "json" };
import concernCodes from "./concept-maps/concern-codes.json" with { type: "json" };
import riskGrades from "./concept-maps/risk-grades.json" with { type: "json" };
import warningMarkers from "./concept-maps/warning-markers.json" with { type: "json" };

/** The taxonomy code set each of the adapter's concept maps targets, by the name `map` uses. */
export const conceptMapTargets = {
  /** Risk factors at the report and return-home-interview findings, to indicators. */
  concerns: "indicator",
  /** The legacy missing/absent category. */
  categories: "missing-category",
  /** The risk grade. */
  riskGrades: "risk-level",
  /** Warning markers the system already holds on the missing person. */
  warningMarkers: "marker-kind",
  /** How an associate named on the episode is involved. */
  associateTypes: "person-role",
} as const;

/** The adapter's concept maps: replace any of them to adapt the adapter to a force's codes. */
export type DefaultMaps = ConceptMapsFor<typeof conceptMapTargets>;

/**
 * The reference export's code lists, mapped to the taxonomy. Checked and frozen when this
 * module loads: an invalid bundled map is a bug, and stops the package loading with an
 * AdapterKitError.
 */
export const missingPersonConceptMaps: DefaultMaps = bundledConceptMaps(conceptMapTargets, {
  concerns: concernCodes,
  categories,
  riskGrades,
  warningMarkers,
  associateTypes,
});
