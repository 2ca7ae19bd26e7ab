import {
  AdapterKitError,
  mapSourceRecord,
  type ReaderOptions,
  Reconciler,
  type Reconciliation,
  readCsv,
  readJsonArray,
  readNdjson,
} from "@cse-flags/adapter-kit";
import {
  type CompiledPolicy,
  compilePolicy,
  explainDecision,
  nationalPolicy,
  parseRecord,
} from "@cse-flags/core";
import { loadAdapter } from "../adapters/load-adapter.js";
import type { LinkConfig } from "../audit/audit-model.js";
import { extractAuditFacts } from "../audit/extract-facts.js";
import { type CliIssue, describeCliIssue, toCliIssues } from "../cli-issue.js";
import { UsageError } from "../errors.js";
import type { InputFormat } from "../inputs/input-format.js";
import { documentChecks } from "./check-document.js";
import type { DecisionOutputs, RecordCommand, RecordSource } from "./job-spec.js";
import { redactDecision } from "./redact-decision.js";

/** What happened to one record. Plain data: it crosses back from worker threads. */
export type ItemOutcome =
  | {
      readonly ok: true;
      /** `map`: the canonical record as JSON; `flag`: the decision as JSON, in full; `audit`: the record's `AuditFacts` as JSON. */
      readonly output?: string;
      /** `flag`: the decision with no value from the record (`redactDecision`), as JSON. */
      readonly redacted?: string;
      /** `flag`: the decision explained, one line each (codes, rule ids and paths only). */
      readonly lines?: readonly string[];
      /** `flag`: how many markers the decision proposes. */
      readonly proposals?: number;
    }
  | {
      readonly ok: false;
      readonly stage: string;
      readonly issues: readonly CliIssue[];
      /** Set when the command itself failed on the record: a bug, reported as such. */
      readonly internal?: true;
    };

/** Processes the records of one source, the same way on the main thread and in workers. */
export interface Processor {
  /** The formats this source can be read in. */
  readonly formats: readonly InputFormat[];
  /** The adapter's own reader settings (header renames, limits). */
  readonly reader: ReaderOptions;
  process(value: unknown): ItemOutcome;
  /**
   * For an adapter: the adapter kit's account (fields and codes) of every record this
   * processor has seen, kept where the mapping runs so map reports never cross threads.
   */
  reconciliation(): Reconciliation | undefined;
}

const documentFormats: readonly InputFormat[] = ["ndjson", "json"];

/** The national policy with the overlays, compiled; `UsageError` listing the issues if they do not compile. */
export function compileWithOverlays(overlays: readonly unknown[]): CompiledPolicy {
  const compiled = compilePolicy(nationalPolicy, { overlays });
  if (!compiled.ok)
    throw new UsageError(
      `the policy overlays do not compile: ${toCliIssues(compiled.issues).map(describeCliIssue).join("; ")}`,
      "Check each with: cse-flags validate --kind overlay <file>",
    );
  return compiled.value;
}

/**
 * The stage of a record whose outcome never came from a processor (a worker died, or could
 * not process its batch): no processor counted it, so the main thread does.
 */
export const lostStage = "worker";

/** The outcome for a record the command failed on: counted and reported, never lost. */
export const internalFailure = (stage: string): ItemOutcome => ({
  ok: false,
  stage,
  internal: true,
  issues: [
    {
      path: "",
      code: "internal_error",
      message:
        "cse-flags failed on this record: this is a bug, please report it (the record is counted as rejected)",
    },
  ],
});

function guarded(process: (value: unknown) => ItemOutcome): (value: unknown) => ItemOutcome {
  return (value) => {
    try {
      return process(value);
    } catch {
      return internalFailure("process");
    }
  };
}

type Evaluate = (record: Parameters<CompiledPolicy["evaluate"]>[0]) => Extract<ItemOutcome, { ok: true }>;

function flagRecord(
  policy: CompiledPolicy,
  record: Parameters<CompiledPolicy["evaluate"]>[0],
  decisions: DecisionOutputs,
): Extract<ItemOutcome, { ok: true }> {
  const decision = policy.evaluate(record);
  return {
    ok: true,
    ...(decisions.full ? { output: JSON.stringify(decision) } : {}),
    ...(decisions.redacted ? { redacted: JSON.stringify(redactDecision(decision, record)) } : {}),
    ...(decisions.explained ? { lines: explainDecision(decision, record) } : {}),
    proposals: decision.proposals.length,
  };
}

