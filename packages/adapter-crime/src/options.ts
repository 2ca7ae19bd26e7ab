import { AdapterKitError, type ConceptMap, conceptMap, type KitIssue } from "@cse-flags/adapter-kit";
import { Ref } from "@cse-flags/core";
import { type CrimeConceptMaps, conceptMapTargets, crimeConceptMaps } from "./concept-maps.js";

/** What `createCrimeAdapter` takes. */
export interface CrimeAdapterOptions {
  /** The force's reference, written into every record's `source.force`, e.g. `example-force`. */
  readonly force: string;
  /** Concept maps to use instead of the defaults, by name: how a force maps its own codes. */
  readonly conceptMaps?: Partial<CrimeConceptMaps>;
}

/** The options, checked: the force reference and the full set of concept maps to use. */
export interface ResolvedCrimeOptions {
  readonly force: string;
  readonly conceptMaps: CrimeConceptMaps;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const invalid = (issues: readonly KitIssue[]): AdapterKitError =>
  new AdapterKitError("Invalid crime adapter options", issues);

const issue = (path: readonly string[], message: string): KitIssue => ({
  path,
  code: "invalid_options",
  message,
});

const mapNames = Object.keys(conceptMapTargets) as (keyof CrimeConceptMaps)[];

/** Each replacement map checked against the code set its name targets. */
function resolveMaps(given: unknown): CrimeConceptMaps {
  if (given === undefined) return crimeConceptMaps;
  if (!isPlainObject(given)) throw invalid([issue(["conceptMaps"], "Expected concept maps by name")]);
  const unknownNames = Object.keys(given).filter((name) => !(mapNames as string[]).includes(name));
  if (unknownNames.length > 0) {
    throw invalid(
      unknownNames.map((name) =>
        issue(["conceptMaps", name], `Not a concept map of this adapter: expected ${mapNames.join(", ")}`),
      ),
    );
  }
  const replace = <N extends keyof CrimeConceptMaps>(name: N): CrimeConceptMaps[N] => {
    const map = given[name];
    if (map === undefined) return crimeConceptMaps[name];
    try {
      return conceptMap(map, { target: conceptMapTargets[name] }) as ConceptMap as CrimeConceptMaps[N];
    } catch (error) {
      // Name the map in each issue's path, so the force knows which file to fix.
      if (error instanceof AdapterKitError)
        throw invalid(error.issues.map((i) => ({ ...i, path: ["conceptMaps", name, ...i.path] })));
      throw error;
    }
  };
  return {
    circumstances: replace("circumstances"),
    crimeFlags: replace("crimeFlags"),
    personRoles: replace("personRoles"),
  };
}

/** Checks `createCrimeAdapter`'s options; throws `AdapterKitError` (paths and codes, no values) when they are wrong. */
export function resolveCrimeOptions(options: unknown): ResolvedCrimeOptions {
  try {
    return resolveReadable(options);
  } catch (error) {
    if (error instanceof AdapterKitError) throw error;
    // A getter or proxy that throws: say so with the one error type callers handle, no value.
    throw invalid([issue([], "The options could not be read: pass plain data")]);
  }
}

function resolveReadable(options: unknown): ResolvedCrimeOptions {
  if (!isPlainObject(options))
    throw invalid([issue([], 'Expected options such as { force: "example-force" }')]);
  const { force } = options;
  if (!Ref.safeParse(force).success) {
    throw invalid([
      issue(
        ["force"],
        "Expected the force as a reference of letters, digits and . _ : / -, such as example-force",
      ),
    ]);
  }
  return { force: force as string, conceptMaps: resolveMaps(options.conceptMaps) };
}
