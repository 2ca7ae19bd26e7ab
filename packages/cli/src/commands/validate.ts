import type { CommandSpec, ParsedArgs } from "../args/command-spec.js";
import { stringValue } from "../args/parse-command-args.js";
import { UsageError } from "../errors.js";
import type { ExitCode } from "../exit-codes.js";
import type { CliIo } from "../io.js";
import { type DocumentKind, documentKinds } from "../jobs/job-spec.js";
import { reportOptions, sourceOptions } from "./record-options.js";
import { runRecordCommand } from "./run-record-command.js";

export const validateSpec: CommandSpec = {
  name: "validate",
  summary:
    "Check canonical documents, or source exports through their adapter, and report every invalid one.",
  usage: "[options] <file...>",
  description: [
    "Canonical documents are JSON: one per line (.ndjson, .jsonl), or a .json file holding one document or an array of them. " +
      "With --adapter, the files are a force's source exports (CSV or JSON), mapped exactly as map would map them.",
    "Reports name the file, line, JSON Pointer, code and message of each problem: never a value from a record.",
  ],
  options: {
    kind: {
      type: "string",
      value: "<kind>",
      choices: documentKinds,
      description: "What the files hold (default record); not with --adapter",
    },
    ...sourceOptions,
    ...reportOptions,
  },
  positionals: { min: 0, name: "<file...>" },
  examples: [
    {
      explains: "Validate canonical records, one JSON document per line",
      command: "cse-flags validate records.ndjson",
    },
    {
      explains: "Validate a crime export through the reference adapter, with a JUnit report for CI",
      command:
        "cse-flags validate --adapter crime --force example-force --output junit --report junit.xml exports/crime.csv",
    },
    {
      explains: "Check a force's policy overlay against the national policy",
      command: "cse-flags validate --kind overlay overlay.json",
    },
    {
      explains: "Validate markers read from stdin",
      command: "cat markers.ndjson | cse-flags validate --kind marker --format ndjson -",
    },
  ],
};

export async function validate(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
  const kind = stringValue(args, "kind") as DocumentKind | undefined;
  if (kind !== undefined && args.values.adapter !== undefined)
    throw new UsageError(
      "--kind is for canonical documents; with --adapter the files are source exports",
      "Leave out one of them.",
    );
  return runRecordCommand(args, io, {
    command: "validate",
    kind: kind ?? "record",
    overlays: [],
    dataToStdout: false,
  });
}
