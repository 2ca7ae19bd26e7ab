import { AdapterKitError, type ConceptMap, type KitIssue, parseConceptMap } from "@cse-flags/adapter-kit";
import { Ref } from "@cse-flags/core";
import { type CustodyConceptMaps, conceptMapTargets, custodyConceptMaps } from "./concept-maps.js";

/** Options for `createCustodyAdapter`. */
export interface CustodyAdapterOptions {
  /** The force's reference, written into every record's `source.force`, e.g. `example-force`. */
  readonly force: string;
  /** Concept maps that replace the defaults, by name: how a force maps its own local codes. */
  readonly conceptMaps?: Partial<CustodyConceptMaps>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const issue = (path: KitIssue["path"], message: string): KitIssue => ({
  path,
  code: "invalid_options",
  message,
});

/**
 * Checks the options and gives the force and the concept maps to use, or throws
 * `AdapterKitError` listing every problem (paths and codes, never the values given).
 */
export function resolveOptions(options: unknown): { force: string; conceptMaps: CustodyConceptMaps } {
  if (!isPlainObject(options))
    throw new AdapterKitError("Invalid custody adapter options", [
      issue([], "Expected options such as { force: 'example-force' }"),
    ]);
  const issues: KitIssue[] = [];
  if (!Ref.safeParse(options.force).success)
    issues.push(issue(["force"], "Expected the force as a reference of letters, digits and . _ : / -"));
  const given = options.conceptMaps ?? {};
  const maps: Record<string, ConceptMap> = { ...custodyConceptMaps };
  if (!isPlainObject(given)) issues.push(issue(["conceptMaps"], "Expected concept maps by name"));
  else {
    for (const [name, map] of Object.entries(given)) {
      if (!Object.hasOwn(conceptMapTargets, name)) {
        // The unknown name itself stays out of the issue: only the adapter's own names are echoed.
        issues.push(issue(["conceptMaps"], "Names a concept map the custody adapter does not have"));
        continue;
      }
      if (map === undefined) continue;
      const target = conceptMapTargets[name as keyof CustodyConceptMaps];
      const parsed = parseConceptMap(map, { target });
      if (parsed.ok) maps[name] = parsed.value;
      else issues.push(...parsed.issues.map((i) => ({ ...i, path: ["conceptMaps", name, ...i.path] })));
    }
  }
  if (issues.length > 0) throw new AdapterKitError("Invalid custody adapter options", issues);
  return { force: options.force as string, conceptMaps: maps as unknown as CustodyConceptMaps };
}
