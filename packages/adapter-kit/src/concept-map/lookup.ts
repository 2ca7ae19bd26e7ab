import type { CodeSetId, MappingRelationshipCode } from "@cse-flags/core";
import { AdapterKitError, kitIssue } from "../issue.js";
import type { CodeOf } from "./code-of.js";
import { type ConceptMap, type ConceptMapEntry, isNoMap } from "./concept-map.js";
import { parseConceptMap } from "./parse-concept-map.js";

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

/** The map's entries by code; a map is checked (`parseConceptMap`) the first time it is used. */
const indexOf = (map: ConceptMap): ReadonlyMap<string, ConceptMapEntry> => {
  if (typeof map !== "object" || map === null) {
    throw new AdapterKitError("Invalid concept map", [
      kitIssue([], "invalid_type", "Expected a concept map"),
    ]);
  }
  let index = indexes.get(map);
  if (!index) {
    const checked = parseConceptMap(map);
    if (!checked.ok) throw new AdapterKitError("Invalid concept map", checked.issues);
    index = new Map(map.entries.map((entry) => [entry.code, entry]));
    indexes.set(map, index);
  }
  return index;
};

/**
 * Looks a source code up in a concept map: `mapped` (with its relationship: a
 * `not-related-to` mapping says the codes must not be treated as the same), `no-map`
 * (explicitly unmapped) or `not-yet-mapped`. Throws `AdapterKitError` for a map that is
 * not a valid concept map.
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
