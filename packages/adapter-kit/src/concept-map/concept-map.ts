import type { CodeSetId, MappingRelationshipCode } from "@cse-flags/core";
import type { CodeOf } from "./code-of.js";

/** A source code mapped to a taxonomy code, saying how good the mapping is (FHIR R5). */
export interface MappedEntry<K extends CodeSetId = CodeSetId> {
  readonly code: string;
  readonly target: CodeOf<K>;
  readonly relationship: MappingRelationshipCode;
  /** Required unless the relationship is `equivalent`. */
  readonly comment?: string;
}

/** A source code that is deliberately not mapped, with the reason ("explicitly unmapped"). */
export interface NoMapEntry {
  readonly code: string;
  readonly noMap: true;
  readonly comment: string;
}

export type ConceptMapEntry<K extends CodeSetId = CodeSetId> = MappedEntry<K> | NoMapEntry;

/**
 * A validated concept map: from the codes of one source code system to the codes of one
 * taxonomy code set. A source code with no entry is "not yet mapped"; one with a `noMap`
 * entry is "explicitly unmapped". Build one with `conceptMap`, `parseConceptMap`,
 * `parseConceptMapCsv` or `loadConceptMapFile`, never by hand, so it is always checked.
 */
export interface ConceptMap<K extends CodeSetId = CodeSetId> {
  readonly id: string;
  readonly version: string;
  readonly title?: string;
  /** The source code system, e.g. `northshire/crime-flags`. */
  readonly source: string;
  /** The taxonomy code set the targets belong to. */
  readonly target: K;
  readonly entries: readonly ConceptMapEntry<K>[];
}

export const isNoMap = <K extends CodeSetId>(entry: ConceptMapEntry<K>): entry is NoMapEntry =>
  "noMap" in entry;
