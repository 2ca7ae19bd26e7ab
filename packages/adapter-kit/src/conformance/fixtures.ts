import type { z } from "zod";
import type { Adapter, ConceptMaps } from "../define-adapter.js";
import { readSource } from "../readers/read-source.js";
import type { SourceFormat } from "../readers/source-item.js";

/**
 * Sample source data for the conformance suite, synthetic only: source text in one of the
 * adapter's formats (as the force's system exports it), or records already parsed.
 */
export type ConformanceFixture =
  | { readonly name: string; readonly input: string | Uint8Array; readonly format?: SourceFormat }
  | { readonly name: string; readonly records: readonly unknown[] };

/** A fixture's source records, in order; `unreadable` counts the ones the reader refused. */
export interface FixtureRecords {
  readonly name: string;
  readonly records: readonly unknown[];
  readonly unreadable: number;
  readonly stopped: boolean;
}

export async function readFixture<S extends z.ZodType, M extends ConceptMaps>(
  adapter: Adapter<S, M>,
  fixture: ConformanceFixture,
): Promise<FixtureRecords> {
  if ("records" in fixture)
    return { name: fixture.name, records: fixture.records, unreadable: 0, stopped: false };
  const format = fixture.format ?? adapter.source.formats[0];
  const records: unknown[] = [];
  let unreadable = 0;
  let stopped = false;
  for await (const item of readSource(format, fixture.input, adapter.source.reader ?? {})) {
    if (item.kind === "record") records.push(item.value);
    else if (item.kind === "unreadable") unreadable += 1;
    else stopped = true;
  }
  return { name: fixture.name, records, unreadable, stopped };
}
