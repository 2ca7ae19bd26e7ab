import type { StandardSchemaV1 } from "@standard-schema/spec";
import { describe, expect, it } from "vitest";
import { exampleRecords } from "../test/arbitraries.js";
import { Ref } from "./codecs/primitives.js";
import { standardSchemas, toStandardSchema, vendor } from "./index.js";

/** A tiny generic consumer, written only against the Standard Schema spec's types. */
async function validateOrList<S extends StandardSchemaV1>(
  schema: S,
  value: unknown,
): Promise<{ ok: true; value: StandardSchemaV1.InferOutput<S> } | { ok: false; problems: string[] }> {
  const result = await schema["~standard"].validate(value);
  if (result.issues === undefined) return { ok: true, value: result.value };
  const problems = result.issues.map((issue) => {
    const path = (issue.path ?? []).map((segment) => (typeof segment === "object" ? segment.key : segment));
    return `${path.map(String).join(".")}: ${issue.message}`;
  });
  return { ok: false, problems };
}

describe("Standard Schema wrappers", () => {
  it("declare version 1 and this package's vendor", () => {
    for (const schema of Object.values(standardSchemas)) {
      expect(schema["~standard"].version).toBe(1);
      expect(schema["~standard"].vendor).toBe(vendor);
    }
  });

  it("validate records for a generic consumer", async () => {
    for (const record of exampleRecords) {
      const result = await validateOrList(standardSchemas.canonicalRecord, record);
      expect(result).toEqual({ ok: true, value: record });
    }
  });

  it("give paths and messages, never values, for bad input", async () => {
    const result = await validateOrList(standardSchemas.canonicalRecord, {
      ...(exampleRecords[0] as object),
      kind: "CANARYKIND",
    });
    expect(result).toEqual({
      ok: false,
      problems: ["kind: Expected a taxonomy record kind or an x- prefixed local kind"],
    });
    expect(JSON.stringify(result)).not.toContain("CANARYKIND");
  });

  it("run the input guard first, and never throw", async () => {
    const hostile = JSON.parse('{"__proto__": {}}');
    const result = standardSchemas.marker["~standard"].validate(hostile);
    expect(result.issues?.map((issue) => issue.code)).toEqual(["forbidden_key"]);
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("trap");
        },
      },
    );
    expect(() => toStandardSchema(Ref)["~standard"].validate(proxy)).not.toThrow();
  });
});
