import { AdapterKitError, type KitIssue, parseConceptMap } from "@cse-flags/adapter-kit";
import { Ref } from "@cse-flags/core";
import { conceptMapTargets, type IntelligenceConceptMaps, intelligenceConceptMaps } from "./concept-maps.js";

/** What `createIntelligenceAdapter` takes. */
export interface IntelligenceAdapterOptions {
  /** The force's reference, written into every record's `source.force`, e.g. `example-force`. */
  readonly force: string;
  /** Concept maps to use instead of the defaults (`intelligenceConceptMaps`), by name. */
  readonly conceptMaps?: Partial<IntelligenceConceptMaps>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const invalid = (path: KitIssue["path"], message: string): KitIssue => ({
  path,
  code: "invalid_options",
  message,
});

const isMapName = (name: string): name is keyof IntelligenceConceptMaps =>
  Object.hasOwn(conceptMapTargets, name);

/**
 * Checks the options and fills in the default concept maps. Throws `AdapterKitError` naming
 * every problem by path (never a value): a force that is not a reference, a concept map
 * name the adapter does not use, a map that is invalid or targets the wrong code set.
 */
export function resolveOptions(options: unknown): { force: string; conceptMaps: IntelligenceConceptMaps } {
  if (!isObject(options))
    throw new AdapterKitError("Invalid intelligence adapter options", [
      invalid([], "Expected an options object such as { force: 'example-force' }"),
    ]);
  const issues: KitIssue[] = [];
  const force = options.force;
  if (typeof force !== "string" || !Ref.safeParse(force).success)
    issues.push(invalid(["force"], "Expected the force as a reference of letters, digits and . _ : / -"));
  const given = options.conceptMaps;
  const conceptMaps: Record<string, unknown> = { ...intelligenceConceptMaps };
  if (given !== undefined && !isObject(given)) {
    issues.push(invalid(["conceptMaps"], "Expected concept maps by name"));
  } else if (given !== undefined) {
    for (const [name, map] of Object.entries(given)) {
      if (!isMapName(name)) {
        issues.push(
          invalid(["conceptMaps"], "Expected only the maps indicators, subjectRoles and reportFlags"),
        );
        continue;
      }
      if (map === undefined) continue;
      const parsed = parseConceptMap(map, { target: conceptMapTargets[name] });
      if (parsed.ok) conceptMaps[name] = parsed.value;
      else
        issues.push(
          ...parsed.issues.map((issue) => ({ ...issue, path: ["conceptMaps", name, ...issue.path] })),
        );
    }
  }
  if (issues.length > 0) throw new AdapterKitError("Invalid intelligence adapter options", issues);
  return { force: force as string, conceptMaps: conceptMaps as IntelligenceConceptMaps };
}
