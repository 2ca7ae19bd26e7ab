import type { ConceptMap } from "@cse-flags/adapter-kit";
import type { CodeSetId } from "@cse-flags/core";

/**
 * The relationships a story's taxonomy code may be written with, best first. A local code
 * that is equivalent to, or narrower than, the taxonomy code gives that code back when
 * mapped, so the canonical record holds exactly the story's facts.
 */
const exactly = ["equivalent", "source-is-narrower-than-target"] as const;

/**
 * Marker kinds may also be written with a `related-to` code: the old generic exploitation
 * flag (`EXPL`) is the only way these systems carry a CE marker, and it maps to CE.
 */
const forMarkers = [...exactly, "related-to"] as const;

/** A lookup from taxonomy codes to the local codes a system writes them with. */
export type LocalCodes = (target: string) => string;

function lookup(map: ConceptMap<CodeSetId>, relationships: readonly string[]): LocalCodes {
  const codes = new Map<string, string>();
  for (const relationship of relationships)
    for (const entry of map.entries)
      if ("target" in entry && entry.relationship === relationship && !codes.has(entry.target))
        codes.set(entry.target, entry.code);
  return (target) => {
    const code = codes.get(target);
    // The stories are fixed data: a code a system cannot write is a mistake in a story.
    if (code === undefined) throw new Error(`A story uses a code the ${map.source} map cannot write`);
    return code;
  };
}

/** The local indicator codes of a system: only codes that mean exactly the indicator. */
export const indicatorCodes = (map: ConceptMap<"indicator">): LocalCodes => lookup(map, exactly);

/** The local marker codes of a system. */
export const markerCodes = (map: ConceptMap<"marker-kind">): LocalCodes => lookup(map, forMarkers);
