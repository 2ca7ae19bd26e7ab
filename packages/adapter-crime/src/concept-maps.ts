import { bundledConceptMaps, type ConceptMap } from "@cse-flags/adapter-kit";
import circumstances from "./concept-maps/circumstances.json" with { type: "json" };
import crimeFlags from "./concept-maps/crime-flags.json" with { type: "json" };
import personRoles from "./concept-maps/person-roles.json" with { type: "json" };

/**
 * The crime adapter's concept maps, by the name `map` looks codes up in. A force adapts the
 * adapter to its own codes by replacing one (`createCrimeAdapter({ conceptMaps })`). A type
 * alias, not an interface, so that it is a `ConceptMaps` record.
 */
export type CrimeConceptMaps = {
  /** Structured circumstance codes recorded on a person, to taxonomy indicators. */
  readonly circumstances: ConceptMap<"indicator">;
  /** The force's existing crime flags, to marker kinds. */
  readonly crimeFlags: ConceptMap<"marker-kind">;
  /** The role a person is linked to the crime in, to person roles. */
  readonly personRoles: ConceptMap<"person-role">;
};

/** The code set each map must target: a replacement for another code set is refused. */
export const conceptMapTargets = {
  circumstances: "indicator",
  crimeFlags: "marker-kind",
  personRoles: "person-role",
} as const satisfies Record<keyof CrimeConceptMaps, string>;

/** The reference export's concept maps, validated and frozen when this module loads (a bad map stops it loading). */
export const crimeConceptMaps: CrimeConceptMaps = bundledConceptMaps(conceptMapTargets, {
  circumstances,
  crimeFlags,
  personRoles,
});
