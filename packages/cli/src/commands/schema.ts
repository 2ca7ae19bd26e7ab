import { mkdir, readFile, writeFile } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { ConceptMapDocument } from "@cse-flags/adapter-kit";
import { buildJsonSchemas } from "@cse-flags/core";
import { z } from "zod";
import type { CommandSpec, ParsedArgs } from "../args/command-spec.js";
import { flagValue, stringValue } from "../args/parse-command-args.js";
import { InputOutputError, UsageError } from "../errors.js";
import { type ExitCode, exitCodes } from "../exit-codes.js";
import { type CliIo, writeText } from "../io.js";

export const schemaSpec: CommandSpec = {
  name: "schema",
  summary:
    "Write the JSON Schemas (draft 2020-12) of the canonical record, marker, decision, policy and the rest.",
  usage: "--out <dir> [--check]",
  description: [
    "The schemas are generated from the same zod schemas the packages validate with. Some rules cannot be said in " +
      "JSON Schema (a marker's history, dates that follow each other); @cse-flags/core's schemas/README.md lists them.",
    "With --check nothing is written: the command exits 1 if any file in <dir> is missing or differs, for CI.",
  ],
  options: {
    out: { type: "string", value: "<dir>", description: "The folder to write into (created if missing)" },
    check: {
      type: "boolean",
      description: "Only compare <dir> with what would be written; exit 1 if it differs",
    },
  },
  positionals: { min: 0, max: 0, name: "no arguments" },
  examples: [
    {
      explains: "Write the schemas for another language's validator",
      command: "cse-flags schema --out schemas/",
    },
    {
      explains: "Fail CI when a vendored copy is out of date",
      command: "cse-flags schema --out vendor/cse-schemas --check",
    },
  ],
};

/** Every schema the command writes, by file name, as the text it writes. */
export function schemaFiles(): Map<string, string> {
  const schemas: Record<string, Record<string, unknown>> = { ...buildJsonSchemas() };
  schemas["concept-map.schema.json"] = {
    ...z.toJSONSchema(ConceptMapDocument, { target: "draft-2020-12", io: "input" }),
    $id: "urn:cse-flags:schema:concept-map",
    title: "Concept map",
  };
  return new Map(
    Object.keys(schemas)
      .sort()
      .map((name) => [name, `${JSON.stringify(schemas[name], null, 2)}\n`]),
  );
}

export async function schema(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
  const out = stringValue(args, "out");
  if (out === undefined)
    throw new UsageError("schema needs --out <dir>", "Write, for example, cse-flags schema --out schemas/");
  const dir = isAbsolute(out) ? out : resolve(io.cwd, out);
  const files = schemaFiles();
  if (flagValue(args, "check")) {
    const stale: string[] = [];
    for (const [name, text] of files) {
      const current = await readFile(join(dir, name), "utf8").catch(() => undefined);
      if (current !== text) stale.push(name);
    }
    for (const name of stale) await writeText(io.stdout, `${join(out, name)}: ${"missing or out of date"}\n`);
    await writeText(
      io.stderr,
      stale.length === 0
        ? `cse-flags schema: ${files.size} schemas in ${out} are up to date\n`
        : `cse-flags schema: ${stale.length} of ${files.size} schemas in ${out} are missing or out of date; run cse-flags schema --out ${out}\n`,
    );
    return stale.length === 0 ? exitCodes.ok : exitCodes.findings;
  }
  try {
    await mkdir(dir, { recursive: true });
    for (const [name, text] of files) await writeFile(join(dir, name), text);
  } catch {
    throw new InputOutputError(
      `cannot write the schemas to ${out}`,
      "Check that the folder can be created and written.",
    );
  }
  for (const name of files.keys()) await writeText(io.stdout, `${join(out, name)}\n`);
  await writeText(io.stderr, `cse-flags schema: wrote ${files.size} schemas to ${out}\n`);
  return exitCodes.ok;
}
