import type { CanonicalRecord } from "@cse-flags/core";
import type { z } from "zod";
import { checkAdapter } from "../check-adapter.js";
import type { Adapter, ConceptMaps } from "../define-adapter.js";
import { AdapterKitError, type KitIssue, kitIssue } from "../issue.js";
import { type MapOptions, mapSourceRecord, type RejectionStage } from "../map/map-record.js";
import { optionsObject } from "../options.js";
import { type ReaderOptions, readSource } from "../readers/read-source.js";
import type { SourceFormat, SourceItem, SourcePosition } from "../readers/source-item.js";
import { isTextInput, type TextInput } from "../readers/text-input.js";
import { Reconciler, type Reconciliation } from "./reconciliation.js";

/** Source records already parsed (from another reader, a database, a test). */
export interface RecordsInput {
  readonly records: Iterable<unknown> | AsyncIterable<unknown>;
}

export type AdapterInput = TextInput | RecordsInput;

export interface RunOptions extends ReaderOptions, MapOptions {
  /** The input's format; needed only when the adapter accepts more than one. */
  readonly format?: SourceFormat;
}

/** One thing `runAdapter` yields: a record's outcome, in input order, then the reconciliation. */
export type RunEvent =
  | { readonly type: "mapped"; readonly position: SourcePosition; readonly record: CanonicalRecord }
  | {
      readonly type: "rejected";
      readonly position: SourcePosition;
      readonly stage: RejectionStage;
      /** Paths and codes only: a rejection names where the record is (`position`), never a value from it. */
      readonly issues: readonly KitIssue[];
    }
  | { readonly type: "reconciliation"; readonly reconciliation: Reconciliation };

const isRecordsInput = (input: unknown): input is RecordsInput =>
  typeof input === "object" && input !== null && !isTextInput(input) && "records" in input;

async function* recordItems(input: RecordsInput): AsyncGenerator<SourceItem> {
  let index = 0;
  try {
    for await (const value of input.records) {
      yield { kind: "record", position: { index }, value };
      index += 1;
    }
  } catch {
    yield {
      kind: "stopped",
      issue: kitIssue([], "input_failed", "The record source failed while being read"),
    };
  }
}

/**
 * The adapter's reader settings with the run's own over them, key by key: a key given as
 * `undefined` in the run's options keeps the adapter's setting rather than erasing it.
 */
function definedOver<T extends object>(base: T | undefined, over: T | undefined): T {
  const merged: Record<string, unknown> = { ...(optionsObject(base, "Invalid reader options") as object) };
  for (const [key, value] of Object.entries(optionsObject(over, "Invalid reader options"))) {
    if (value !== undefined) merged[key] = value;
  }
  return merged as T;
}

function chooseFormat(formats: readonly SourceFormat[], format: SourceFormat | undefined): SourceFormat {
  const chosen = format ?? (formats.length === 1 ? formats[0] : undefined);
  if (chosen === undefined) {
    throw new AdapterKitError("Cannot run the adapter", [
      kitIssue(
        ["format"],
        "invalid_options",
        "The adapter reads several formats: say which one the input is in",
      ),
    ]);
  }
  if (!formats.includes(chosen)) {
    throw new AdapterKitError("Cannot run the adapter", [
      kitIssue(["format"], "invalid_options", "The adapter does not read this format"),
    ]);
  }
  return chosen;
}

/**
 * Runs an adapter over an input, streaming: reads one record at a time, maps it, and
 * yields `mapped` (a record that passed core's `parseRecord`) or `rejected` (its position,
 * the stage and issues: paths and codes, never values), then one `reconciliation`, where
 * `read = mapped + rejected`. Memory stays flat however long the input is.
 *
 * Throws `AdapterKitError` (when iteration starts) for an invalid adapter definition or
 * options; never for bad data.
 */
export async function* runAdapter<S extends z.ZodType, M extends ConceptMaps>(
  adapter: Adapter<S, M>,
  input: AdapterInput,
  given: RunOptions = {},
): AsyncGenerator<RunEvent, void, undefined> {
  const options = optionsObject(given, "Cannot run the adapter");
  const definitionIssues = checkAdapter(adapter);
  if (definitionIssues.length > 0) throw new AdapterKitError("Invalid adapter definition", definitionIssues);
  let items: AsyncGenerator<SourceItem>;
  if (isRecordsInput(input)) items = recordItems(input);
  else if (isTextInput(input)) {
    const format = chooseFormat(adapter.source.formats, options.format);
    const reader = adapter.source.reader ?? {};
    items = readSource(format, input, {
      csv: definedOver(reader.csv, options.csv),
      ndjson: definedOver(reader.ndjson, options.ndjson),
      jsonArray: definedOver(reader.jsonArray, options.jsonArray),
    });
  } else {
    throw new AdapterKitError("Cannot run the adapter", [
      kitIssue(["input"], "invalid_options", "Expected text, bytes, a stream of chunks, or { records }"),
    ]);
  }

  const reconciler = new Reconciler();
  const limits = options.limits === undefined ? undefined : optionsObject(options.limits, "Invalid limits");
  const mapOptions: MapOptions = limits === undefined ? {} : { limits };
  for await (const item of items) {
    if (item.kind === "stopped") {
      reconciler.stop(item.issue);
      break;
    }
    if (item.kind === "unreadable") {
      reconciler.addRejected(item.issues);
      yield { type: "rejected", position: item.position, stage: "read", issues: item.issues };
      continue;
    }
    const outcome = mapSourceRecord(adapter, item.value, mapOptions);
    if (outcome.status === "mapped") {
      reconciler.addMapped(
        outcome.report,
        outcome.record.unmappedCodes.map((u) => u.system),
      );
      yield { type: "mapped", position: item.position, record: outcome.record };
    } else {
      reconciler.addRejected(outcome.issues);
      yield { type: "rejected", position: item.position, stage: outcome.stage, issues: outcome.issues };
    }
  }
  yield { type: "reconciliation", reconciliation: reconciler.result() };
}

/** Runs an adapter to the end and returns only the reconciliation (outcomes are discarded). */
export async function reconcile<S extends z.ZodType, M extends ConceptMaps>(
  adapter: Adapter<S, M>,
  input: AdapterInput,
  options?: RunOptions,
): Promise<Reconciliation> {
  for await (const event of runAdapter(adapter, input, options)) {
    if (event.type === "reconciliation") return event.reconciliation;
  }
  throw new Error("runAdapter ended without a reconciliation");
}
