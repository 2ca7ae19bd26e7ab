import { readFileSync } from "node:fs";
import { type Adapter, type Reconciliation, type RunEvent, runAdapter } from "@cse-flags/adapter-kit";
import { describeAdapterConformance } from "@cse-flags/adapter-kit/conformance";

// Shared by the reference adapters' tests: each package bundles one synthetic example export
// in both formats (fixtures/example-export.csv and .json) holding the same records.

/** A package's bundled example export, as CSV and as a JSON array. */
export interface ExampleExports {
  readonly csv: string;
  readonly json: string;
}

/** Reads `fixtures/example-export.csv` and `.json` of the package at `packageDir`. */
export function readExampleExports(packageDir: URL): ExampleExports {
  const read = (name: string) => readFileSync(new URL(`fixtures/${name}`, packageDir), "utf8");
  return { csv: read("example-export.csv"), json: read("example-export.json") };
}

/** Registers the kit's conformance suite for the adapter on both formats of the example export: nothing skipped. */
export function describeConformanceOnExamples(adapter: Adapter, exports: ExampleExports): void {
  describeAdapterConformance(adapter, {
    fixtures: [
      { name: "example-export.csv", input: exports.csv, format: "csv" },
      { name: "example-export.json", input: exports.json, format: "json-array" },
    ],
  });
}

/** Every event of a run of the adapter over the text. */
export async function runEvents(
  adapter: Adapter,
  text: string,
  format: "csv" | "json-array",
): Promise<RunEvent[]> {
  const events: RunEvent[] = [];
  for await (const event of runAdapter(adapter, text, { format })) events.push(event);
  return events;
}

/**
 * Each record's outcome, in order: `CR-0001 mapped`, or `line 7 rejected: reason at field`
 * (reason codes and paths only, never values).
 */
export const outcomeLines = (events: readonly RunEvent[]): string[] =>
  events.flatMap((e) =>
    e.type === "mapped"
      ? [`${e.record.source.recordId} mapped`]
      : e.type === "rejected"
        ? [
            `line ${e.position.line ?? "-"} rejected: ${e.issues.map((i) => `${i.reason ?? i.code} at ${i.path.join("/")}`).join(", ")}`,
          ]
        : [],
  );

/** The reconciliation that ends a run; throws when the run did not end with one. */
export function reconciliationOf(events: readonly RunEvent[]): Reconciliation {
  const last = events.at(-1);
  if (last?.type !== "reconciliation") throw new Error("The run did not end with a reconciliation");
  return last.reconciliation;
}
