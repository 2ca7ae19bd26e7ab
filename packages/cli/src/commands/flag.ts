import type { CommandSpec, ParsedArgs } from "../args/command-spec.js";
import { listValue, stringValue } from "../args/parse-command-args.js";
import type { ExitCode } from "../exit-codes.js";
import type { CliIo } from "../io.js";
import { policyOption, readOverlays } from "./read-overlays.js";
import { reportOptions, sourceOptions } from "./record-options.js";
import { runRecordCommand } from "./run-record-command.js";

export const flagSpec: CommandSpec = {
  name: "flag",
  summary: "Evaluate records with the national flagging policy: one decision per record, in input order.",
  usage: "[options] <file...>",
  description: [
    "Reads canonical records, or source exports with --adapter. Every proposal is suspected: a person with authority " +
      "confirms or rejects it. The text report explains each decision by marker, rule id and evidence path; " +
      "--output json gives each decision as data, with people named by their path (/persons/0), never by reference.",
    "Reports never carry a value from a record, so they are safe in CI logs. --decisions <file> writes the decisions " +
      "in full, for the systems that apply them: treat that file like the records themselves.",
    "Exit code 1 means some records were invalid or rejected, not that markers were proposed.",
  ],
  options: {
    policy: policyOption,
    decisions: {
      type: "string",
      value: "<file>",
      description:
        "Also write each decision in full (core's Decision, with the record's id and people's references) to this file, as JSON lines",
    },
    ...sourceOptions,
    ...reportOptions,
  },
  positionals: { min: 0, name: "<file...>" },
  examples: [
    { explains: "Flag canonical records", command: "cse-flags flag records.ndjson" },
    {
      explains: "Flag the bundled example exports of all four systems",
      command:
        "cse-flags flag --force example-force --adapter crime=exports/crime.csv --adapter intelligence=exports/intelligence.csv " +
        "--adapter custody=exports/custody.csv --adapter missing-person=exports/missing-person.csv",
    },
    {
      explains: "Flag with a force overlay, the report as JSON lines",
      command:
        "cse-flags flag --policy overlays/example-force.json --output json records.ndjson > report.ndjson",
    },
    {
      explains: "Keep the full decisions for the records system, and a JUnit report for CI",
      command: "cse-flags flag --decisions decisions.ndjson --output junit --report junit.xml records.ndjson",
    },
  ],
};

export async function flag(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
  const overlays = await readOverlays(listValue(args, "policy"), io.cwd);
  const decisionsPath = stringValue(args, "decisions");
  return runRecordCommand(args, io, {
    command: "flag",
    kind: "record",
    overlays,
    configFiles: listValue(args, "policy"),
    dataToStdout: false,
    ...(decisionsPath === undefined ? {} : { decisionsPath }),
  });
}
