import { isAbsolute, resolve } from "node:path";
import { bundledAdapters } from "../adapters/bundled-adapters.js";
import { isModuleReference, modulePath, unknownAdapterError } from "../adapters/load-adapter.js";
import type { ParsedArgs } from "../args/command-spec.js";
import { listValue, stringValue } from "../args/parse-command-args.js";
import { UsageError } from "../errors.js";
import type { DocumentKind, RecordSource } from "../jobs/job-spec.js";

/** A file named on the command line, and which source reads it. */
export interface FileAssignment {
  readonly name: string;
  readonly source: number;
}

export interface SourcePlan {
  readonly sources: readonly RecordSource[];
  readonly files: readonly FileAssignment[];
}

const splitAssignment = (value: string): [string, string | undefined] => {
  const at = value.indexOf("=");
  return at < 0 ? [value, undefined] : [value.slice(0, at), value.slice(at + 1)];
};

/**
 * Works out, from `--adapter`, `--force`, `--concept-map` and the file arguments, which
 * source reads each file: canonical documents of `kind`, or an adapter. Every mistake is a
 * `UsageError` that says what to write instead.
 */
export function planSources(args: ParsedArgs, cwd: string, kind: DocumentKind): SourcePlan {
  const adapterValues = listValue(args, "adapter");
  // A value naming a JavaScript module is a module reference, even with an = in its path:
  // the files an adapter reads are exports (.csv, .json, .ndjson), never .js.
  const isAssignment = (value: string): boolean => value.includes("=") && !/\.(c|m)?js$/i.test(value);
  const plain = adapterValues.filter((value) => !isAssignment(value));
  const assigned = adapterValues.filter(isAssignment).map(splitAssignment);
  if (plain.length > 1)
    throw new UsageError(
      "--adapter <id> can be given once for the files on the command line",
      "For files read by different adapters, name each with --adapter <id>=<file>.",
    );
  const force = stringValue(args, "force");
  const sources: RecordSource[] = [];
  const sourceIndex = new Map<string, number>();
  const conceptMapArgs = listValue(args, "concept-map").map(splitAssignment);

  const adapterSource = (reference: string): number => {
    if (reference === "")
      throw new UsageError(
        "--adapter needs an adapter id",
        "Write --adapter crime, or --adapter crime=<file>.",
      );
    const module = isModuleReference(reference);
    const id = module ? modulePath(reference, cwd) : reference;
    if (!module && bundledAdapters[id] === undefined) throw unknownAdapterError(id);
    const known = sourceIndex.get(id);
    if (known !== undefined) return known;
    if (force === undefined)
      throw new UsageError(
        "--adapter needs --force <ref>: the force's reference goes into every mapped record",
        "Add, for example, --force example-force",
      );
    sources.push({ type: "adapter", adapter: id, module, force, conceptMaps: {} });
    sourceIndex.set(id, sources.length - 1);
    return sources.length - 1;
  };

  const files: FileAssignment[] = [];
  if (plain.length === 1) {
    const source = adapterSource(plain[0] as string);
    for (const name of args.positionals) files.push({ name, source });
  } else if (args.positionals.length > 0) {
    sources.push({ type: "document", kind });
    for (const name of args.positionals) files.push({ name, source: sources.length - 1 });
  }
  for (const [reference, name] of assigned) {
    if (name === undefined || name === "")
      throw new UsageError(
        "--adapter <id>=<file> needs a file after =",
        "Write, for example, --adapter crime=crime.csv",
      );
    files.push({ name, source: adapterSource(reference) });
  }
  if (files.length === 0)
    throw new UsageError(
      "no files to read",
      "Name one or more files (or - for stdin), or --adapter <id>=<file>. Add --help for examples.",
    );
  if (force !== undefined && sources.every((s) => s.type === "document"))
    throw new UsageError(
      "--force is only for source exports read with --adapter",
      "Leave it out for canonical records.",
    );

  // --concept-map [<adapter>.]<name>=<file>: unqualified only when one adapter is in use.
  const adapters = sources.flatMap((s, i) => (s.type === "adapter" ? [{ s, i }] : []));
  const maps = new Map<number, Record<string, string>>();
  for (const [target, file] of conceptMapArgs) {
    if (file === undefined || file === "" || target === "")
      throw new UsageError(
        "--concept-map needs <name>=<file>",
        "Write, for example, --concept-map circumstances=maps/circumstances.json",
      );
    if (adapters.length === 0)
      throw new UsageError("--concept-map is only for source exports read with --adapter");
    const dot = target.lastIndexOf(".");
    const qualifier = dot < 0 ? undefined : target.slice(0, dot);
    const name = dot < 0 ? target : target.slice(dot + 1);
    const chosen =
      qualifier === undefined
        ? adapters.length === 1
          ? adapters[0]
          : undefined
        : adapters.find(
            ({ s }) =>
              s.type === "adapter" && (s.adapter === qualifier || s.adapter === modulePath(qualifier, cwd)),
          );
    if (chosen === undefined)
      throw new UsageError(
        qualifier === undefined
          ? "--concept-map must say which adapter it is for when several are in use"
          : `--concept-map names an adapter that is not in use: ${qualifier}`,
        "Write --concept-map <adapter>.<name>=<file>, e.g. --concept-map crime.circumstances=circumstances.json",
      );
    const entry = maps.get(chosen.i) ?? {};
    entry[name] = isAbsolute(file) ? file : resolve(cwd, file);
    maps.set(chosen.i, entry);
  }
  for (const [i, conceptMaps] of maps) {
    const source = sources[i];
    if (source?.type === "adapter") sources[i] = { ...source, conceptMaps };
  }
  return { sources, files };
}
