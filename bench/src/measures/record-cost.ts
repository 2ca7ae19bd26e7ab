import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { compilePolicy, nationalPolicy, parseRecord } from "@cse-flags/core";
import { decodeRecord } from "@cse-flags/io-ts";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { Bench } from "tinybench";
import { canonicalSample } from "./canonical-records.js";

/** Microseconds per record for each way of reading and checking a canonical record. */
export interface RecordCost {
  readonly records: number;
  readonly jsonParse: number;
  readonly parseRecord: number;
  readonly evaluate: number;
  readonly parseAndEvaluate: number;
  /** ajv with the shipped JSON Schema: shape only, no input guard, no cross-field checks. */
  readonly ajv: number;
  /** io-ts `decodeRecord`: core's input guard, the codec and core's cross-field checks. */
  readonly ioTs: number;
}

const loadRecordSchema = async (): Promise<object> => {
  const require = createRequire(import.meta.url);
  const path = require.resolve("@cse-flags/core/schemas/canonical-record.schema.json");
  return JSON.parse(await readFile(path, "utf8")) as object;
};

/**
 * Runs every path over the same records in one process, each task a pass over all of them,
 * so the ratios between tasks hold even on a noisy machine. Every checker must accept every
 * record, or the comparison would be of different work.
 */
export async function measureRecordCost(options: {
  readonly records: number;
  readonly seed: number;
  readonly timeMs: number;
}): Promise<RecordCost> {
  const { texts, values } = canonicalSample(options.records, options.seed);
  const compiled = compilePolicy(nationalPolicy);
  if (!compiled.ok) throw new Error("the national policy did not compile");
  const policy = compiled.value;
  const parsed = values.map((value) => {
    const result = parseRecord(value);
    if (!result.ok) throw new Error("a generated record did not parse");
    return result.value;
  });
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  addFormats.default(ajv);
  const validate = ajv.compile(await loadRecordSchema());
  if (!values.every((value) => validate(value))) throw new Error("ajv refused a generated record");
  if (!values.every((value) => decodeRecord(value)._tag === "Right"))
    throw new Error("io-ts refused a generated record");

  let sink = 0;
  const bench = new Bench({ time: options.timeMs, warmupTime: Math.min(200, options.timeMs) });
  bench
    .add("JSON.parse", () => {
      for (const text of texts)
        sink += (JSON.parse(text) as { source?: unknown }).source === undefined ? 0 : 1;
    })
    .add("parseRecord", () => {
      for (const value of values) sink += parseRecord(value).ok ? 1 : 0;
    })
    .add("evaluate", () => {
      for (const record of parsed) sink += policy.evaluate(record).proposals.length;
    })
    .add("parseRecord + evaluate", () => {
      for (const value of values) {
        const result = parseRecord(value);
        if (result.ok) sink += policy.evaluate(result.value).proposals.length;
      }
    })
    .add("ajv", () => {
      for (const value of values) sink += validate(value) ? 1 : 0;
    })
    .add("io-ts decodeRecord", () => {
      for (const value of values) sink += decodeRecord(value)._tag === "Right" ? 1 : 0;
    });
  await bench.run();
  if (sink < 0) throw new Error("unreachable: keeps the work from being optimised away");
  const perRecord = (name: string): number => {
    const result = bench.tasks.find((task) => task.name === name)?.result;
    if (result === undefined || !("latency" in result)) throw new Error(`benchmark ${name} did not complete`);
    return (result.latency.p50 * 1000) / texts.length;
  };
  return {
    records: texts.length,
    jsonParse: perRecord("JSON.parse"),
    parseRecord: perRecord("parseRecord"),
    evaluate: perRecord("evaluate"),
    parseAndEvaluate: perRecord("parseRecord + evaluate"),
    ajv: perRecord("ajv"),
    ioTs: perRecord("io-ts decodeRecord"),
  };
}
