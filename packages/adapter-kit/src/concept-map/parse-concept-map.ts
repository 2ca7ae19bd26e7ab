import { type CodeSetId, parseWith } from "@cse-flags/core";
import { AdapterKitError, fromCoreIssues, type KitIssue, type KitResult, kitIssue } from "../issue.js";
import { isPlainObject } from "../options.js";
import { checkEntries } from "./check-entries.js";
import type { ConceptMap } from "./concept-map.js";
import { ConceptMapDocument } from "./schema.js";

/** What the caller expects of a concept map; a map for another code set or system is refused. */
export interface ConceptMapExpectation<K extends CodeSetId> {
  readonly target?: K;
  readonly source?: string;
}

const fail = (issues: readonly KitIssue[]): KitResult<never> => ({ ok: false, issues });

/**
 * Validates a concept map given as data (typically from `JSON.parse`): its shape, then the
 * rules between fields (`checkEntries`), then what the caller expects. Never throws; issues
 * name paths and codes, never values from the map.
 */
export function parseConceptMap<K extends CodeSetId = CodeSetId>(
  input: unknown,
  expect: ConceptMapExpectation<K> = {},
): KitResult<ConceptMap<K>> {
  if (!isPlainObject(expect)) {
    return fail([kitIssue(["expect"], "invalid_options", "Expected { target?, source? }")]);
  }
  const parsed = parseWith(ConceptMapDocument, input);
  if (!parsed.ok) return fail(fromCoreIssues(parsed.issues));
  const document = parsed.value;
  const issues = checkEntries(document);
  if (expect.target !== undefined && document.target !== expect.target) {
    issues.push(
      kitIssue(["target"], "invalid_value", `Expected a concept map to the code set ${expect.target}`),
    );
  }
  if (expect.source !== undefined && document.source !== expect.source) {
    issues.push(kitIssue(["source"], "invalid_value", "The map is for another source code system"));
  }
  if (issues.length > 0) return fail(issues);
  return { ok: true, value: document as unknown as ConceptMap<K> };
}

/** Parses a concept map from JSON text. */
export function parseConceptMapJson<K extends CodeSetId = CodeSetId>(
  text: string,
  expect: ConceptMapExpectation<K> = {},
): KitResult<ConceptMap<K>> {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return fail([kitIssue([], "invalid_json", "Concept map is not valid JSON")]);
  }
  return parseConceptMap(input, expect);
}

/**
 * A concept map for use in code: validates it like `parseConceptMap` and returns it, or
 * throws `AdapterKitError` listing every issue. For maps bundled with an adapter, where
 * an invalid map is a bug to fix before release.
 */
export function conceptMap<K extends CodeSetId = CodeSetId>(
  input: unknown,
  expect: ConceptMapExpectation<K> = {},
): ConceptMap<K> {
  const result = parseConceptMap(input, expect);
  if (!result.ok) throw new AdapterKitError("Invalid concept map", result.issues);
  return result.value;
}
