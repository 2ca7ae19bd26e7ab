import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { readCsv } from "@cse-flags/adapter-kit";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

describe("createProcessor for an adapter module", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "processor-test-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A module adapter: the crime adapter with its source's reader settings replaced. */
  function crimeWithReader(name: string, reader: unknown): string {
    const crime = pathToFileURL(createRequire(import.meta.url).resolve("@cse-flags/adapter-crime")).href;
    const path = join(dir, name);
    writeFileSync(
      path,
      `import crime from ${JSON.stringify(crime)};
export default (options) => {
  const adapter = crime.createCrimeAdapter(options);
  return { ...adapter, source: { ...adapter.source, reader: ${JSON.stringify(reader)} } };
};\n`,
    );
    return path;
  }

  it("refuses reader settings the adapter kit will not read with, before any record is read", async () => {
    const source = {
      ...crimeSource,
      adapter: crimeWithReader("bad-delimiter.mjs", { csv: { delimiter: ";;" } }),
      module: true,
    };
    const failure = await createProcessor("validate", source, []).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UsageError);
    expect(failure).toMatchObject({
      message:
        "the adapter's reader settings are not valid: /delimiter invalid_options: Expected one character other than a quote, CR or LF",
      hint: "Fix the adapter's source.reader settings.",
    });
  });

  it("takes reader settings the kit accepts, and reads with them", async () => {
    const reader = { csv: { delimiter: ",", maxRecordLength: 4096 } };
    const source = { ...crimeSource, adapter: crimeWithReader("explicit.mjs", reader), module: true };
    const processor = await createProcessor("validate", source, []);
    expect(processor.reader).toEqual(reader);
    let ok = 0;
    for await (const item of readCsv(crimeExport, processor.reader.csv))
      if (item.kind === "record" && processor.process(item.value).ok) ok += 1;
    expect(ok).toBeGreaterThan(0);
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
