import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collect, goodRecord, reconciliationOf, testAdapter } from "../../test/support.js";
import { AdapterKitError } from "../issue.js";
import { reconcile, runAdapter } from "./run-adapter.js";

describe("runAdapter", () => {
  it("yields each record's outcome in order, then a reconciliation that balances", async () => {
    const text = [
      JSON.stringify(goodRecord(1, ["MISS", "NEWCODE"])),
      "not json: Child A",
      JSON.stringify({ ...goodRecord(3), date: "yesterday" }),
      JSON.stringify(goodRecord(4, ["REJECT"])),
      JSON.stringify(goodRecord(5, ["ADMIN", "GIFT"])),
    ].join("\n");
    const events = await collect(runAdapter(testAdapter, text, { format: "ndjson" }));
    expect(events.map((e) => (e.type === "rejected" ? `${e.stage}@${e.position.line}` : e.type))).toEqual([
      "mapped",
      "read@2",
      "source@3",
      "map@4",
      "mapped",
      "reconciliation",
    ]);
    expect(reconciliationOf(events)).toEqual({
      read: 5,
      mapped: 2,
      rejected: 3,
      rejectedBy: [
        { name: "adapter_rejected:asked-to-reject", count: 1 },
        { name: "invalid_format", count: 1 },
        { name: "invalid_json", count: 1 },
      ],
      unmappedCodes: [{ name: "force-x/flags", count: 1 }],
      unreportableCodes: [],
      explicitlyUnmapped: [{ name: "force-x/flags", count: 1 }],
      notRelated: [],
      ignoredFields: [{ field: "note", reason: "free-text", records: 2 }],
      unaccountedFields: [],
    });
    expect(JSON.stringify(events.filter((e) => e.type !== "mapped"))).not.toMatch(/Child A|yesterday/);
  });

  it("reads JSON arrays and already-parsed records", async () => {
    const array = JSON.stringify([goodRecord(1), goodRecord(2)]);
    expect((await reconcile(testAdapter, array, { format: "json-array" })).mapped).toBe(2);
    const fromRecords = await reconcile(testAdapter, { records: [goodRecord(1), { ref: "bad" }] });
    expect({ mapped: fromRecords.mapped, rejected: fromRecords.rejected }).toEqual({
      mapped: 1,
      rejected: 1,
    });
  });

  it("reports where reading stopped, and counts what was read", async () => {
    const result = await reconcile(testAdapter, `[${JSON.stringify(goodRecord(1))}] trailing`, {
      format: "json-array",
    });
    expect(result).toMatchObject({ read: 1, mapped: 1, stopped: { code: "trailing_content" } });
  });

  it("counts not-related-to lookups and codes core cannot hold, losing no record", async () => {
    const odd = {
      ...testAdapter,
      map: ((record, ctx) => {
        if (record.ref === "X-2") ctx.unmapped("force-x/flags", "S&E", "/flags/0");
        return testAdapter.map(record, ctx);
      }) as typeof testAdapter.map,
    };
    const r = await reconcile(odd, { records: [goodRecord(1, ["NOPE", "MISS"]), goodRecord(2, ["NOPE"])] });
    expect(r).toMatchObject({
      read: 2,
      mapped: 2,
      notRelated: [{ name: "force-x/flags", count: 2 }],
      unreportableCodes: [{ name: "force-x/flags", count: 1 }],
      unmappedCodes: [{ name: "force-x/flags", count: 1 }],
    });
    expect(JSON.stringify(r)).not.toContain("S&E");
  });

  it("keeps the adapter's reader settings that the run's options leave undefined", async () => {
    const strict = {
      ...testAdapter,
      source: { ...testAdapter.source, reader: { ndjson: { maxLineLength: 20 } } },
    };
    const text = JSON.stringify(goodRecord(1));
    const run = (options: object) => reconcile(strict, text, { format: "ndjson", ...options });
    expect((await run({ ndjson: { maxLineLength: undefined } })).rejectedBy).toEqual([
      { name: "line_too_long", count: 1 },
    ]);
    expect((await run({ ndjson: { maxLineLength: 10_000 } })).mapped).toBe(1);
  });

  it("lists fields nobody mapped, ignored or reported", async () => {
    const blind = {
      ...testAdapter,
      map: ((record, ctx) =>
        testAdapter.map(
          { ref: record.ref, date: record.date, flags: [], childRef: record.childRef },
          { ...ctx, ignore: () => {}, target: ctx.target.bind(ctx), adapter: ctx.adapter },
        )) as typeof testAdapter.map,
    };
    expect((await reconcile(blind, { records: [goodRecord(1)] })).unaccountedFields).toEqual([
      { name: "flags", count: 1 },
      { name: "note", count: 1 },
    ]);
  });

  it("streams: the first outcome arrives before an endless input ends", async () => {
    async function* endless() {
      for (let n = 1; ; n += 1) yield `${JSON.stringify(goodRecord(n))}\n`;
    }
    let seen = 0;
    for await (const event of runAdapter(testAdapter, endless(), { format: "ndjson" })) {
      expect(event.type).toBe("mapped");
      seen += 1;
      if (seen === 1_000) break;
    }
    expect(seen).toBe(1_000);
  });

  it("keeps no per-record state: the reconciliation of a long input has the shape of a short one's", async () => {
    // Memory is measured by the benchmarks; here the structure is checked: nothing in
    // the run's own state grows with the number of records, only counts.
    async function* many(count: number) {
      for (let n = 0; n < count; n += 1)
        yield `${JSON.stringify(goodRecord(n, ["MISS", "NEWCODE", "ADMIN"]))}\n`;
    }
    const shape = async (count: number) =>
      JSON.stringify(await reconcile(testAdapter, many(count), { format: "ndjson" })).replace(/\d+/g, "n");
    expect(await shape(5_000)).toBe(await shape(10));
  });

  it("throws a typed error for an invalid adapter, a missing or foreign format, or an unusable input", async () => {
    await expect(
      collect(runAdapter({ ...testAdapter, id: "" }, "", { format: "ndjson" })),
    ).rejects.toBeInstanceOf(AdapterKitError);
    await expect(collect(runAdapter(testAdapter, ""))).rejects.toThrow(/format/);
    await expect(collect(runAdapter(testAdapter, "", { format: "csv" }))).rejects.toThrow(/format/);
    await expect(collect(runAdapter(testAdapter, 42 as never, { format: "ndjson" }))).rejects.toBeInstanceOf(
      AdapterKitError,
    );
  });

  it("never throws on any text, and always balances: read = mapped + rejected = outcomes yielded", async () => {
    const pieces = [
      JSON.stringify(goodRecord(1)),
      JSON.stringify(goodRecord(2, ["NEW", "ADMIN"])),
      "{",
      "]",
      "[",
      ",",
      "\n",
      '"',
      "null",
      '{"__proto__":{}}',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...pieces), { maxLength: 12 }),
        fc.constantFrom("ndjson", "json-array"),
        async (parts, format) => {
          const events = await collect(runAdapter(testAdapter, parts.join(""), { format }));
          const r = reconciliationOf(events);
          expect(r.read).toBe(r.mapped + r.rejected);
          expect(r.read).toBe(events.length - 1);
          expect(r.mapped).toBe(events.filter((e) => e.type === "mapped").length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary records given directly", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.anything(), { maxLength: 5 }), async (records) => {
        const r = await reconcile(testAdapter, { records });
        expect(r.read).toBe(records.length);
      }),
      { numRuns: 200 },
    );
  });
});
