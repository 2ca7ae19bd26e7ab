import { bundledConceptMaps, type ConceptMapsFor } from "@cse-flags/adapter-kit";
import circumstances from "./concept-maps/circumstances.json" with { type: "json" };
import crimeFlags from "./concept-maps/crime-flags.json" with { type: "json" };
import personRoles from "./concept-maps/person-roles.json" with { type: "json" };

/** The taxonomy code set each of the adapter's concept maps targets, by the name `map` uses. */
export const conceptMapTargets = {
  /** Structured circumstance codes recorded on a person, to taxonomy indicators. */
  circumstances: "indicator",
  /** The force's existing crime flags, to marker kinds. */
  crimeFlags: "marker-kind",
  /** The role a person is linked to the crime in, to person roles. */
  personRoles: "person-role",
} as const;

/**
 * The crime adapter's concept maps, by the name `map` looks codes up in. A force adapts the
 * adapter to its own codes by replacing one (`createCrimeAdapter({ conceptMaps })`); a
 * replacement for another code set is refused.
 */
export type CrimeConceptMaps = ConceptMapsFor<typeof conceptMapTargets>;

/** The reference export's concept maps, validated and frozen when this module loads (a bad map stops it loading). */
export const crimeConceptMaps: CrimeConceptMaps = bundledConceptMaps(conceptMapTargets, {
  circumstances,
  crimeFlags,
  personRoles,
});
