import { AdapterKitError, kitIssue } from "../issue.js";
import { optionsObject } from "../options.js";
import { type CsvOptions, readCsv } from "./read-csv.js";
import { type JsonArrayOptions, readJsonArray } from "./read-json-array.js";
import { type NdjsonOptions, readNdjson } from "./read-ndjson.js";
import type { SourceFormat, SourceItem } from "./source-item.js";
import type { TextInput } from "./text-input.js";

/** Options for every reader; each reader uses its own. */
export interface ReaderOptions {
  readonly csv?: CsvOptions;
  readonly ndjson?: NdjsonOptions;
  readonly jsonArray?: JsonArrayOptions;
}

/** Reads source records in the given format. */
export function readSource(
  format: SourceFormat,
  input: TextInput,
  given: ReaderOptions = {},
): AsyncGenerator<SourceItem> {
  const options = optionsObject(given, "Invalid reader options");
  switch (format) {
    case "csv":
      return readCsv(input, options.csv);
    case "ndjson":
      return readNdjson(input, options.ndjson);
    case "json-array":
      return readJsonArray(input, options.jsonArray);
    default:
      throw new AdapterKitError("Unknown source format", [
        kitIssue(["format"], "invalid_options", "Expected csv, ndjson or json-array"),
      ]);
  }
}
