import { describe, expect, it } from "vitest";
import { flagMap, goodRecord, testAdapter, testFixtures } from "../../test/support.js";
import { defineAdapter } from "../define-adapter.js";
import type { MapContext } from "../map/map-context.js";
import { conformanceChecks } from "./checks.js";
import { type ConformanceTestName, conformanceTestNames } from "./names.js";
import type { ConformanceOptions } from "./options.js";

// Each rule of the suite, run against an adapter broken in the way the rule is there to
// catch: the rule must fail for it. The well-behaved test adapter passes every rule.

type Map = (typeof testAdapter)["map"];
const options: ConformanceOptions = { fixtures: testFixtures, numRuns: 30 };
const variant = (map: Map) => defineAdapter({ ...testAdapter, map });
const ok: Map = (record, ctx) => testAdapter.map(record, ctx);
/** The context with `ignore` doing nothing, methods still bound to the real one. */
const withoutIgnore = (ctx: MapContext<typeof testAdapter.conceptMaps>) =>
  Object.assign(Object.create(ctx) as typeof ctx, { ignore: () => {} });

const broken: Record<ConformanceTestName, [string, ReturnType<typeof variant> | typeof testAdapter][]> = {
  "the adapter definition is valid": [["an id with spaces", { ...testAdapter, id: "has spaces" }]],
  "concept maps are valid": [
    [
      "a map entry with an unknown target",
      {
        ...testAdapter,
        conceptMaps: {
          flags: {
            ...flagMap,
            entries: [...flagMap.entries, { code: "X", target: "nope", relationship: "equivalent" }],
          },
        },
      } as typeof testAdapter,
    ],
  ],
  "mapped records pass the core schema": [
    [
      "a record without persons",
      variant((record, ctx) => ({ ...(ok(record, ctx) as object), persons: undefined }) as never),
    ],
  ],
  "mapping is deterministic": [
    [
      "a map that counts its calls",
      (() => {
        let calls = 0;
        return variant((record, ctx) => {
          calls += 1;
          const out = ok(record, ctx);
          return "kind" in out ? { ...out, recordedAt: calls % 2 === 0 ? "2026-04-02" : "2026-04-03" } : out;
        });
      })(),
    ],
  ],
  "arbitrary source records never throw": [
    [
      "a map that throws on many flags",
      variant((record, ctx) => {
        if (record.flags.length > 2) throw new Error("too many");
        return ok(record, ctx);
      }),
    ],
    [
      "a map whose record fails the core schema on many flags",
      variant((record, ctx) =>
        record.flags.length > 2
          ? ({ ...(ok(record, ctx) as object), kind: undefined } as never)
          : ok(record, ctx),
      ),
    ],
  ],
  "malformed source records never throw": [
    [
      "a map that throws without a note",
      variant((record, ctx) => {
        if (record.note === undefined) throw new Error("no note");
        return ok(record, ctx);
      }),
    ],
  ],
  "rejections and issues never contain source values": [
    [
      "a rejection reason and path made from values",
      variant((record, ctx) =>
        record.flags.includes("ONL")
          ? ctx.reject(record.childRef.toLowerCase(), record.ref)
          : ok(record, ctx),
      ),
    ],
    [
      "an ignore reason made from a value",
      variant((record, ctx) => {
        const out = ok(record, ctx);
        ctx.ignore("note", `note-${record.ref.toLowerCase()}`);
        return out;
      }),
    ],
  ],
  "reconciliation holds": [
    [
      "a map that ignores a field only the first time it sees a record",
      (() => {
        const seen = new Set<string>();
        return variant((record, ctx) => {
          const first = !seen.has(record.ref);
          seen.add(record.ref);
          return ok(record, first ? ctx : withoutIgnore(ctx));
        });
      })(),
    ],
  ],
  "every source field is mapped, ignored or reported": [
    [
      "a map that spreads the record and drops note",
      variant((record, ctx) => ok({ ...record }, withoutIgnore(ctx))),
    ],
    [
      "a map that reads every field with JSON.stringify",
      variant((record, ctx) => ok(JSON.parse(JSON.stringify(record)), withoutIgnore(ctx))),
    ],
  ],
  "every source code is mapped or reported as unmapped": [
    ["concept maps but no codeFields", { ...testAdapter, source: { ...testAdapter.source, codeFields: {} } }],
    [
      "a map that drops codes it does not know",
      variant((record, ctx) => ok({ ...record, flags: record.flags.filter((f) => f !== "NEWCODE") }, ctx)),
    ],
  ],
  "the source reference survives into the canonical record": [
    [
      "the same record id for every record",
      variant((record, ctx) => {
        const out = ok(record, ctx);
        return "kind" in out ? { ...out, source: { ...out.source, recordId: "X-999" } } : out;
      }),
    ],
  ],
};

describe("conformanceChecks", () => {
  it("has a check for every test name", () => {
    expect(Object.keys(conformanceChecks).sort()).toEqual([...conformanceTestNames].sort());
  });

  for (const name of conformanceTestNames) {
    it(`passes the test adapter: ${name}`, async () => {
      await expect(conformanceChecks[name](testAdapter, options)).resolves.toBeUndefined();
    });
    for (const [what, adapter] of broken[name]) {
      it(`fails ${what}: ${name}`, async () => {
        // Enough runs that the one mutation that breaks the adapter is all but sure to be tried.
        await expect(conformanceChecks[name](adapter, { ...options, numRuns: 300 })).rejects.toThrow();
      });
    }
  }

  it("finds a leak only where the text follows the value", async () => {
    // A REJECT flag and the reason asked-to-reject share letters: not a leak.
    const records = [goodRecord(1, ["REJECT"])];
    await expect(
      conformanceChecks["rejections and issues never contain source values"](testAdapter, {
        fixtures: [{ name: "records", records }],
        numRuns: 10,
      }),
    ).resolves.toBeUndefined();
  });
});
