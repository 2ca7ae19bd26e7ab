import type { CodeSetId } from "@cse-flags/core";
import { AdapterKitError, type KitIssue, kitIssue } from "../issue.js";
import { isPlainObject } from "../options.js";
import type { ConceptMap } from "./concept-map.js";
import { parseConceptMap } from "./parse-concept-map.js";

/** The taxonomy code set each of an adapter's concept maps targets, by the name `map` uses. */
export type ConceptMapTargets = Readonly<Record<string, CodeSetId>>;

/** The concept maps that a set of targets calls for, each to its own code set. */
export type ConceptMapsFor<T extends ConceptMapTargets> = { readonly [N in keyof T]: ConceptMap<T[N]> };

/** Freezes a map, its entries and each entry: a map shared by every adapter instance must not change. */
function frozen<K extends CodeSetId>(map: ConceptMap<K>): ConceptMap<K> {
  for (const entry of map.entries) Object.freeze(entry);
  Object.freeze(map.entries);
  return Object.freeze(map);
}

/**
 * An adapter's bundled concept maps (typically JSON files it imports), each checked against
 * the code set its name targets and frozen, entries included, so no caller can change the
 * defaults under every other. Throws `AdapterKitError` listing every issue, each path led by
 * the map's name: an invalid bundled map is a bug that should stop the adapter loading.
 */
export function bundledConceptMaps<const T extends ConceptMapTargets>(
  targets: T,
  documents: { readonly [N in keyof T]: unknown },
): ConceptMapsFor<T> {
  if (!isPlainObject(targets) || !isPlainObject(documents))
    throw new AdapterKitError("Invalid bundled concept maps", [
      kitIssue(
        [],
        "invalid_type",
        "Expected the code set of each map by name, and the maps by the same names",
      ),
    ]);
  const maps: Record<string, ConceptMap> = {};
  const issues: KitIssue[] = [];
  for (const [name, target] of Object.entries(targets)) {
    const parsed = parseConceptMap(documents[name], { target });
    if (parsed.ok) maps[name] = frozen(parsed.value);
    else issues.push(...parsed.issues.map((issue) => ({ ...issue, path: [name, ...issue.path] })));
  }
  if (issues.length > 0) throw new AdapterKitError("Invalid bundled concept maps", issues);
  return Object.freeze(maps) as ConceptMapsFor<T>;
}
