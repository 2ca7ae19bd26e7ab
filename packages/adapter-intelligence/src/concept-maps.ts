import { bundledConceptMaps, type ConceptMapsFor } from "@cse-flags/adapter-kit";
import indicators from "./concept-maps/indicators.json" with { type: "json" };
import reportFlags from "./concept-maps/report-flags.json" with { type: "json" };
import subjectRoles from "./concept-maps/subject-roles.json" with { type: "json" };

/** The taxonomy code set each of the adapter's concept maps targets, by the name `map` uses. */
export const conceptMapTargets = {
  /** Subject indicator keywords (`subject_N_indicators`) to taxonomy indicators. */
  indicators: "indicator",
  /** Subject roles (`subject_N_role`) to taxonomy person roles. */
  subjectRoles: "person-role",
  /** Report flags (`report_flags`), the force's existing markers, to marker kinds. */
  reportFlags: "marker-kind",
} as const;

/**
 * The concept maps the adapter looks codes up in, by name. A force adapts the adapter to its
 * own code lists by passing its own map for any of them to `createIntelligenceAdapter`; a
 * replacement map for another code set is refused.
 */
export type IntelligenceConceptMaps = ConceptMapsFor<typeof conceptMapTargets>;

// Checked when this module loads: a broken bundled map is a bug that stops the package loading.
/** The reference export's code lists, mapped: the defaults, frozen. */
export const intelligenceConceptMaps: IntelligenceConceptMaps = bundledConceptMaps(conceptMapTargets, {
  indicators,
  subjectRoles,
  reportFlags,
});
