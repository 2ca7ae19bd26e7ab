import { AdapterKitError, kitIssue } from "../issue.js";
import { optionsObject } from "../options.js";
import { LineSplitter } from "./line-splitter.js";
import { jsonItem, type SourceItem, type SourcePosition } from "./source-item.js";
import { StopReading, type TextInput, textChunks } from "./text-input.js";

export interface NdjsonOptions {
  /** Longest line in characters; longer lines are reported as unreadable, not kept. */
  readonly maxLineLength?: number;
}

/** Longest NDJSON line unless configured: 1 MiB of characters. */
export const defaultMaxLineLength = 1_048_576;

/** Where an NDJSON line was: its index among the records and its 1-based line number. */
export type NdjsonPosition = SourcePosition & { readonly line: number };

/**
 * One item of `readNdjsonLines`: a line's text, still to be parsed with `parseNdjsonLine`,
 * or what `readNdjson` yields for a line too long to keep or a stop.
 */
export type NdjsonLineItem =
  | { readonly kind: "line"; readonly position: NdjsonPosition; readonly text: string }
  | Exclude<SourceItem, { kind: "record" }>;

const blank = /^[ \t]*$/;

/**
 * Reads NDJSON as `readNdjson` does but leaves each line's text unparsed, so the parsing can
 * run elsewhere (the `cse-flags` worker threads parse the lines they are sent). Parsing every
 * `line` item with `parseNdjsonLine` gives exactly the items `readNdjson` yields.
 *
 * Throws `AdapterKitError` only for invalid options; problems in the text are yielded.
 */
export async function* readNdjsonLines(
  input: TextInput,
  options: NdjsonOptions = {},
): AsyncGenerator<NdjsonLineItem> {
  const max = optionsObject(options, "Invalid NDJSON options").maxLineLength ?? defaultMaxLineLength;
  if (!Number.isInteger(max) || max < 1) {
    throw new AdapterKitError("Invalid NDJSON options", [
      kitIssue(["maxLineLength"], "invalid_options", "Expected a whole number of at least 1"),
    ]);
  }
  const splitter = new LineSplitter(max);
  let index = 0;

  function* items(lines: ReturnType<LineSplitter["push"]>): Generator<NdjsonLineItem> {
    for (const { text, line, tooLong } of lines) {
      if (!tooLong && blank.test(text)) continue;
      const position = { index, line };
      index += 1;
      if (tooLong) {
        yield {
          kind: "unreadable",
          position,
          issues: [kitIssue([], "line_too_long", `Line is longer than ${max} characters`, line)],
        };
        continue;
      }
      yield { kind: "line", position, text };
    }
  }

  try {
    for await (const text of textChunks(input)) yield* items(splitter.push(text));
    yield* items(splitter.end());
  } catch (error) {
    if (error instanceof StopReading) yield { kind: "stopped", issue: error.issue };
    else throw error;
  }
}

/** The item for one line from `readNdjsonLines`: the parsed record, or `invalid_json` at its line. */
export const parseNdjsonLine = (text: string, position: NdjsonPosition): SourceItem =>
  jsonItem(text, position, "Line");

/**
 * Reads newline-delimited JSON: one JSON value per line, blank lines skipped. A line that
 * is not JSON or is too long is `unreadable`, with its line number, and reading goes on.
 * Keys such as `__proto__` stay ordinary data (`JSON.parse` never sets a prototype); the
 * input guard in `runAdapter` then refuses them.
 *
 * Throws `AdapterKitError` only for invalid options; problems in the text are yielded.
 */
export async function* readNdjson(input: TextInput, options: NdjsonOptions = {}): AsyncGenerator<SourceItem> {
  for await (const item of readNdjsonLines(input, options))
    yield item.kind === "line" ? parseNdjsonLine(item.text, item.position) : item;
}
