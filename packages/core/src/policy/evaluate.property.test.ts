import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validRecordArb } from "../../test/record-arbitrary.js";
import { parseRecord, parseWith } from "../parse/parse.js";
import type { CanonicalRecord } from "../schemas/canonical-record.js";
import {
  indicatorClassCodes,
  indicatorCodes,
  markerKindCodes,
  personRoleCodes,
  riskLevelCodes,
} from "../taxonomy/codes.generated.js";
import { getConcept } from "../taxonomy/taxonomy.js";
import { canonicalizeRecord } from "./canonical-order.js";
import { compilePolicy } from "./compile-policy.js";
import type { Condition, PersonCondition } from "./condition-schema.js";
import { Decision } from "./decision.js";
import { RecordNotCanonicalError } from "./evaluation-error.js";
import { nationalPolicy } from "./national-policy.js";
import type { PolicyOverlay, Rule } from "./policy-schema.js";

// All data here is synthetic: generated forces, references and dates.

const national = compilePolicy(nationalPolicy);
if (!national.ok) throw new Error("the national policy must compile");
const policy = national.value;

/** Records that parseRecord accepts, typed as canonical records. */
const recordArb: fc.Arbitrary<CanonicalRecord> = validRecordArb.map((json) => {
  const parsed = parseRecord(json);
  if (!parsed.ok) throw new Error("the record arbitrary must only make valid records");
  return parsed.value;
});

const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

/** The same facts listed in another order. */
function reordered(record: CanonicalRecord, seed: number): CanonicalRecord {
  const out: CanonicalRecord = {
    ...record,
    persons: shuffled(record.persons, seed).map((person, i) => ({
      ...person,
      roles: shuffled(person.roles, seed + i),
      attributes: shuffled(person.attributes, seed + i + 1),
    })),
    offences: shuffled(record.offences, seed + 2),
    indicators: shuffled(record.indicators, seed + 3),
    locations: shuffled(record.locations, seed + 4),
    vehicles: shuffled(record.vehicles, seed + 5),
  };
  if (record.intelligence) {
    out.intelligence = {
      ...record.intelligence,
      operations: shuffled(record.intelligence.operations, seed + 6),
    };
  }
  return out;
}

const json = (decision: Decision): string => JSON.stringify(decision);

/** Resolves a JSON Pointer; `undefined` when it leads nowhere. */
function resolvePointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

// --- Arbitrary local rules, to check what no overlay can do. ---

const someCodes = <T>(codes: readonly T[]) =>
  fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 4 });

const personPredicate: fc.Arbitrary<PersonCondition> = fc.oneof(
  someCodes(personRoleCodes).map((role) => ({ role })),
  fc.integer({ min: 0, max: 30 }).map((under) => ({ age: { under } })),
  fc.boolean().map((juvenile) => ({ juvenile })),
  someCodes(indicatorClassCodes).map((classes) => ({ indicator: { classes, includeRecordLevel: true } })),
  someCodes(indicatorCodes).map((codes) => ({ indicator: { codes } })),
);
/** Predicates combined with all, any and not, a few levels deep. */
function combined<C extends object>(predicate: fc.Arbitrary<C>): fc.Arbitrary<C> {
  return fc.letrec<{ c: C }>((tie) => ({
    c: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      predicate,
      fc.array(tie("c"), { minLength: 1, maxLength: 3 }).map((all) => ({ all }) as unknown as C),
      fc.array(tie("c"), { minLength: 1, maxLength: 3 }).map((any) => ({ any }) as unknown as C),
      tie("c").map((not) => ({ not }) as unknown as C),
    ),
  })).c;
}

const personCondition: fc.Arbitrary<PersonCondition> = combined(personPredicate);

const recordPredicate: fc.Arbitrary<Condition> = fc.oneof(
  someCodes(indicatorCodes).map((codes) => ({ indicator: { codes } })),
  fc.constant({ indicator: { exchange: true as const } }),
  fc
    .constantFrom("cse-defining", "child-sexual-offence", "related")
    .map((c) => ({ offence: { classes: [c] } })),
  personCondition.map((person) => ({ person })),
  fc.constant({ grading: { suspectedFalse: true as const } }),
);
const condition: fc.Arbitrary<Condition> = combined(recordPredicate);

