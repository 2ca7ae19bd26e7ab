import { readdir, readFile } from "node:fs/promises";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parseRecord, parseWith } from "../parse/parse.js";
import { compilePolicy } from "../policy/compile-policy.js";
import { Decision } from "../policy/decision.js";
import { nationalPolicy } from "../policy/national-policy.js";
import { Policy, PolicyOverlay } from "../policy/policy-schema.js";
import { taxonomy } from "../taxonomy/taxonomy.js";
import { buildJsonSchemas } from "./json-schema.js";
import { publicSchemas } from "./public-schemas.js";

const examplesDir = new URL("../../../../examples/records/", import.meta.url);
const examples = await Promise.all(
  (await readdir(examplesDir))
    .filter((name) => name.endsWith(".json"))
    .map(async (name) => ({
      name,
      record: JSON.parse(await readFile(new URL(name, examplesDir), "utf8")) as unknown,
    })),
);

const schemas = buildJsonSchemas();
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
const validateRecord = ajv.compile(schemas["canonical-record.schema.json"] as object);
const validateTaxonomy = ajv.compile(schemas["taxonomy.schema.json"] as object);
const validatePolicy = ajv.compile(schemas["policy.schema.json"] as object);
const validateOverlay = ajv.compile(schemas["policy-overlay.schema.json"] as object);
const validateDecision = ajv.compile(schemas["decision.schema.json"] as object);

type Mutation = (record: Record<string, unknown>) => void;
const first = (record: Record<string, unknown>, key: string) =>
  (record[key] as Record<string, unknown>[])[0] as Record<string, unknown>;

// Shape errors that both validators must refuse (cross-field rules are JSON Schema's known gaps).
const shapeErrors: Record<string, Mutation> = {
  "unknown top-level key": (r) => {
    r.notes = "free text is not part of the record";
  },
  "missing classification": (r) => {
    delete r.classification;
  },
  "unknown indicator code": (r) => {
    first(r, "indicators").code = "not-a-code";
  },
  "impossible date of birth": (r) => {
    first(r, "persons").dateOfBirth = "2011-02-30";
  },
  "date-time without offset": (r) => {
    r.recordedAt = "2026-03-16T10:00:00";
  },
  "role outside the taxonomy": (r) => {
    first(r, "persons").roles = ["witness"];
  },
  "reference with spaces": (r) => {
    first(r, "persons").ref = "Child A";
  },
  "unknown record kind without x- prefix": (r) => {
    r.kind = "vetting";
  },
};

describe("JSON Schemas generated from the zod schemas", () => {
  it("publishes one draft 2020-12 schema per public schema", () => {
    expect(Object.keys(schemas).sort()).toEqual(publicSchemas.map((s) => `${s.name}.schema.json`).sort());
    for (const schema of Object.values(schemas)) {
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    }
  });

  it.each(examples)("accepts the example record $name, as zod does", ({ record }) => {
    expect(parseRecord(record).ok).toBe(true);
    expect(validateRecord(record), JSON.stringify(validateRecord.errors)).toBe(true);
  });

  it.each(Object.entries(shapeErrors))("refuses a record with %s, as zod does", (_, mutate) => {
    const record = structuredClone(examples[0]?.record) as Record<string, unknown>;
    mutate(record);
    expect(parseRecord(record).ok).toBe(false);
    expect(validateRecord(record)).toBe(false);
  });

  it("accepts the shipped taxonomy document", () => {
    expect(validateTaxonomy(taxonomy), JSON.stringify(validateTaxonomy.errors)).toBe(true);
  });

  it("accepts the national policy, as zod does, and refuses a rule that would confirm", () => {
    expect(validatePolicy(nationalPolicy), JSON.stringify(validatePolicy.errors)).toBe(true);
    const confirming = structuredClone(nationalPolicy) as { rules: { propose: { status: string }[] }[] };
    const outcome = confirming.rules[0]?.propose[0];
    if (outcome) outcome.status = "confirmed";
    expect(validatePolicy(confirming)).toBe(false);
    expect(parseWith(Policy, confirming).ok).toBe(false);
  });

  it.each(examples)("accepts the decision on the example record $name, as zod does", ({ record }) => {
    const parsed = parseRecord(record);
    const policy = compilePolicy(nationalPolicy);
    if (!parsed.ok || !policy.ok) expect.fail("the example record and the national policy are valid");
    const decision = JSON.parse(JSON.stringify(policy.value.evaluate(parsed.value))) as unknown;
    expect(validateDecision(decision), JSON.stringify(validateDecision.errors)).toBe(true);
    expect(parseWith(Decision, decision).ok).toBe(true);
  });

  it("accepts a force overlay and refuses one with an unknown field, as zod does", () => {
    const overlay = {
      id: "force-x",
      version: "1.0.0",
      description: "Synthetic overlay.",
      extends: "national",
      parameters: { "cse-operation-headings": ["EXAMPLE HEADING"], "repeat-missing-episodes": 2 },
    };
    expect(validateOverlay(overlay), JSON.stringify(validateOverlay.errors)).toBe(true);
    expect(parseWith(PolicyOverlay, overlay).ok).toBe(true);
    const withHolds = { ...overlay, holds: [] };
    expect(validateOverlay(withHolds)).toBe(false);
    expect(parseWith(PolicyOverlay, withHolds).ok).toBe(false);
  });

  it("lists a cross-field check for every rule it cannot express", () => {
    const record = structuredClone(examples[0]?.record) as Record<string, unknown>;
    first(record, "indicators").personRef = "P-NOT-ON-RECORD";
    // JSON Schema accepts it; zod refuses it, naming the check that is documented as a gap.
    expect(validateRecord(record)).toBe(true);
    const parsed = parseRecord(record);
    expect(parsed.ok).toBe(false);
    const documented = publicSchemas.find((s) => s.name === "canonical-record")?.checks.map((c) => c.id);
    expect(documented).toContain("refs-resolve");
  });
});

describe("Standard Schema", () => {
  it.each(publicSchemas)("$name exposes zod's ~standard interface", async ({ schema }) => {
    const standard = schema["~standard"];
    expect(standard.vendor).toBe("zod");
    expect(standard.version).toBe(1);
    const result = await standard.validate({ not: "valid" });
    expect(result.issues?.length ?? 0).toBeGreaterThan(0);
  });
});
