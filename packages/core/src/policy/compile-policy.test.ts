import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticCrimeRecord } from "../../test/support.js";
import type { Issue, Result } from "../issue.js";
import type { CanonicalRecord } from "../schemas/canonical-record.js";
import { type CompiledPolicy, compilePolicy } from "./compile-policy.js";
import { nationalPolicy } from "./national-policy.js";
import type { Policy, PolicyOverlay, Rule } from "./policy-schema.js";

// All data here is synthetic: made-up forces, headings, references and dates.

/** A copy of the national policy under another id, free to be changed. */
const copy = (): Policy => ({ ...(structuredClone(nationalPolicy) as Policy), id: "national-copy" });

function compiled(result: Result<CompiledPolicy>): CompiledPolicy {
  if (!result.ok) expect.fail(`expected the policy to compile, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

function issuesOf(result: Result<CompiledPolicy>): readonly Issue[] {
  if (result.ok) expect.fail("expected the policy to be refused");
  return result.issues;
}

const overlay = (extra: Partial<PolicyOverlay> = {}): PolicyOverlay => ({
  id: "force-x",
  version: "1.2.0",
  description: "Synthetic overlay for force X.",
  extends: "national",
  ...extra,
});

const localRule = (extra: Partial<Rule> = {}): Rule => ({
  id: "force-x-gang-association",
  version: "1.0.0",
  description: "Synthetic local rule: a child associated with a gang is at risk of exploitation.",
  sources: ["published-warning-signs"],
  appliesTo: "any",
  when: { indicator: { codes: ["gang-association"] } },
  propose: [
    {
      kind: "CE",
      subject: {
        type: "person",
        where: { indicator: { codes: ["gang-association"] } },
        as: "person-at-risk",
      },
      status: "suspected",
    },
  ],
  ...extra,
});

/** An intelligence record under a heading, with no one on it. */
function intelligenceRecord(heading: string): CanonicalRecord {
  return {
    ...syntheticCrimeRecord(),
    kind: "intelligence",
    persons: [],
    offences: [],
    indicators: [],
    intelligence: { operations: [heading] },
  };
}

describe("compilePolicy on the national policy", () => {
  it("compiles it with its parameters and one layer", () => {
    const policy = compiled(compilePolicy(nationalPolicy));
    expect(policy.id).toBe("national");
    expect(policy.layers).toEqual([{ id: "national", version: nationalPolicy.version }]);
    expect(policy.parameters.get("cse-operation-headings")).toEqual(["STRIVER"]);
    expect(policy.parameters.get("repeat-missing-episodes")).toBe(3);
  });

  it("refuses an altered policy that still calls itself the national policy at its version", () => {
    compiled(compilePolicy(structuredClone(nationalPolicy)));
    const weakened = structuredClone(nationalPolicy) as Policy;
    weakened.rules = weakened.rules.filter((rule) => rule.id !== "cse-defining-offence");
    expect(issuesOf(compilePolicy(weakened))).toEqual([
      { path: ["version"], code: "weakens_policy", message: expect.stringContaining("overlay") },
    ]);
    compiled(compilePolicy({ ...weakened, id: "a-different-policy" }));
  });

  it("refuses input that is not a policy, with paths and without throwing", () => {
    for (const input of [undefined, null, 42, "policy", [], {}, { ...copy(), rules: [] }]) {
      expect(issuesOf(compilePolicy(input)).length).toBeGreaterThan(0);
    }
  });

  it("refuses a rule that proposes a confirmed marker, at the outcome's status", () => {
    const policy = copy();
    const outcome = policy.rules[0]?.propose[0] as unknown as { status: string };
    outcome.status = "confirmed";
    const issues = issuesOf(compilePolicy(policy));
    expect(issues).toEqual([
      {
        path: ["rules", 0, "propose", 0, "status"],
        code: "invalid_value",
        message:
          "Rule cse-defining-offence: A policy may only propose markers as suspected: a reviewer confirms or rejects them",
      },
    ]);
  });

  it("refuses an unknown indicator code, naming the path", () => {
    const policy = copy();
    policy.rules.push(localRule({ when: { indicator: { codes: ["not-a-code" as never] } } }));
    const issues = issuesOf(compilePolicy(policy));
    expect(issues).toEqual([
      {
        path: ["rules", policy.rules.length - 1, "when", "indicator", "codes", 0],
        code: "invalid_value",
        message: expect.stringMatching(/^Rule force-x-gang-association: /),
      },
    ]);
  });

  it("refuses a duplicate rule id, naming the id", () => {
    const policy = copy();
    policy.rules.push(localRule({ id: "cse-defining-offence" }));
    const issues = issuesOf(compilePolicy(policy));
    expect(issues).toEqual([
      {
        path: ["rules", policy.rules.length - 1, "id"],
        code: "duplicate_id",
        message: expect.stringContaining("cse-defining-offence"),
      },
    ]);
  });

  it("refuses an unknown source and an unknown parameter, naming the rule", () => {
    const policy = copy();
    policy.rules.push(
      localRule({
        sources: ["made-up-source"],
        when: { operation: { headings: { param: "no-such-parameter" } } },
      }),
    );
    const last = policy.rules.length - 1;
    const issues = issuesOf(compilePolicy(policy));
    expect(issues).toEqual([
      {
        path: ["rules", last, "sources", 0],
        code: "unknown_reference",
        message: expect.stringContaining("force-x-gang-association"),
      },
      {
        path: ["rules", last, "when", "operation", "headings"],
        code: "unknown_reference",
        message: expect.stringContaining("force-x-gang-association"),
      },
    ]);
  });

  it("refuses a parameter of the wrong type", () => {
    const policy = copy();
    policy.rules.push(localRule({ when: { operation: { headings: { param: "repeat-missing-episodes" } } } }));
    expect(issuesOf(compilePolicy(policy))[0]?.code).toBe("invalid_type");
  });

  it("refuses a policy written for another taxonomy major version", () => {
    const issues = issuesOf(compilePolicy({ ...copy(), taxonomyVersion: "2.0.0" }));
    expect(issues).toEqual([
      { path: ["taxonomyVersion"], code: "incompatible_version", message: expect.any(String) },
    ]);
  });
});

describe("a compiled policy", () => {
  it("cannot be changed through a decision or its parameters", () => {
    const policy = compiled(compilePolicy(nationalPolicy));
    const record = syntheticCrimeRecord();
    const first = JSON.stringify(policy.evaluate(record));
    const decision = policy.evaluate(record);
    expect(() => {
      (decision.policy.layers as { id: string }[]).push({ id: "tampered" });
    }).toThrow(TypeError);
    expect(() => {
      (decision.proposals[0]?.rules[0] as { id: string }).id = "tampered";
    }).toThrow(TypeError);
    (policy.parameters as Map<string, unknown>).set("repeat-missing-episodes", 0);
    expect(() => {
      (policy.parameters.get("cse-operation-headings") as string[]).push("TAMPERED");
    }).toThrow(TypeError);
    expect(JSON.stringify(policy.evaluate(record))).toBe(first);
    expect(policy.evaluate(intelligenceRecord("TAMPERED")).proposals).toEqual([]);
  });
});

describe("a sexual element is needed for CSE and CSA", () => {
  const cseOn = (when: Rule["when"]): Rule =>
    localRule({ when, propose: [{ kind: "CSE", subject: { type: "record" }, status: "suspected" }] });

  it.each([
    ["a criminal sign", { indicator: { classes: ["criminal-element"] } }],
    ["a shared sign", { indicator: { codes: ["gang-association"] } }],
    ["a modern slavery offence", { offence: { homeOffice: ["106"] } }],
    ["a grading", { grading: { suspectedFalse: true } }],
    ["an operation heading written into the rule", { operation: { headings: ["COUNTY LINES EXAMPLE"] } }],
    ["a negated sexual sign", { not: { indicator: { classes: ["sexual-element"] } } }],
    [
      "either a sexual or a criminal sign",
      {
        any: [
          { indicator: { classes: ["sexual-element"] } },
          { indicator: { classes: ["criminal-element"] } },
        ],
      },
    ],
  ] as [string, Rule["when"]][])("refuses CSE proposed on %s alone", (_, when) => {
    const policy = copy();
    policy.rules.push(cseOn(when));
    const issues = issuesOf(compilePolicy(policy));
    expect(issues).toEqual([
      {
        path: ["rules", policy.rules.length - 1, "propose", 0, "kind"],
        code: "needs_sexual_element",
        message: expect.any(String),
      },
    ]);
  });

  it.each([
    ["an exchange", { indicator: { exchange: true } }],
    [
      "a sexual offence and a criminal sign",
      { all: [{ offence: { homeOffice: ["22B"] } }, { indicator: { classes: ["criminal-element"] } }] },
    ],
    [
      "a heading from the CSE headings parameter",
      { operation: { headings: { param: "cse-operation-headings" } } },
    ],
    ["a person with a sexual sign", { person: { indicator: { classes: ["sexual-element"] } } }],
  ] as [string, Rule["when"]][])("accepts CSE proposed on %s", (_, when) => {
    const policy = copy();
    policy.rules.push(cseOn(when));
    compiled(compilePolicy(policy));
  });

  it("counts a headings parameter as CSE only when the policy marks it so", () => {
    const policy = copy();
    policy.rules.push(cseOn({ operation: { headings: { param: "cse-operation-headings" } } }));
    const unmarked = { ...policy, parameters: { ...policy.parameters } };
    const { cse: _cse, ...rest } = unmarked.parameters["cse-operation-headings"] as { cse?: boolean };
    unmarked.parameters["cse-operation-headings"] = rest as Policy["parameters"][string];
    expect(issuesOf(compilePolicy(unmarked)).map((issue) => issue.code)).toContain("needs_sexual_element");
  });

  it("accepts CSE on persons selected by a sexual sign even when the rule's condition has none", () => {
    const policy = copy();
    policy.rules.push(
      localRule({
        when: { person: { role: ["victim"] } },
        propose: [
          {
            kind: "CSE",
            subject: { type: "person", where: { indicator: { classes: ["sexual-element"] } }, as: "victim" },
            status: "suspected",
          },
        ],
      }),
    );
    compiled(compilePolicy(policy));
  });
});

describe("overlays", () => {
  it("add a force's rules, naming the overlay as the layer of each decision it causes", () => {
    const policy = compiled(compilePolicy(nationalPolicy, { overlays: [overlay({ rules: [localRule()] })] }));
    expect(policy.layers).toEqual([
      { id: "national", version: nationalPolicy.version },
      { id: "force-x", version: "1.2.0" },
    ]);
    const record: CanonicalRecord = {
      ...syntheticCrimeRecord(),
      offences: [{ homeOffice: { code: "8N" } }],
      indicators: [{ code: "gang-association", personRef: "P1", sourcePath: "flags/gang" }],
    };
    const decision = policy.evaluate(record);
    expect(decision.policy.layers.map((layer) => layer.id)).toEqual(["national", "force-x"]);
    expect(decision.proposals).toEqual([
      {
        kind: "CE",
        qualifiers: [],
        subject: { type: "person", ref: "P1", role: "person-at-risk" },
        status: "suspected",
        // P1 is 17: the national shared-signs rule proposes the same CE, so one proposal names both layers.
        rules: [
          { layer: "national", id: "child-shared-signs", version: "1.0.0" },
          { layer: "force-x", id: "force-x-gang-association", version: "1.0.0" },
        ],
        evidence: ["/event/start", "/indicators/0/code", "/persons/0/dateOfBirth"],
      },
    ]);
  });

  it("add operation headings to the national ones", () => {
    const policy = compiled(
      compilePolicy(nationalPolicy, {
        overlays: [overlay({ parameters: { "cse-operation-headings": ["EXAMPLE HEADING"] } })],
      }),
    );
    expect(policy.parameters.get("cse-operation-headings")).toEqual(["EXAMPLE HEADING", "STRIVER"]);
    expect(policy.evaluate(intelligenceRecord("EXAMPLE HEADING")).proposals.map((p) => p.kind)).toEqual([
      "CSE",
    ]);
    expect(policy.evaluate(intelligenceRecord("STRIVER")).proposals.map((p) => p.kind)).toEqual(["CSE"]);
    const national = compiled(compilePolicy(nationalPolicy));
    expect(national.evaluate(intelligenceRecord("EXAMPLE HEADING")).proposals).toEqual([]);
  });

  it("lower the repeat-missing threshold and widen its window, but never the other way", () => {
    const stricter = overlay({
      parameters: { "repeat-missing-episodes": 2, "repeat-missing-window-days": 120 },
    });
    const policy = compiled(compilePolicy(nationalPolicy, { overlays: [stricter] }));
    expect(policy.parameters.get("repeat-missing-episodes")).toBe(2);
    expect(policy.parameters.get("repeat-missing-window-days")).toBe(120);

    const weaker = overlay({
      parameters: { "repeat-missing-episodes": 4, "repeat-missing-window-days": 60 },
    });
    expect(issuesOf(compilePolicy(nationalPolicy, { overlays: [weaker] }))).toEqual([
      {
        path: ["overlays", 0, "parameters", "repeat-missing-episodes"],
        code: "weakens_policy",
        message: expect.stringContaining("force-x"),
      },
      {
        path: ["overlays", 0, "parameters", "repeat-missing-window-days"],
        code: "weakens_policy",
        message: expect.stringContaining("force-x"),
      },
    ]);
  });

  it("cannot replace a national rule by reusing its id", () => {
    const replacing = overlay({ rules: [localRule({ id: "repeat-missing-child" })] });
    expect(issuesOf(compilePolicy(nationalPolicy, { overlays: [replacing] }))).toEqual([
      {
        path: ["overlays", 0, "rules", 0, "id"],
        code: "duplicate_id",
        message: expect.stringContaining("already belongs to national"),
      },
    ]);
  });

  it("cannot add holds, and cannot propose confirmed markers", () => {
    const withHold = { ...overlay(), holds: [] };
    expect(issuesOf(compilePolicy(nationalPolicy, { overlays: [withHold] }))[0]?.path).toEqual([
      "overlays",
      0,
      "holds",
    ]);
    const confirming = overlay({ rules: [localRule()] }) as unknown as {
      rules: { propose: { status: string }[] }[];
    };
    const outcome = confirming.rules[0]?.propose[0];
    if (outcome) outcome.status = "confirmed";
    expect(issuesOf(compilePolicy(nationalPolicy, { overlays: [confirming] }))[0]?.path).toEqual([
      "overlays",
      0,
      "rules",
      0,
      "propose",
      0,
      "status",
    ]);
  });

  it("refuse unknown parameters, wrong types, values out of range and a different base policy", () => {
    const bad = overlay({
      extends: "another-policy",
      parameters: { "no-such-parameter": 1, "cse-operation-headings": 3, "repeat-missing-episodes": 1 },
    });
    const issues = issuesOf(compilePolicy(nationalPolicy, { overlays: [bad] }));
    expect(issues.map((issue) => [issue.path.join("/"), issue.code])).toEqual([
      ["overlays/0/extends", "unknown_reference"],
      ["overlays/0/parameters/no-such-parameter", "unknown_reference"],
      ["overlays/0/parameters/cse-operation-headings", "invalid_type"],
      ["overlays/0/parameters/repeat-missing-episodes", "too_small"],
    ]);
  });

  it("stack in order, and two overlays cannot share an id", () => {
    const second = overlay({ id: "force-x-division", rules: [localRule({ id: "division-rule" })] });
    const policy = compiled(
      compilePolicy(nationalPolicy, { overlays: [overlay({ rules: [localRule()] }), second] }),
    );
    expect(policy.layers.map((layer) => layer.id)).toEqual(["national", "force-x", "force-x-division"]);
    expect(issuesOf(compilePolicy(nationalPolicy, { overlays: [overlay(), overlay()] }))).toEqual([
      { path: ["overlays", 1, "id"], code: "duplicate_id", message: expect.any(String) },
    ]);
  });
});

describe("compilePolicy on arbitrary input", () => {
  /** The national policy with one value somewhere inside replaced. */
  const mutatedPolicy = fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })).map(([pick, replacement]) => {
    const policy = copy() as unknown as Record<string, unknown>;
    const holders: [Record<string, unknown> | unknown[], string | number][] = [];
    const visit = (node: unknown): void => {
      if (node === null || typeof node !== "object") return;
      for (const [key, child] of Object.entries(node)) {
        holders.push([node as Record<string, unknown>, Array.isArray(node) ? Number(key) : key]);
        visit(child);
      }
    };
    visit(policy);
    const [holder, key] = holders[pick % holders.length] ?? [policy, "id"];
    (holder as Record<string | number, unknown>)[key] = replacement;
    return policy;
  });

  it("never throws, and every issue has a path, a known code and a message", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), mutatedPolicy), (input) => {
        const result = compilePolicy(input);
        if (result.ok) return;
        for (const issue of result.issues) {
          expect(Array.isArray(issue.path)).toBe(true);
          expect(issue.code).toMatch(/^[a-z_]+$/);
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
