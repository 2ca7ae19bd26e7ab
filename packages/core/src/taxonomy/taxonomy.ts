import taxonomyJson from "../../taxonomy.json" with { type: "json" };
import { deepFreeze } from "../deep-freeze.js";
import type { CodeSetId } from "./code-set-ids.js";
import type { ConceptOf, TaxonomyDocument } from "./taxonomy-schema.js";

/**
 * The taxonomy this package version ships, frozen. `taxonomy.json` is checked
 * against `TaxonomyDocument` and `checkTaxonomy` in this package's tests, which is
 * what makes this cast safe; it is not re-validated at import to keep start-up fast.
 */
export const taxonomy: TaxonomyDocument = deepFreeze(taxonomyJson as unknown as TaxonomyDocument);

/** The taxonomy's semver version. Decisions and markers record it. */
export const taxonomyVersion: string = taxonomy.version;

const indexes = new Map<CodeSetId, Map<string, unknown>>();

const indexOf = (id: CodeSetId): Map<string, unknown> => {
  let index = indexes.get(id);
  if (!index) {
    index = new Map(taxonomy.codeSets[id].concepts.map((concept) => [concept.code, concept]));
    indexes.set(id, index);
  }
  return index;
};

/** The concept with this code in a code set, deprecated or not; `undefined` when there is none. */
export function getConcept<K extends CodeSetId>(codeSet: K, code: string): ConceptOf<K> | undefined {
  return indexOf(codeSet).get(code) as ConceptOf<K> | undefined;
}

/** Whether a code exists in a code set (deprecated codes exist forever). */
export function hasCode(codeSet: CodeSetId, code: string): boolean {
  return indexOf(codeSet).has(code);
}

/** The concepts of a code set, in published order. */
export function conceptsOf<K extends CodeSetId>(codeSet: K): readonly ConceptOf<K>[] {
  return taxonomy.codeSets[codeSet].concepts as readonly ConceptOf<K>[];
}
