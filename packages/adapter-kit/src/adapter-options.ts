import { Ref } from "@cse-flags/core";
import type { ConceptMap } from "./concept-map/concept-map.js";
import { parseConceptMap } from "./concept-map/parse-concept-map.js";
import type { ConceptMaps } from "./define-adapter.js";
import { AdapterKitError, type KitIssue, kitIssue } from "./issue.js";
import { isPlainObject } from "./options.js";

/** What every reference adapter's factory takes: the force, and concept maps to use instead of the defaults. */
export interface AdapterOptions<M extends ConceptMaps> {
  /** The force's reference, written into every record's `source.force`, e.g. `example-force`. */
  readonly force: string;
  /** Concept maps that replace the defaults, by name: how a force maps its own codes. */
  readonly conceptMaps?: Partial<M>;
}

/** The options, checked: the force and the full set of concept maps to use. */
export interface ResolvedAdapterOptions<M extends ConceptMaps> {
  readonly force: string;
  readonly conceptMaps: M;
}

/** What `resolveAdapterOptions` checks the options against. */
export interface AdapterOptionsSpec<M extends ConceptMaps> {
  /** Names the adapter in the error's summary: `crime` gives "Invalid crime adapter options". */
  readonly adapter: string;
  /** The adapter's default concept maps; a replacement must target the same code set as its default. */
  readonly defaults: M;
}

const issue = (path: readonly string[], message: string): KitIssue =>
  kitIssue(path, "invalid_options", message);

/**
 * Checks an adapter factory's options (`{ force, conceptMaps? }`) and fills in the default
 * concept maps. `force` must be a core `Ref`; each replacement map must be named like one of
 * the defaults, be a valid concept map and target the same code set as the default it
 * replaces. Throws `AdapterKitError` listing every problem by path, never quoting a value:
 * options that cannot be read (a getter or proxy that throws) are one issue at the root.
 */
export function resolveAdapterOptions<M extends ConceptMaps>(
  options: unknown,
  spec: AdapterOptionsSpec<M>,
): ResolvedAdapterOptions<M> {
  if (!isPlainObject(spec) || typeof spec.adapter !== "string" || !isPlainObject(spec.defaults))
    throw new AdapterKitError("Invalid adapter options spec", [
      issue(["spec"], "Expected { adapter, defaults }: the adapter's name and its default concept maps"),
    ]);
  const summary = `Invalid ${spec.adapter} adapter options`;
  try {
    return readOptions(options, spec.defaults, summary);
  } catch (error) {
    if (error instanceof AdapterKitError) throw error;
    // A getter or proxy that throws: one error type for callers to handle, and no value from it.
    throw new AdapterKitError(summary, [issue([], "The options could not be read: pass plain data")]);
  }
}

function readOptions<M extends ConceptMaps>(
  options: unknown,
  defaults: M,
  summary: string,
): ResolvedAdapterOptions<M> {
  if (!isPlainObject(options))
    throw new AdapterKitError(summary, [issue([], 'Expected options such as { force: "example-force" }')]);
  const issues: KitIssue[] = [];
  const { force, conceptMaps: given } = options;
  if (!Ref.safeParse(force).success)
    issues.push(
      issue(
        ["force"],
        "Expected the force as a reference of letters, digits and . _ : / -, such as example-force",
      ),
    );
  const names = Object.keys(defaults);
  const maps: Record<string, ConceptMap> = { ...defaults };
  if (given !== undefined && !isPlainObject(given)) {
    issues.push(issue(["conceptMaps"], "Expected concept maps by name"));
  } else if (given !== undefined) {
    for (const [name, map] of Object.entries(given)) {
      const replaced = Object.hasOwn(defaults, name) ? defaults[name] : undefined;
      if (replaced === undefined) {
        issues.push(
          issue(["conceptMaps", name], `Not a concept map of this adapter: expected ${names.join(", ")}`),
        );
        continue;
      }
      if (map === undefined) continue;
      const parsed = parseConceptMap(map, { target: replaced.target });
      // Each issue's path names the map, so the force knows which file to fix.
      if (parsed.ok) maps[name] = parsed.value;
      else issues.push(...parsed.issues.map((i) => ({ ...i, path: ["conceptMaps", name, ...i.path] })));
    }
  }
  if (issues.length > 0) throw new AdapterKitError(summary, issues);
  return { force: force as string, conceptMaps: maps as unknown as M };
}
