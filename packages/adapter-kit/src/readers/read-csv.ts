import { AdapterKitError, type KitIssue, kitIssue } from "../issue.js";
import { isPlainObject, optionsObject } from "../options.js";
import { checkHeaders } from "./check-headers.js";
import { CsvTokenizer } from "./csv-tokenizer.js";
import { defaultMaxRecordLength, type SourceItem } from "./source-item.js";
import { StopReading, type TextInput, textChunks } from "./text-input.js";

export interface CsvOptions {
  /** One character between fields; `,` unless given. Not a quote, CR or LF. */
  readonly delimiter?: string;
  /**
   * Field names for a file without a header row. Without it, the first record is the
   * header row.
   */
  readonly headers?: readonly string[];
  /** Renames columns: header as written in the file -> field name the source schema uses. */
  readonly renameHeaders?: Readonly<Record<string, string>>;
  /** Longest record in characters; longer ones are reported, not kept. */
  readonly maxRecordLength?: number;
}

interface ResolvedCsvOptions {
  readonly delimiter: string;
  readonly headers: readonly string[] | undefined;
  readonly rename: ReadonlyMap<string, string>;
  readonly maxRecordLength: number;
}

function resolveCsvOptions(given: CsvOptions): ResolvedCsvOptions {
  const options = optionsObject(given, "Invalid CSV options");
  const issues: KitIssue[] = [];
  const delimiter = options.delimiter ?? ",";
  if (typeof delimiter !== "string" || delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    issues.push(
      kitIssue(["delimiter"], "invalid_options", "Expected one character other than a quote, CR or LF"),
    );
  }
  const max = options.maxRecordLength ?? defaultMaxRecordLength;
  if (!Number.isInteger(max) || max < 1) {
    issues.push(kitIssue(["maxRecordLength"], "invalid_options", "Expected a whole number of at least 1"));
  }
  if (
    options.headers !== undefined &&
    (!Array.isArray(options.headers) || !options.headers.every((name) => typeof name === "string"))
  ) {
    issues.push(kitIssue(["headers"], "invalid_options", "Expected a list of field names"));
  }
  const rename = new Map<string, string>();
  const renames = options.renameHeaders ?? {};
  if (!isPlainObject(renames)) {
    issues.push(kitIssue(["renameHeaders"], "invalid_options", "Expected field names by header name"));
  }
  for (const [from, to] of isPlainObject(renames) ? Object.entries(renames) : []) {
    if (typeof to !== "string") {
      issues.push(kitIssue(["renameHeaders", from], "invalid_options", "Expected a field name"));
    } else rename.set(from, to);
  }
  if (issues.length > 0) throw new AdapterKitError("Invalid CSV options", issues);
  return { delimiter, headers: options.headers, rename, maxRecordLength: max };
}

/**
 * Reads CSV records as objects keyed by field name, one at a time, holding at most one
 * record and one chunk in memory. Every value is a string (an empty cell is `""`); the
 * adapter's source schema turns them into numbers, dates or codes.
 *
 * Records whose field count differs from the header, or with a stray quote, are
 * `unreadable`, with the line they start on. Header names that are empty, repeated, or
 * could reach a prototype (`__proto__`, `constructor`, `prototype`) make every record
 * unreadable with that reason: such a name is never used as a key.
 *
 * Throws `AdapterKitError` only for invalid options; problems in the text are yielded.
 */
export async function* readCsv(input: TextInput, options: CsvOptions = {}): AsyncGenerator<SourceItem> {
  const resolved = resolveCsvOptions(options);
  const tokenizer = new CsvTokenizer(resolved.delimiter, resolved.maxRecordLength);
  let names: readonly string[] | undefined =
    resolved.headers === undefined
      ? undefined
      : resolved.headers.map((name) => resolved.rename.get(name) ?? name);
  let headerIssues: KitIssue[] = names === undefined ? [] : checkHeaders(names);
  let index = 0;

  function* items(records: ReturnType<CsvTokenizer["push"]>): Generator<SourceItem> {
    for (const raw of records) {
      if (names === undefined) {
        if (raw.error) {
          yield { kind: "stopped", issue: { ...raw.error, path: ["header", ...raw.error.path] } };
          return;
        }
        names = raw.fields.map((name) => resolved.rename.get(name) ?? name);
        headerIssues = checkHeaders(names, raw.line);
        continue;
      }
      const position = { index, line: raw.line };
      index += 1;
      if (headerIssues.length > 0) {
        yield { kind: "unreadable", position, issues: headerIssues };
      } else if (raw.error) {
        yield { kind: "unreadable", position, issues: [raw.error] };
      } else if (raw.fields.length !== names.length) {
        yield {
          kind: "unreadable",
          position,
          issues: [
            kitIssue(
              [],
              "wrong_field_count",
              `Record has ${raw.fields.length} fields; the header has ${names.length}`,
              raw.line,
            ),
          ],
        };
      } else {
        // Names are checked above, so plain assignment cannot reach a prototype.
        const record: Record<string, string> = {};
        names.forEach((name, column) => {
          record[name] = raw.fields[column] as string;
        });
        yield { kind: "record", position, value: record };
      }
    }
  }

  try {
    for await (const text of textChunks(input)) {
      for (const item of items(tokenizer.push(text))) {
        yield item;
        if (item.kind === "stopped") return;
      }
    }
    for (const item of items(tokenizer.end())) {
      yield item;
      if (item.kind === "stopped") return;
    }
  } catch (error) {
    if (error instanceof StopReading) yield { kind: "stopped", issue: error.issue };
    else throw error;
  }
}
