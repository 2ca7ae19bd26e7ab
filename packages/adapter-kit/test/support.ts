// Shared by the adapter-kit tests. All data is synthetic: a made-up force ("force-x"),
// made-up references and codes.
import { z } from "zod";
import { conceptMap } from "../src/concept-map/parse-concept-map.js";
import { defineAdapter } from "../src/define-adapter.js";
import type { SourceItem } from "../src/readers/source-item.js";
import type { RunEvent } from "../src/run/run-adapter.js";

export const flagMap = conceptMap(
  {
    id: "force-x-flags",
    version: "1.0.0",
    source: "force-x/flags",
    target: "indicator",
    entries: [
      { code: "MISS", target: "missing-from-home-or-care", relationship: "equivalent" },
      { code: "GIFT", target: "unexplained-money-or-goods", relationship: "equivalent" },
      { code: "ONL", target: "online-grooming", relationship: "related-to", comment: "Any online concern" },
      {
        code: "NOPE",
        target: "cuckooing",
        relationship: "not-related-to",
        comment: "Often confused with it",
      },
      { code: "ADMIN", noMap: true, comment: "Administrative only" },
    ],
  },
  { target: "indicator" },
);

export const SourceRecord = z.strictObject({
  ref: z.string().regex(/^X-\d{1,6}$/, "Expected a reference such as X-1"),
  date: z.iso.date(),
  flags: z.array(z.string().regex(/^[A-Z]{1,8}$/)).max(10),
  childRef: z.string().regex(/^C-\d{1,4}$/),
  note: z.string().max(200).optional(),
});

/** A small, well-behaved adapter reading NDJSON and JSON arrays of `SourceRecord`. */
export const testAdapter = defineAdapter({
  id: "force-x-test",
  version: "1.2.3",
  recordKind: "crime",
  source: {
    schema: SourceRecord,
    formats: ["ndjson", "json-array"],
    recordIdField: "ref",
    codeFields: { flags: { conceptMap: "flags" } },
  },
  conceptMaps: { flags: flagMap },
  map(record, ctx) {
    ctx.ignore("note", "free-text");
    if (record.flags.includes("REJECT")) return ctx.reject("asked-to-reject", "flags");
    const indicators = record.flags.flatMap((flag, i) => {
      const code = ctx.target("flags", flag, `/flags/${i}`);
      return code === undefined ? [] : [{ code, personRef: record.childRef, sourcePath: `/flags/${i}` }];
    });
    return {
      kind: "crime",
      source: { force: "force-x", system: "test-system", recordId: record.ref, adapter: ctx.adapter },
      classification: "OFFICIAL-SENSITIVE",
      event: { start: record.date },
      recordedAt: record.date,
      persons: [{ ref: record.childRef, roles: ["victim"], attributes: [] }],
      offences: [],
      indicators,
      locations: [],
      vehicles: [],
      markers: [],
      unmappedCodes: [],
    };
  },
});

export const goodRecord = (n = 1, flags: string[] = ["MISS"]) => ({
  ref: `X-${n}`,
  date: "2026-04-01",
  flags,
  childRef: "C-1",
  note: "Child A, synthetic note",
});

/** Fixtures for the conformance suite: text in both of the test adapter's formats, and records. */
export const testFixtures = [
  {
    name: "ndjson",
    input: [goodRecord(1, ["MISS", "NEWCODE"]), goodRecord(2, ["ADMIN", "ONL"]), goodRecord(3, ["REJECT"])]
      .map((r) => JSON.stringify(r))
      .join("\n"),
    // No format: the adapter's first, ndjson.
  },
  {
    name: "json array",
    input: JSON.stringify([goodRecord(4, ["GIFT", "NOPE"])]),
    format: "json-array" as const,
  },
  { name: "records", records: [goodRecord(5, [])] },
];

/** Collects an async iterable. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Splits text into chunks at the given cut points, to test reading across chunk boundaries. */
export function chunked(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((c) => Math.min(Math.max(c, 0), text.length)))].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const point of points) {
    out.push(text.slice(last, point));
    last = point;
  }
  out.push(text.slice(last));
  return out;
}

export const reconciliationOf = (events: readonly RunEvent[]) => {
  const last = events.at(-1);
  if (last?.type !== "reconciliation") throw new Error("no reconciliation at the end");
  return last.reconciliation;
};

/** What a reader yielded, in short: a record's value, `unreadable:<codes>` or `stopped:<code>`. */
export const itemSummary = (items: readonly SourceItem[]): unknown[] =>
  items.map((item) =>
    item.kind === "record"
      ? item.value
      : item.kind === "unreadable"
        ? `unreadable:${item.issues.map((issue) => issue.code).join(",")}`
        : `stopped:${item.issue.code}`,
  );