const localRule: fc.Arbitrary<Rule> = fc
  .record({
    n: fc.nat(999),
    when: condition,
    kind: fc.constantFrom(...markerKindCodes),
    subject: fc.oneof(
      fc.constant({ type: "record" as const }),
      fc.record({
        type: fc.constant("person" as const),
        where: personCondition,
        as: fc.constantFrom(...personRoleCodes),
      }),
      fc.constant({ type: "location" as const }),
      fc.constant({ type: "vehicle" as const }),
    ),
    risk: fc.option(fc.constantFrom(...riskLevelCodes), { nil: undefined }),
  })
  .map(({ n, when, kind, subject, risk }) => ({
    id: `local-rule-${n}`,
    version: "1.0.0",
    description: "Generated local rule.",
    sources: ["cse-flags"],
    appliesTo: "any" as const,
    when,
    propose: [{ kind, subject, status: "suspected" as const, ...(risk ? { minimumRiskLevel: risk } : {}) }],
  }));

const overlayArb: fc.Arbitrary<PolicyOverlay> = fc
  .uniqueArray(localRule, { selector: (rule) => rule.id, minLength: 1, maxLength: 4 })
  .map((rules) => ({
    id: "force-x",
    version: "1.0.0",
    description: "Generated overlay.",
    extends: "national",
    rules,
  }));

const hasSexualSign = (record: CanonicalRecord): boolean =>
  record.indicators.some((indicator) => getConcept("indicator", indicator.code)?.class === "sexual-element");

