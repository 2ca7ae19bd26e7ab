import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import {
  type Adapter,
  AdapterKitError,
  type ConceptMap,
  checkAdapter,
  type KitResult,
  parseConceptMap,
} from "@cse-flags/adapter-kit";
import { describeCliIssue, toCliIssues } from "../cli-issue.js";
import { errorCode, UsageError } from "../errors.js";
import { readJsonFile } from "../inputs/read-json-file.js";
import type { RecordSource } from "../jobs/job-spec.js";
import {
  type AdapterFactory,
  bundledAdapterIds,
  bundledAdapters,
  type FactoryOptions,
} from "./bundled-adapters.js";

type AdapterSource = Extract<RecordSource, { type: "adapter" }>;

/** `--adapter` values that name a module rather than a bundled adapter: a path, or a `.js` file. */
export const isModuleReference = (value: string): boolean =>
  value.includes("/") || value.includes("\\") || /\.(c|m)?js$/i.test(value);

/** Resolves a module reference against the working directory. */
export const modulePath = (value: string, cwd: string): string =>
  isAbsolute(value) ? value : resolve(cwd, value);

export const unknownAdapterError = (id: string): UsageError =>
  new UsageError(
    `unknown adapter ${id}`,
    `Known adapters: ${bundledAdapterIds.join(", ")}. For your own adapter, pass the path of a module ` +
      "whose default export is an adapter factory, e.g. --adapter ./my-adapter.js",
  );

/** A factory as loaded: a bundled one makes an `Adapter`; a module's may make anything until checked. */
type LoadedFactory = AdapterFactory | ((options: FactoryOptions) => unknown);

async function loadFactory(source: AdapterSource): Promise<LoadedFactory> {
  if (!source.module) {
    const bundled = bundledAdapters[source.adapter];
    if (bundled === undefined) throw unknownAdapterError(source.adapter);
    return bundled.create;
  }
  let loaded: { default?: unknown };
  try {
    loaded = (await import(pathToFileURL(source.adapter).href)) as { default?: unknown };
  } catch (error) {
    const code = errorCode(error);
    throw new UsageError(
      `the adapter module ${source.adapter} could not be loaded${code === "ERR_MODULE_NOT_FOUND" ? ": no such module" : ""}`,
      "Pass a built JavaScript module (ESM) whose default export is an adapter factory.",
    );
  }
  if (typeof loaded.default !== "function")
    throw new UsageError(
      `the adapter module ${source.adapter} has no default export that is a function`,
      "Export the factory as default: export default (options) => defineAdapter({ ... }), taking { force, conceptMaps }.",
    );
  return loaded.default as (options: FactoryOptions) => unknown;
}

async function loadConceptMap(name: string, path: string): Promise<ConceptMap> {
  const read = await readJsonFile(path, "/", { what: `the concept map ${name} from` });
  const parsed: KitResult<ConceptMap> =
    read === undefined
      ? { ok: false, issues: [{ path: [], code: "invalid_json", message: "Concept map is not valid JSON" }] }
      : parseConceptMap(read.value);
  if (!parsed.ok)
    throw new UsageError(
      `the concept map ${name} (${path}) is not valid: ${toCliIssues(parsed.issues).map(describeCliIssue).join("; ")}`,
      "Check it with: cse-flags validate --kind concept-map <file>",
    );
  return parsed.value;
}

/**
 * Builds the adapter a source names: a bundled one by id, or a module's default factory,
 * with the force and any concept maps. Throws `UsageError` (exit 2) for anything the
 * user must fix: unknown id, a module that will not load, options the factory refuses,
 * a definition the kit finds invalid.
 */
export async function loadAdapter(source: AdapterSource): Promise<Adapter> {
  const factory = await loadFactory(source);
  const conceptMaps: Record<string, ConceptMap> = {};
  for (const [name, path] of Object.entries(source.conceptMaps))
    conceptMaps[name] = await loadConceptMap(name, path);
  let adapter: unknown;
  try {
    adapter = factory({
      force: source.force,
      ...(Object.keys(conceptMaps).length === 0 ? {} : { conceptMaps }),
    });
  } catch (error) {
    if (error instanceof AdapterKitError)
      throw new UsageError(
        `the ${source.module ? "adapter module's factory" : `${source.adapter} adapter`} refused its options: ` +
          toCliIssues(error.issues).map(describeCliIssue).join("; "),
        "Check --force (a reference such as example-force) and the --concept-map names.",
      );
    throw new UsageError(
      `the adapter factory ${source.adapter} failed`,
      "Fix the adapter module: its factory threw.",
    );
  }
  const problems = checkAdapter(adapter);
  if (problems.length > 0)
    throw new UsageError(
      `the adapter from ${source.adapter} is not a valid adapter: ${toCliIssues(problems).map(describeCliIssue).join("; ")}`,
      "Run the adapter kit's conformance suite on it (docs/writing-an-adapter.md).",
    );
  // checkAdapter found nothing wrong with the definition.
  return adapter as Adapter;
}
