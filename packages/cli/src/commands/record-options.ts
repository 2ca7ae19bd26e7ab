import { bundledAdapterIds } from "../adapters/bundled-adapters.js";
import type { OptionSpec } from "../args/command-spec.js";
import { inputFormats } from "../inputs/input-format.js";
import { outputFormats } from "../reports/create-report.js";

/** Options `validate`, `map` and `flag` share: where records come from and how the report looks. */
export const sourceOptions: Readonly<Record<string, OptionSpec>> = {
  adapter: {
    type: "string",
    multiple: true,
    value: "<id>[=<file>]",
    description:
      `Read the files as source exports through an adapter: ${bundledAdapterIds.join(", ")}, or the path of a ` +
      "module whose default export is an adapter factory. <id>=<file> reads just that file with that adapter",
  },
  force: {
    type: "string",
    value: "<ref>",
    description:
      "The force's reference, written into every mapped record (needed with --adapter), e.g. example-force",
  },
  "concept-map": {
    type: "string",
    multiple: true,
    value: "[<adapter>.]<name>=<file>",
    description: "Use the force's own concept map (JSON) in place of the adapter's default of that name",
  },
  format: {
    type: "string",
    value: "<format>",
    choices: inputFormats,
    description:
      "The files' format, when the extension does not say it (.csv, .ndjson, .jsonl, .json); needed for -",
  },
};

export const reportOptions: Readonly<Record<string, OptionSpec>> = {
  output: {
    type: "string",
    short: "o",
    value: "<format>",
    choices: outputFormats,
    description:
      "Report format: text for people, json lines, junit XML for CI test views, github annotations",
  },
  report: {
    type: "string",
    value: "<file>",
    description: "Write the report to a file instead of stdout",
  },
  jobs: {
    type: "string",
    short: "j",
    value: "<n>",
    description: "Process records on n worker threads (default 1); output stays in input order",
  },
  "no-progress": {
    type: "boolean",
    description: "No progress bar (it is shown only when stderr is a terminal)",
  },
};
