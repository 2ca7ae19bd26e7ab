import { canonicalizeRecord } from "@cse-flags/core";
import { describe, expect, it } from "vitest";
import { goodRecord, testAdapter } from "../../test/support.js";
import { defineAdapter } from "../define-adapter.js";
import { unaccountedFields } from "../run/reconciliation.js";
import { mapSourceRecord } from "./map-record.js";

const variant = (map: (typeof testAdapter)["map"]) => defineAdapter({ ...testAdapter, map });

describe("mapSourceRecord", () => {
  it("maps a record, adding the codes with no mapping to unmappedCodes", () => {
    const outcome = mapSourceRecord(testAdapter, goodRecord(1, ["MISS", "NEWCODE", "ADMIN", "NOPE", "ONL"]));
    expect(outcome.status).toBe("mapped");
    if (outcome.status !== "mapped") return;
    expect(outcome.record.indicators.map((i) => i.code)).toEqual([
      "missing-from-home-or-care",
      "online-grooming",
    ]);
    expect(outcome.record.unmappedCodes).toEqual([
      { system: "force-x/flags", code: "NEWCODE", path: "/flags/1" },
    ]);
    expect(outcome.report.lookups.map((l) => l.status)).toEqual([
      "mapped",
      "not-yet-mapped",
      "no-map",
      "mapped",
      "mapped",
    ]);
    expect(outcome.report.recordId).toBe("X-1");
    expect(outcome.report.ignored).toEqual([{ field: "note", reason: "free-text" }]);
  });

  it("rejects at the source stage with the schema's paths and codes", () => {
    const outcome = mapSourceRecord(testAdapter, { ...goodRecord(), date: "31/02/2026", extra: "Child A" });
    expect(outcome).toMatchObject({ status: "rejected", stage: "source" });
    if (outcome.status !== "rejected") return;
    expect(outcome.issues.map((i) => `${i.path.join("/")} ${i.code}`).sort()).toEqual([
      "date invalid_format",
      "extra unrecognized_key",
    ]);
    expect(JSON.stringify(outcome.issues)).not.toContain("Child A");
    expect(JSON.stringify(outcome.issues)).not.toContain("31/02");
  });

  it("refuses prototype keys and non-JSON values before the schema sees them", () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "ref": "X-1"}');
    const outcome = mapSourceRecord(testAdapter, hostile);
    expect(outcome.status === "rejected" && outcome.issues.map((i) => i.code)).toEqual(["forbidden_key"]);
    expect(mapSourceRecord(testAdapter, new Date()).status).toBe("rejected");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reads nothing from a proxy or getter before the guard refuses it", () => {
    let reads = 0;
    const trap = new Proxy(goodRecord(), {
      get: () => {
        reads += 1;
        throw new Error("trap");
      },
      ownKeys: () => {
        throw new Error("trap");
      },
    });
    expect(mapSourceRecord(testAdapter, trap)).toMatchObject({ status: "rejected", stage: "source" });
    const getter = Object.defineProperty({ ...goodRecord() }, "ref", {
      enumerable: true,
      get: () => {
        reads += 1;
        return "X-1";
      },
    });
    expect(mapSourceRecord(testAdapter, getter)).toMatchObject({
      status: "rejected",
      issues: [{ code: "not_json_value" }],
    });
    expect(reads).toBe(0);
  });

  it("turns a throw in map into map_threw without the error's message", () => {
    const outcome = mapSourceRecord(
      variant(() => {
        throw new Error("Child A's record X-1 broke");
      }),
      goodRecord(),
    );
    expect(outcome).toMatchObject({ status: "rejected", stage: "map", issues: [{ code: "map_threw" }] });
    expect(JSON.stringify(outcome)).not.toContain("Child A");
  });

  it("rejects with the adapter's reason code, and refuses a reason that is not a code", () => {
    const outcome = mapSourceRecord(testAdapter, goodRecord(1, ["REJECT"]));
    expect(outcome).toMatchObject({
      status: "rejected",
      stage: "map",
      issues: [{ path: ["flags"], code: "adapter_rejected", reason: "asked-to-reject" }],
    });
    const leaky = mapSourceRecord(
      variant((record, ctx) => ctx.reject(`bad ref ${record.ref}`)),
      goodRecord(),
    );
    expect(leaky).toMatchObject({ status: "rejected", issues: [{ code: "invalid_rejection_code" }] });
    expect(JSON.stringify(leaky.status === "rejected" && leaky.issues)).not.toContain("X-1");
  });

  it("rejects a record that fails the core schema, and one that names another adapter or kind", () => {
    const broken = mapSourceRecord(
      variant(() => ({ kind: "crime" }) as never),
      goodRecord(),
    );
    expect(broken).toMatchObject({ status: "rejected", stage: "canonical" });
    const ok = mapSourceRecord(testAdapter, goodRecord());
    if (ok.status !== "mapped") throw new Error("expected a mapped record");
    const other = mapSourceRecord(
      variant(() => ({
        ...ok.record,
        source: { ...ok.record.source, adapter: { id: "other", version: "1.0.0" } },
      })),
      goodRecord(),
    );
    expect(other.status === "rejected" && other.issues.map((i) => i.code)).toEqual(["adapter_mismatch"]);
    const kind = mapSourceRecord(
      variant(() => ({ ...ok.record, kind: "x-local" })),
      goodRecord(),
    );
    expect(kind.status === "rejected" && kind.issues.map((i) => i.code)).toEqual(["kind_mismatch"]);
  });

  it("puts a mapped record in canonical order, so policy evidence paths point into it as stored", () => {
    const ok = mapSourceRecord(testAdapter, goodRecord(1, ["MISS", "ONL"]));
    if (ok.status !== "mapped") throw new Error("expected a mapped record");
    const reversed = mapSourceRecord(
      variant(() => ({ ...ok.record, indicators: [...ok.record.indicators].reverse() })),
      goodRecord(1, ["MISS", "ONL"]),
    );
    if (reversed.status !== "mapped") throw new Error("expected a mapped record");
    expect(reversed.record.indicators.map((i) => i.code)).toEqual([
      "missing-from-home-or-care",
      "online-grooming",
    ]);
    expect(canonicalizeRecord(reversed.record)).toEqual(reversed.record);
  });

  it("rejects a record whose source.recordId is not the source record's id", () => {
    const fixed = variant((record, ctx) => {
      const out = testAdapter.map(record, ctx);
      return "kind" in out ? { ...out, source: { ...out.source, recordId: "X-999" } } : out;
    });
    for (const n of [1, 2]) {
      const outcome = mapSourceRecord(fixed, goodRecord(n));
      expect(outcome).toMatchObject({
        status: "rejected",
        stage: "canonical",
        issues: [{ path: ["source", "recordId"], code: "record_id_mismatch" }],
      });
    }
    expect(mapSourceRecord(fixed, goodRecord(999)).status).toBe("mapped");
  });

  it("refuses a map that returns a promise, and lets no rejection go unhandled", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const outcome = mapSourceRecord(
        variant((async () => {
          throw new Error("Child A");
        }) as never),
        goodRecord(),
      );
      expect(outcome).toMatchObject({
        status: "rejected",
        stage: "map",
        issues: [{ code: "map_returned_promise" }],
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  it("keeps a record whose reported code core cannot hold, marking the code unreportable", () => {
    const outcome = mapSourceRecord(
      variant((record, ctx) => {
        ctx.unmapped("force-x/flags", "S&E", "/flags/0");
        ctx.unmapped("Force X", "OK", "/flags/1");
        ctx.lookup("flags", "A\u0000B", "/flags/2");
        return testAdapter.map(record, ctx);
      }),
      goodRecord(),
    );
    expect(outcome.status).toBe("mapped");
    if (outcome.status !== "mapped") return;
    expect(outcome.record.unmappedCodes).toEqual([
      { system: "force-x/flags", code: "unreportable", path: "/flags/0" },
      { system: "unreportable", code: "OK", path: "/flags/1" },
      { system: "force-x/flags", code: "unreportable", path: "/flags/2" },
    ]);
    expect(outcome.report.unreportable).toEqual(["force-x/flags", "unreportable", "force-x/flags"]);
    expect(JSON.stringify(outcome.record)).not.toContain("S&E");
  });

  it("answers an unusable adapter or options with issues, never a throw", () => {
    const empty = mapSourceRecord({} as never, {});
    expect(empty.status === "rejected" && [...new Set(empty.issues.map((i) => i.code))]).toEqual([
      "invalid_adapter",
    ]);
    expect(mapSourceRecord(testAdapter, goodRecord(), null as never)).toMatchObject({
      status: "rejected",
      issues: [{ code: "invalid_options" }],
    });
    expect(mapSourceRecord(testAdapter, goodRecord(), { limits: 5 } as never)).toMatchObject({
      status: "rejected",
      issues: [{ code: "invalid_options" }],
    });
  });

  it("counts only fields read by name: a spread or JSON.stringify reads none", () => {
    const spread = mapSourceRecord(
      variant((record, ctx) =>
        testAdapter.map({ ...record }, Object.assign(Object.create(ctx), { ignore: () => {} })),
      ),
      goodRecord(),
    );
    expect(spread.report.bulkRead).toBe(true);
    // flags is reported through its lookups; nothing else counts as read.
    expect(unaccountedFields(spread.report)).toEqual(["ref", "date", "childRef", "note"]);
    const keys = mapSourceRecord(
      variant((record, ctx) => {
        Object.keys(record);
        return testAdapter.map(record, ctx);
      }),
      goodRecord(),
    );
    expect(unaccountedFields(keys.report)).toEqual(["ref", "date", "childRef"]);
    const has = mapSourceRecord(
      variant((record, ctx) => {
        const out = testAdapter.map(record, Object.assign(Object.create(ctx), { ignore: () => {} }));
        return "note" in record && Object.getOwnPropertyDescriptor(record, "note") ? out : out;
      }),
      goodRecord(),
    );
    expect(unaccountedFields(has.report)).toEqual(["note"]);
  });

  it("notes which fields map read, so unaccounted fields can be found", () => {
    const outcome = mapSourceRecord(
      variant((record, ctx) => {
        const mapped = testAdapter.map(record, ctx);
        return mapped;
      }),
      goodRecord(),
    );
    expect([...outcome.report.accessed].sort()).toEqual(["childRef", "date", "flags", "ref"]);
    expect(outcome.report.fields).toEqual(["ref", "date", "flags", "childRef", "note"]);
  });
});
