import { readFile } from "node:fs/promises";
import type { CodeSetId } from "@cse-flags/core";
import { type KitResult, kitIssue } from "../issue.js";
import { isPlainObject } from "../options.js";
import type { ConceptMap } from "./concept-map.js";
import { type ConceptMapExpectation, parseConceptMapJson } from "./parse-concept-map.js";
import { type ConceptMapCsvMeta, parseConceptMapCsv } from "./parse-concept-map-csv.js";

/**
 * Reads and validates a concept-map file: `.json` holds a whole map; `.csv` holds its
 * entries, with the other fields given as `meta`. Never throws.
 */
export async function loadConceptMapFile<K extends CodeSetId>(
  path: string | URL,
  options: { readonly csv?: ConceptMapCsvMeta<K>; readonly expect?: ConceptMapExpectation<K> } = {},
): Promise<KitResult<ConceptMap<K>>> {
  if (!isPlainObject(options)) {
    return { ok: false, issues: [kitIssue([], "invalid_options", "Expected { csv?, expect? }")] };
  }
  if (typeof path !== "string" && !(path instanceof URL)) {
    return { ok: false, issues: [kitIssue([], "invalid_options", "Expected a file path or URL")] };
  }
  const name = (typeof path === "string" ? path : path.pathname).toLowerCase();
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return {
      ok: false,
      issues: [kitIssue([], "unreadable_input", "The concept-map file could not be read")],
    };
  }
  if (name.endsWith(".csv")) {
    if (!isPlainObject(options.csv)) {
      return {
        ok: false,
        issues: [
          kitIssue(["csv"], "invalid_options", "A CSV concept map needs its id, version, source and target"),
        ],
      };
    }
    return parseConceptMapCsv(text, options.csv);
  }
  if (name.endsWith(".json")) {
    return parseConceptMapJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, options.expect);
  }
  return {
    ok: false,
    issues: [kitIssue([], "invalid_options", "Expected a .json or .csv concept-map file")],
  };
}
