import { canonicalizeRecord } from "@cse-flags/core";
import { describe, expect, it } from "vitest";
import { goodRecord, testAdapter } from "../../test/support.js";
import { defineAdapter } from "../define-adapter.js";
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
