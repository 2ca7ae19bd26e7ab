import { AdapterKitError, type KitIssue, parseConceptMap } from "@cse-flags/adapter-kit";
import { Ref } from "@cse-flags/core";
import { conceptMapTargets, type DefaultMaps, missingPersonConceptMaps } from "./concept-maps.js";

/** How to create the adapter for one force. */
export interface MissingPersonAdapterOptions {
  /** The force's reference, written into every record's `source.force`, e.g. `force-x`. */
  readonly force: string;
  /** Concept maps to use instead of the defaults, by name: how a force maps its own codes. */
  readonly conceptMaps?: Partial<DefaultMaps>;
}

/** Checked options: the force, and the concept maps with the defaults filled in. */
export interface ResolvedOptions {
  readonly force: string;
  readonly conceptMaps: DefaultMaps;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const mapNames = Object.keys(conceptMapTargets) as (keyof DefaultMaps)[];

/**
 * Checks the options and fills in the default concept maps. Throws AdapterKitError naming
 * every problem by path (never quoting a value): options that are not an object, a force
 * that is not a reference, an unknown concept-map name, or a map that is invalid or targets
 * another code set.
 */
export function resolveOptions(options: unknown): ResolvedOptions {
  const issues: KitIssue[] = [];
  const bad = (path: string[], message: string) => issues.push({ path, code: "invalid_options", message });
  if (!isObject(options)) {
    bad([], "Expected options { force, conceptMaps? }");
    throw new AdapterKitError("Invalid missing-person adapter options", issues);
  }
  if (!Ref.safeParse(options.force).success)
    bad(["force"], "Expected the force as a reference of letters, digits and . _ : / -, such as force-x");
  const given = options.conceptMaps ?? {};
  const conceptMaps: Record<string, unknown> = { ...missingPersonConceptMaps };
  if (!isObject(given)) bad(["conceptMaps"], "Expected concept maps by name");
  else {
    for (const [name, map] of Object.entries(given)) {
      if (map === undefined) continue;
      if (!(mapNames as string[]).includes(name)) {
        bad(["conceptMaps", name], `Not one of the adapter's concept maps: ${mapNames.join(", ")}`);
        continue;
      }
      const target = conceptMapTargets[name as keyof DefaultMaps];
      const checked = parseConceptMap(map, { target });
      if (checked.ok) conceptMaps[name] = checked.value;
      else
        for (const issue of checked.issues)
          issues.push({ ...issue, path: ["conceptMaps", name, ...issue.path] });
    }
  }
  if (issues.length > 0) throw new AdapterKitError("Invalid missing-person adapter options", issues);
  return { force: options.force as string, conceptMaps: conceptMaps as unknown as DefaultMaps };
}
