import { type MapContext, splitCell } from "@cse-flags/adapter-kit";
import type { SourceMarker } from "@cse-flags/core";
import type { CrimeConceptMaps } from "./concept-maps.js";

/**
 * The force's existing flags on the crime, as markers on the record, each keeping the local
 * code it came from. A flag with no marker kind (domestic abuse) is counted as explicitly
 * unmapped; one not yet mapped is reported on the record.
 */
export function mapCrimeFlags(
  cell: string,
  ctx: MapContext<CrimeConceptMaps>,
  system: string,
): SourceMarker[] {
  const markers: SourceMarker[] = [];
  // A flag written twice is one flag.
  for (const code of new Set(splitCell(cell, ";"))) {
    const kind = ctx.target("crimeFlags", code, "crime_flags");
    if (kind !== undefined)
      markers.push({ kind, qualifiers: [], subject: { type: "record" }, sourceCode: { system, code } });
  }
  return markers;
}
