import { AdapterKitError, type KitIssue, kitIssue } from "../issue.js";
import { optionsObject } from "../options.js";
import { JsonArraySplitter, type JsonSplit } from "./json-array-splitter.js";
import { defaultMaxDepth, defaultMaxRecordLength, jsonItem, type SourceItem } from "./source-item.js";
import { StopReading, type TextInput, textChunks } from "./text-input.js";

export interface JsonArrayOptions {
  /** Longest element in characters; longer ones are reported as unreadable, not kept. */
  readonly maxRecordLength?: number;
  /** Deepest nesting inside one element; deeper ones are reported as unreadable. */
  readonly maxDepth?: number;
}

const isLimit = (value: number): boolean => Number.isInteger(value) && value >= 1;

/**
 * Reads the elements of a JSON array (`[{...}, {...}]`) one at a time, streaming: the
 * whole text is never held, only the element being read. An element that is not valid
 * JSON, too long or too deep is `unreadable`, with its index and first line, and reading
 * goes on. Text that is not an array, or breaks the array's own structure, ends the read
 * with a `stopped` item after every element before it.
 *
 * Throws `AdapterKitError` only for invalid options; problems in the text are yielded.
 */
export async function* readJsonArray(
  input: TextInput,
  options: JsonArrayOptions = {},
): AsyncGenerator<SourceItem> {
  const { maxRecordLength, maxDepth: depth } = optionsObject(options, "Invalid JSON array options");
  const maxLength = maxRecordLength ?? defaultMaxRecordLength;
  const maxDepth = depth ?? defaultMaxDepth;
  const issues: KitIssue[] = [];
  if (!isLimit(maxLength))
    issues.push(kitIssue(["maxRecordLength"], "invalid_options", "Expected a whole number of at least 1"));
  if (!isLimit(maxDepth))
    issues.push(kitIssue(["maxDepth"], "invalid_options", "Expected a whole number of at least 1"));
  if (issues.length > 0) throw new AdapterKitError("Invalid JSON array options", issues);

  const splitter = new JsonArraySplitter(maxLength, maxDepth);
  let index = 0;

  function* items(split: JsonSplit): Generator<SourceItem> {
    for (const { text, line, error } of split.elements) {
      const position = { index, line };
      index += 1;
      if (error) {
        yield { kind: "unreadable", position, issues: [error] };
        continue;
      }
      yield jsonItem(text, position, "Record");
    }
    if (split.stop) yield { kind: "stopped", issue: split.stop };
  }

  try {
    for await (const text of textChunks(input)) {
      const split = splitter.push(text);
      yield* items(split);
      if (split.stop) return;
    }
    yield* items(splitter.end());
  } catch (error) {
    if (error instanceof StopReading) yield { kind: "stopped", issue: error.issue };
    else throw error;
  }
}
