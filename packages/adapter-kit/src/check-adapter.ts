import { RecordKind, Ref } from "@cse-flags/core";
import type { z } from "zod";
import { parseConceptMap } from "./concept-map/parse-concept-map.js";
import type { Adapter, ConceptMaps } from "./define-adapter.js";
import { AdapterKitError, type KitIssue, kitIssue } from "./issue.js";
import { isPlainObject } from "./options.js";
import { sourceFormats } from "./readers/source-item.js";

const semver = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/**
 * Checks an adapter definition: id, version, record kind, source (schema, formats, code
 * fields naming known concept maps) and every concept map. Returns the issues; none means
 * the definition is usable. Never throws.
 */
export function checkAdapter(adapter: unknown): KitIssue[] {
  try {
    return checkDefinition(adapter);
  } catch {
    // A getter or proxy in the definition threw.
    return [kitIssue([], "invalid_adapter", "The adapter definition could not be read")];
  }
}

function checkDefinition(adapter: unknown): KitIssue[] {
  const issues: KitIssue[] = [];
  const bad = (path: (string | number)[], message: string) =>
    issues.push(kitIssue(path, "invalid_adapter", message));
  if (!isPlainObject(adapter)) {
    bad([], "Expected an adapter definition object");
    return issues;
  }
  if (!Ref.safeParse(adapter.id).success) bad(["id"], "Expected an id of letters, digits and . _ : / -");
  if (typeof adapter.version !== "string" || !semver.test(adapter.version))
    bad(["version"], "Expected a semver version");
  if (!RecordKind.safeParse(adapter.recordKind).success)
    bad(["recordKind"], "Expected a taxonomy record kind or an x- kind");
  if (typeof adapter.map !== "function") bad(["map"], "Expected a map function");
  const maps = isPlainObject(adapter.conceptMaps) ? adapter.conceptMaps : undefined;
  if (maps === undefined) bad(["conceptMaps"], "Expected an object of concept maps by name");
  else {
    for (const [name, map] of Object.entries(maps)) {
      const result = parseConceptMap(map);
      if (!result.ok)
        for (const issue of result.issues)
          issues.push({ ...issue, path: ["conceptMaps", name, ...issue.path] });
    }
  }
  const source = adapter.source;
  if (!isPlainObject(source)) {
    bad(["source"], "Expected a source description");
    return issues;
  }
  const schema = source.schema;
  if (!isPlainObject(schema) || typeof schema.safeParse !== "function")
    bad(["source", "schema"], "Expected a zod schema");
  const formats = source.formats;
  if (!Array.isArray(formats) || formats.length === 0 || !formats.every((f) => sourceFormats.includes(f))) {
    bad(["source", "formats"], "Expected one or more of csv, ndjson, json-array");
  }
  if (source.recordIdField !== undefined && typeof source.recordIdField !== "string") {
    bad(["source", "recordIdField"], "Expected a field name");
  }
  if (source.codeFields !== undefined) {
    if (!isPlainObject(source.codeFields))
      bad(["source", "codeFields"], "Expected code fields by field name");
    else {
      for (const [field, spec] of Object.entries(source.codeFields)) {
        if (
          !isPlainObject(spec) ||
          typeof spec.conceptMap !== "string" ||
          maps === undefined ||
          !Object.hasOwn(maps, spec.conceptMap)
        ) {
          bad(
            ["source", "codeFields", field, "conceptMap"],
            "Expected the name of one of the adapter's concept maps",
          );
        }
      }
    }
  }
  return issues;
}

/** Throws `AdapterKitError` when the definition has issues. */
export function assertAdapter<S extends z.ZodType, M extends ConceptMaps>(
  adapter: Adapter<S, M>,
): Adapter<S, M> {
  const issues = checkAdapter(adapter);
  if (issues.length > 0) throw new AdapterKitError("Invalid adapter definition", issues);
  return adapter;
}
