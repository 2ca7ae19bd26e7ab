import { readFileSync } from "node:fs";
import { readCsv } from "@cse-flags/adapter-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.js";
import { documentKinds } from "./job-spec.js";
import { compileWithOverlays, createProcessor, internalFailure } from "./processor.js";

const exampleRecord: unknown = JSON.parse(
  readFileSync(new URL("../../../../examples/records/crime-0001.json", import.meta.url), "utf8"),
);
const exampleOverlay: unknown = JSON.parse(
  readFileSync(new URL("../../../../examples/policy-overlays/example-force.json", import.meta.url), "utf8"),
);
const crimeExport = readFileSync(
  new URL("../../../../examples/consistent-flagging/exports/crime.csv", import.meta.url),
  "utf8",
);
const crimeSource = {
  type: "adapter",
  adapter: "crime",
  module: false,
  force: "example-force",
  conceptMaps: {},
} as const;

const sentinelRecord = {
  kind: "crime",
  source: { recordId: "SENTINEL-CHILD-A-9001" },
  notes: "SENTINEL-CHILD-A-9001",
};

describe("createProcessor for canonical documents", () => {
  it("validates a record: ok when valid, the issues when not, never the values", async () => {
    const processor = await createProcessor("validate", { type: "document", kind: "record" }, []);
    expect(processor.formats).toEqual(["ndjson", "json"]);
    expect(processor.process(exampleRecord)).toEqual({ ok: true });
    expect(processor.reconciliation()).toBeUndefined();
    const rejected = processor.process(sentinelRecord);
    expect(rejected).toMatchObject({ ok: false, stage: "validate" });
    expect(rejected.ok === false && rejected.issues.length > 0).toBe(true);
    expect(JSON.stringify(rejected)).not.toContain("SENTINEL");
  });

  it("checks each kind with its own parser", async () => {
    const overlay = await createProcessor("validate", { type: "document", kind: "overlay" }, []);
    expect(overlay.process(exampleOverlay)).toEqual({ ok: true });
    expect(overlay.process(exampleRecord)).toMatchObject({ ok: false, stage: "validate" });
    const record = await createProcessor("validate", { type: "document", kind: "record" }, []);
    expect(record.process(exampleOverlay)).toMatchObject({ ok: false });
  });

  it("flags a valid record: the decision as JSON and its explanation", async () => {
    const processor = await createProcessor("flag", { type: "document", kind: "record" }, []);
    const outcome = processor.process(exampleRecord);
    if (!outcome.ok) throw new Error("expected the example record to be flagged");
    expect(JSON.parse(outcome.output ?? "")).toEqual(expect.any(Object));
    expect(outcome.lines).toEqual(expect.any(Array));
    expect(outcome.proposals).toBe(
      (JSON.parse(outcome.output ?? "") as { proposals: unknown[] }).proposals.length,
    );
    expect(processor.process(sentinelRecord)).toMatchObject({ ok: false, stage: "validate" });
  });

  it("refuses map without an adapter", async () => {
    await expect(createProcessor("map", { type: "document", kind: "record" }, [])).rejects.toThrow(
      UsageError,
    );
  });

  it("never throws, whatever the value", async () => {
    const processors = await Promise.all([
      ...documentKinds.map((kind) => createProcessor("validate", { type: "document", kind }, [])),
      createProcessor("flag", { type: "document", kind: "record" }, []),
    ]);
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (value) => {
        for (const processor of processors) expect(typeof processor.process(value).ok).toBe("boolean");
      }),
      { numRuns: 50 },
    );
  });
});

describe("createProcessor for an adapter", () => {
  it("maps the example crime export: canonical records with the force, and a map report", async () => {
    const processor = await createProcessor("map", crimeSource, []);
    expect([...processor.formats].sort()).toEqual(["csv", "json", "ndjson"]);
    let records = 0;
    for await (const item of readCsv(crimeExport, processor.reader.csv)) {
      if (item.kind !== "record") throw new Error(`unexpected ${item.kind}`);
      const outcome = processor.process(item.value);
      if (!outcome.ok) throw new Error(`rejected: ${JSON.stringify(outcome.issues)}`);
      expect(JSON.parse(outcome.output ?? "")).toMatchObject({
        kind: "crime",
        source: { force: "example-force" },
      });
      records += 1;
    }
    expect(records).toBe(5);
    expect(processor.reconciliation()).toMatchObject({ read: 5, mapped: 5, rejected: 0 });
  });

  it("validates without output, and rejects a row it cannot map with its stage", async () => {
    const processor = await createProcessor("validate", crimeSource, []);
    const outcome = processor.process({ crime_ref: "SENTINEL-CR-9001" });
    expect(outcome).toMatchObject({ ok: false, stage: "source" });
    expect(JSON.stringify(outcome)).not.toContain("SENTINEL");
    expect(processor.reconciliation()).toMatchObject({ read: 1, mapped: 0, rejected: 1 });
    expect(JSON.stringify(processor.reconciliation())).not.toContain("SENTINEL");
  });

  it("refuses an unknown adapter id and a bad force with a UsageError", async () => {
    await expect(createProcessor("map", { ...crimeSource, adapter: "crim" }, [])).rejects.toThrow(
      "unknown adapter crim",
    );
    await expect(createProcessor("map", { ...crimeSource, force: "" }, [])).rejects.toThrow(UsageError);
  });
});

describe("compileWithOverlays", () => {
  it("compiles the national policy with an overlay", () => {
    expect(compileWithOverlays([exampleOverlay])).toBeDefined();
  });

  it("refuses overlays that do not compile, listing the issues, and so does flag", async () => {
    expect(() => compileWithOverlays([{ id: "x" }])).toThrow(UsageError);
    expect(() => compileWithOverlays([{ id: "x" }])).toThrow(/^the policy overlays do not compile: /);
    await expect(createProcessor("flag", { type: "document", kind: "record" }, [42])).rejects.toThrow(
      UsageError,
    );
  });
});

describe("internalFailure", () => {
  it("is a rejection marked internal, with the internal_error code", () => {
    expect(internalFailure("worker")).toEqual({
      ok: false,
      stage: "worker",
      internal: true,
      issues: [{ path: "", code: "internal_error", message: expect.stringContaining("this is a bug") }],
    });
  });
});
