import type { CommandSpec, ParsedArgs } from "../args/command-spec.js";
import { stringValue } from "../args/parse-command-args.js";
import type { ExitCode } from "../exit-codes.js";
import type { CliIo } from "../io.js";
import { reportOptions, sourceOptions } from "./record-options.js";
import { runRecordCommand } from "./run-record-command.js";

export const mapSpec: CommandSpec = {
  name: "map",
  summary: "Map source exports onto canonical records: one JSON record per line on stdout.",
  usage: "--adapter <id> --force <ref> [options] <file...>",
  description: [
    "Every record read comes out either mapped (on stdout) or rejected (in the report, and in --rejects). " +
      "Mapped records are in input order whatever --jobs is.",
    "stdout carries the records, so the report goes to stderr (text), or to --report <file> in any format.",
  ],
  options: {
    ...sourceOptions,
    rejects: {
      type: "string",
      value: "<file>",
      description:
        "Also write each rejected record's position, stage and issues (never its values) to this file, as JSON lines",
    },
    ...reportOptions,
  },
  positionals: { min: 0, name: "<file...>" },
  examples: [
    {
      explains: "Map a crime export to canonical NDJSON",
      command: "cse-flags map --adapter crime --force example-force exports/crime.csv > crime.ndjson",
    },
    {
      explains: "Keep the rejects, and use the force's own circumstance codes",
      command:
        "cse-flags map --adapter crime --force example-force --concept-map circumstances=maps/circumstances.json --rejects rejects.ndjson exports/crime.csv > crime.ndjson",
    },
    {
      explains: "Map with your own adapter module on two worker threads",
      command:
        "cse-flags map --adapter ./dist/my-adapter.js --force example-force --jobs 2 export.csv > records.ndjson",
    },
  ],
};

export async function map(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
  const rejectsPath = stringValue(args, "rejects");
  return runRecordCommand(args, io, {
    command: "map",
    kind: "record",
    overlays: [],
    dataToStdout: true,
    ...(rejectsPath === undefined ? {} : { rejectsPath }),
  });
}