/**
 * Tries the adapter's reader settings on empty input, since the readers check them only
 * when first read: a bad setting is then a `UsageError` before any output is opened.
 */
async function checkReaderSettings(reader: ReaderOptions, formats: ReadonlySet<InputFormat>): Promise<void> {
  const readers = [
    formats.has("csv") ? readCsv("", reader.csv) : undefined,
    formats.has("ndjson") ? readNdjson("", reader.ndjson) : undefined,
    formats.has("json") ? readJsonArray("", reader.jsonArray) : undefined,
  ];
  for (const items of readers) {
    if (items === undefined) continue;
    try {
      await items.next();
    } catch (error) {
      if (!(error instanceof AdapterKitError)) throw error;
      throw new UsageError(
        `the adapter's reader settings are not valid: ${toCliIssues(error.issues).map(describeCliIssue).join("; ")}`,
        "Fix the adapter's source.reader settings.",
      );
    } finally {
      await items.return(undefined);
    }
  }
}

/**
 * The processor for one source. Loading an adapter or compiling the policy may fail with a
 * `UsageError`; processing a record never throws.
 */
export async function createProcessor(
  command: RecordCommand,
  source: RecordSource,
  overlays: readonly unknown[],
  decisions: DecisionOutputs = { full: true, redacted: true, explained: true },
  links: LinkConfig = { linkKeys: [] },
): Promise<Processor> {
  const compiled = command === "flag" || command === "audit" ? compileWithOverlays(overlays) : undefined;
  // `audit` keeps what the audit needs of the record and its decision; `flag` the decision's outputs.
  const evaluate: Evaluate | undefined =
    compiled === undefined
      ? undefined
      : command === "audit"
        ? (record) => {
            const decision = compiled.evaluate(record);
            return {
              ok: true,
              output: JSON.stringify(extractAuditFacts(record, decision, links)),
              proposals: decision.proposals.length,
            };
          }
        : (record) => flagRecord(compiled, record, decisions);
  if (source.type === "document") {
    if (command === "map")
      throw new UsageError(
        "map needs an adapter",
        "Name one with --adapter <id>; canonical records need no mapping.",
      );
    const check = documentChecks[source.kind];
    const process = (value: unknown): ItemOutcome => {
      if (evaluate === undefined) {
        const issues = check(value);
        return issues.length === 0 ? { ok: true } : { ok: false, stage: "validate", issues };
      }
      const parsed = parseRecord(value);
      if (!parsed.ok) return { ok: false, stage: "validate", issues: toCliIssues(parsed.issues) };
      return evaluate(parsed.value);
    };
    return {
      formats: documentFormats,
      reader: {},
      process: guarded(process),
      reconciliation: () => undefined,
    };
  }
  const adapter = await loadAdapter(source);
  const formats = new Set<InputFormat>();
  for (const format of adapter.source.formats) {
    if (format === "csv") formats.add("csv");
    // A JSON array and NDJSON hold the same JSON values, one record each: an adapter that reads one reads both.
    else {
      formats.add("json");
      formats.add("ndjson");
    }
  }
  const reader = adapter.source.reader ?? {};
  await checkReaderSettings(reader, formats);
  const reconciler = new Reconciler();
  const process = (value: unknown): ItemOutcome => {
    const outcome = mapSourceRecord(adapter, value);
    if (outcome.status === "rejected")
      return { ok: false, stage: outcome.stage, issues: toCliIssues(outcome.issues) };
    reconciler.addMapped(
      outcome.report,
      outcome.record.unmappedCodes.map((code) => code.system),
    );
    if (command === "map") return { ok: true, output: JSON.stringify(outcome.record) };
    if (evaluate === undefined) return { ok: true };
    return evaluate(outcome.record);
  };
  const guardedProcess = guarded(process);
  return {
    formats: [...formats],
    reader,
    process: (value) => {
      const outcome = guardedProcess(value);
      if (!outcome.ok) reconciler.addRejected(outcome.issues);
      return outcome;
    },
    reconciliation: () => reconciler.result(),
  };
}
