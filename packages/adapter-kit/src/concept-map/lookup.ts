import type { CodeSetId, MappingRelationshipCode } from "@cse-flags/core";
import type { CodeOf } from "./code-of.js";
import { type ConceptMap, type ConceptMapEntry, isNoMap } from "./concept-map.js";

/** What a concept map says about one source code. */
export type ConceptLookup<K extends CodeSetId = CodeSetId> =
  | {
      readonly status: "mapped";
      readonly target: CodeOf<K>;
      readonly relationship: MappingRelationshipCode;
      readonly comment?: string;
    }
  | { readonly status: "no-map"; readonly comment: string }
  | { readonly status: "not-yet-mapped" };

const indexes = new WeakMap<ConceptMap, ReadonlyMap<string, ConceptMapEntry>>();

const indexOf = (map: ConceptMap): ReadonlyMap<string, ConceptMapEntry> => {
  let index = indexes.get(map);
  if (!index) {
    index = new Map(map.entries.map((entry) => [entry.code, entry]));
    indexes.set(map, index);
  }
  return index;
};

/**
 * Looks a source code up in a concept map: `mapped` (with its relationship: a
 * `not-related-to` mapping says the codes must not be treated as the same), `no-map`
 * (explicitly unmapped) or `not-yet-mapped`.
 */
export function lookupCode<K extends CodeSetId>(map: ConceptMap<K>, code: string): ConceptLookup<K> {
  const entry = indexOf(map as ConceptMap).get(code) as ConceptMapEntry<K> | undefined;
  if (entry === undefined) return { status: "not-yet-mapped" };
  if (isNoMap(entry)) return { status: "no-map", comment: entry.comment };
  const { target, relationship, comment } = entry;
  return comment === undefined
    ? { status: "mapped", target, relationship }
    : { status: "mapped", target, relationship, comment };
}
