import { bundledConceptMaps, type ConceptMap } from "@cse-flags/adapter-kit";
import indicators from "./concept-maps/indicators.json" with { type: "json" };
import reportFlags from "./concept-maps/report-flags.json" with { type: "json" };
import subjectRoles from "./concept-maps/subject-roles.json" with { type: "json" };

/**
 * The concept maps the adapter looks codes up in, by name. A force adapts the adapter to its
 * own code lists by passing its own map for any of them to `createIntelligenceAdapter`.
 */
export type IntelligenceConceptMaps = {
  /** Subject indicator keywords (`subject_N_indicators`) to taxonomy indicators. */
  readonly indicators: ConceptMap<"indicator">;
  /** Subject roles (`subject_N_role`) to taxonomy person roles. */
  readonly subjectRoles: ConceptMap<"person-role">;
  /** Report flags (`report_flags`), the force's existing markers, to marker kinds. */
  readonly reportFlags: ConceptMap<"marker-kind">;
};

/** The code set each map must target; a replacement map for another code set is refused. */
export const conceptMapTargets = {
  indicators: "indicator",
  subjectRoles: "person-role",
  reportFlags: "marker-kind",
} as const satisfies Record<keyof IntelligenceConceptMaps, string>;

// Checked when this module loads: a broken bundled map is a bug that stops the package loading.
/** The reference export's code lists, mapped: the defaults, frozen. */
export const intelligenceConceptMaps: IntelligenceConceptMaps = bundledConceptMaps(conceptMapTargets, {
  indicators,
  subjectRoles,
  reportFlags,
});