describe("evaluate (national policy)", () => {
  it("never throws on a record parseRecord accepts, and only ever proposes suspected markers", () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const decision = policy.evaluate(record);
        for (const proposal of decision.proposals) expect(proposal.status).toBe("suspected");
        // Every decision is valid under the published Decision schema, unchanged.
        expect(parseWith(Decision, JSON.parse(JSON.stringify(decision)))).toEqual({
          ok: true,
          value: decision,
        });
      }),
      { numRuns: 400 },
    );
  });

  it("is deterministic: twice, or after reordering persons, offences, indicators and more, gives the same JSON", () => {
    fc.assert(
      fc.property(recordArb, fc.nat(), (record, seed) => {
        const first = json(policy.evaluate(record));
        expect(json(policy.evaluate(record))).toBe(first);
        expect(json(policy.evaluate(reordered(record, seed)))).toBe(first);
      }),
      { numRuns: 300 },
    );
  });

  it("points every piece of evidence and every data-quality note at a fact in the canonical record", () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const canonical = canonicalizeRecord(record);
        const decision = policy.evaluate(record);
        const pointers = [
          ...decision.proposals.flatMap((proposal) => proposal.evidence),
          ...decision.reviewNotes.flatMap((note) => note.evidence),
          ...decision.dataQuality.map((note) => note.path),
        ];
        for (const pointer of pointers)
          expect(resolvePointer(canonical, pointer), pointer).not.toBeUndefined();
        for (const proposal of decision.proposals) expect(proposal.evidence.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("gives proposals that a source system can store on the record as markers, keeping it valid", () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const proposals = policy.evaluate(record).proposals;
        const stored: CanonicalRecord = {
          ...record,
          markers: [
            ...record.markers,
            ...proposals.slice(0, 500 - record.markers.length).map((p) => ({
              kind: p.kind,
              qualifiers: [...p.qualifiers],
              subject: p.subject,
              status: p.status,
            })),
          ],
        };
        const parsed = parseRecord(stored);
        expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never proposes CSE or CSA on a record without a sexual offence, sexual sign or operation heading", () => {
    fc.assert(
      fc.property(recordArb, (generated) => {
        const record: CanonicalRecord = {
          ...generated,
          offences: generated.offences.filter(
            (offence) =>
              offence.soaSection === undefined &&
              (offence.homeOffice === undefined || offence.homeOffice.code === "106"),
          ),
          indicators: generated.indicators.filter(
            (indicator) => getConcept("indicator", indicator.code)?.class !== "sexual-element",
          ),
          ...(generated.intelligence ? { intelligence: { ...generated.intelligence, operations: [] } } : {}),
        };
        const kinds = policy.evaluate(record).proposals.map((proposal) => proposal.kind);
        expect(kinds).not.toContain("CSE");
        expect(kinds).not.toContain("CSA");
      }),
      { numRuns: 300 },
    );
  });

  it("never treats a person of unknown age as a child at risk, and notes the missing age", () => {
    fc.assert(
      fc.property(recordArb, (generated) => {
        const record: CanonicalRecord = {
          ...generated,
          persons: generated.persons.map(({ dateOfBirth: _d, ageAtEvent: _a, ...person }) => person),
        };
        if (record.custody) {
          const { juvenile: _j, ...custody } = record.custody;
          record.custody = custody;
        }
        const decision = policy.evaluate(record);
        const atRisk = decision.proposals.filter(
          (p) => p.subject.type === "person" && ["victim", "person-at-risk"].includes(p.subject.role),
        );
        expect(atRisk).toEqual([]);
        for (const note of decision.dataQuality.filter((n) => n.path.startsWith("/persons/"))) {
          expect(note.code).toBe("age-unknown");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("withholds every proposal from intelligence graded as suspected false", () => {
    fc.assert(
      fc.property(recordArb, fc.constantFrom("5x5x5", "3x5x2"), (generated, scheme) => {
        const grading =
          scheme === "5x5x5"
            ? ({ scheme, source: "B", intelligence: "5", handling: "1" } as const)
            : ({ scheme, source: "1", intelligence: "E", handling: "P" } as const);
        const record: CanonicalRecord = {
          ...generated,
          kind: "intelligence",
          intelligence: { operations: ["STRIVER"], grading },
        };
        const decision = policy.evaluate(record);
        expect(decision.proposals).toEqual([]);
        expect(decision.reviewNotes.map((note) => note.code)).toEqual(["suspected-false-intelligence"]);
        expect(decision.reviewNotes[0]?.withheld.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});

describe("evaluate on input that is not a canonical record", () => {
  it("throws only RecordNotCanonicalError, and evaluateInput returns issues instead", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          policy.evaluate(input as CanonicalRecord);
        } catch (error) {
          expect(error).toBeInstanceOf(RecordNotCanonicalError);
          expect((error as Error).message).not.toContain(JSON.stringify(input));
        }
        const result = policy.evaluateInput(input);
        if (result.ok) expect(parseRecord(input).ok).toBe(true);
        else expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("evaluateInput gives the same decision as parseRecord then evaluate", () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const result = policy.evaluateInput(JSON.parse(JSON.stringify(record)));
        expect(result.ok && json(result.value)).toBe(json(policy.evaluate(record)));
      }),
      { numRuns: 100 },
    );
  });
});

describe("evaluate with generated overlays", () => {
  it("either refuses the overlay, or never proposes confirmed, never CSE or CSA without a sexual element, and stays deterministic", () => {
    fc.assert(
      fc.property(overlayArb, recordArb, fc.nat(), (overlay, record, seed) => {
        const compiled = compilePolicy(nationalPolicy, { overlays: [overlay] });
        if (!compiled.ok) {
          for (const issue of compiled.issues) expect(issue.path.slice(0, 2)).toEqual(["overlays", 0]);
          return;
        }
        const decision = compiled.value.evaluate(record);
        expect(json(compiled.value.evaluate(reordered(record, seed)))).toBe(json(decision));
        for (const proposal of decision.proposals) {
          expect(proposal.status).toBe("suspected");
          if ((proposal.kind === "CSE" || proposal.kind === "CSA") && !hasSexualSign(record)) {
            // With no sexual sign, only an offence or an operation heading can be behind it.
            expect(
              proposal.evidence.some((path) => /^\/(offences|intelligence\/operations)\//.test(path)),
            ).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("refuses any overlay rule whose outcome is not suspected", () => {
    fc.assert(
      fc.property(
        overlayArb,
        fc.constantFrom("confirmed", "rejected", "withdrawn", "expired", "CONFIRMED", ""),
        (overlay, status) => {
          const tampered = structuredClone(overlay) as unknown as {
            rules: { propose: { status: string }[] }[];
          };
          const outcome = tampered.rules[0]?.propose[0];
          if (outcome) outcome.status = status;
          const compiled = compilePolicy(nationalPolicy, { overlays: [tampered] });
          expect(compiled.ok).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });
});
