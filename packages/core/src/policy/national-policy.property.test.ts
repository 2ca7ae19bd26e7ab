import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ADULT_A,
  CHILD_A,
  crimeRecord,
  custodyRecord,
  indicator,
  intelligenceRecord,
  missingRecord,
  type PersonOptions,
  person,
  type RecordParts,
} from "../../test/policy-records.js";
import { validRecordArb } from "../../test/record-arbitrary.js";
import { parseRecord } from "../parse/parse.js";
import type { CanonicalRecord, Indicator, Person } from "../schemas/canonical-record.js";
import {
  type IndicatorCode,
  indicatorCodes,
  type MarkerKindCode,
  markerKindCodes,
  type PersonAttributeCode,
  personAttributeCodes,
} from "../taxonomy/codes.generated.js";
import { getConcept } from "../taxonomy/taxonomy.js";
import { compilePolicy } from "./compile-policy.js";
import type { Decision } from "./decision.js";
import { nationalPolicy } from "./national-policy.js";

// Properties of the national policy's sign rules (child-sexual-element, child-criminal-element,
// child-shared-signs). All data is synthetic: generated ages, dates and indicator codes on
// made-up references.

const compiled = compilePolicy(nationalPolicy);
if (!compiled.ok) throw new Error("the national policy must compile");
const policy = compiled.value;

const classOf = (code: string): string | undefined => getConcept("indicator", code)?.class;
const onlineCodes: ReadonlySet<string> = new Set(["online-grooming", "online-sexual-contact"]);

/** What is known about the child and the others on the record, whichever system holds it. */
interface SharedFacts {
  readonly eventDate: string;
  readonly age: number;
  /** Whether the source holds a date of birth or only an age. */
  readonly ageAs: "dateOfBirth" | "ageAtEvent";
  readonly attributes: readonly PersonAttributeCode[];
  /** Indicators on the child, or on the record as a whole when `onChild` is false. */
  readonly signs: readonly { readonly code: IndicatorCode; readonly onChild: boolean }[];
  /** Adult suspects, each with the indicators observed on them. */
  readonly adults: readonly (readonly IndicatorCode[])[];
  /** Whether the custody record holds its juvenile flag (true: the child is under 18). */
  readonly custodyFlag: boolean;
}

const someIndicators = fc.uniqueArray(fc.constantFrom(...indicatorCodes), { maxLength: 3 });

const sharedFactsArb: fc.Arbitrary<SharedFacts> = fc.record({
  eventDate: fc
    .integer({ min: Date.parse("2016-01-01") / 86_400_000, max: Date.parse("2026-12-31") / 86_400_000 })
    .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10)),
  age: fc.integer({ min: 0, max: 17 }),
  ageAs: fc.constantFrom("dateOfBirth", "ageAtEvent"),
  attributes: fc.uniqueArray(fc.constantFrom(...personAttributeCodes)),
  signs: fc.array(fc.record({ code: fc.constantFrom(...indicatorCodes), onChild: fc.boolean() }), {
    maxLength: 6,
  }),
  adults: fc.array(someIndicators, { maxLength: 2 }),
  custodyFlag: fc.boolean(),
});

/** The same facts as each record kind holds them, the child in that kind's own role. */
function asEachKind(facts: SharedFacts): [string, CanonicalRecord][] {
  const age: PersonOptions =
    facts.ageAs === "dateOfBirth"
      ? { age: facts.age, eventDate: facts.eventDate, attributes: facts.attributes }
      : { ageAtEvent: facts.age, attributes: facts.attributes };
  const adultRefs = facts.adults.map((_signs, i) => `${ADULT_A}-${i}`);
  const adults = adultRefs.map((ref) => person(ref, ["suspect"], { age: 35, eventDate: facts.eventDate }));
  const indicators: Indicator[] = [
    // A missing-person system records the child as missing; here every system does.
    indicator("missing-from-home-or-care", CHILD_A),
    ...facts.signs.map(({ code, onChild }) => indicator(code, onChild ? CHILD_A : undefined)),
    ...facts.adults.flatMap((codes, i) => codes.map((code) => indicator(code, adultRefs[i]))),
  ];
  const parts = (child: Person): RecordParts => ({
    eventStart: facts.eventDate,
    recordedAt: `${facts.eventDate}T23:00:00Z`,
    persons: [child, ...adults],
    indicators,
  });
  return [
    ["crime", crimeRecord(parts(person(CHILD_A, ["victim"], age)))],
    [
      "intelligence",
      intelligenceRecord({
        ...parts(person(CHILD_A, ["person-at-risk"], age)),
        grading: { scheme: "5x5x5", source: "B", intelligence: "2", handling: "1" },
      }),
    ],
    [
      "custody",
      custodyRecord({
        ...parts(person(CHILD_A, ["detainee"], age)),
        ...(facts.custodyFlag ? { juvenile: true } : {}),
      }),
    ],
    ["missing-person", missingRecord(parts(person(CHILD_A, ["missing-person"], age)))],
  ];
}

/** What a proposal on the child says: kind, role, qualifiers, minimum risk level and rules. */
const onChild = (decision: Decision) =>
  decision.proposals.flatMap((p) =>
    p.subject.type === "person" && p.subject.ref === CHILD_A
      ? [
          {
            kind: p.kind,
            role: p.subject.role,
            qualifiers: p.qualifiers,
            minimumRiskLevel: p.minimumRiskLevel ?? null,
            rules: p.rules.map((rule) => rule.id),
          },
        ]
      : [],
  );

const signRuleFor: Partial<Record<MarkerKindCode, string>> = {
  CSE: "child-sexual-element",
  CCE: "child-criminal-element",
  CE: "child-shared-signs",
};

/** The kinds the sign rules call for, worked out here from the taxonomy's indicator classes. */
function expectedKinds(facts: SharedFacts): MarkerKindCode[] {
  const classes = new Set(
    facts.signs.map(({ code }) => (code === "missing-from-home-or-care" ? "" : classOf(code))),
  );
  const sexual = classes.has("sexual-element");
  const criminal = classes.has("criminal-element");
  const kinds: MarkerKindCode[] = [];
  if (sexual) kinds.push("CSE");
  if (criminal) kinds.push("CCE");
  if (!sexual && !criminal && classes.has("shared-exploitation-sign")) kinds.push("CE");
  return kinds.sort((a, b) => markerKindCodes.indexOf(a) - markerKindCodes.indexOf(b));
}

describe("the sign rules give a child the same proposals on every record kind", () => {
  it("same signs, same proposals on the child (kind, qualifiers, minimum risk level, rules), as a person at risk", () => {
    fc.assert(
      fc.property(sharedFactsArb, (facts) => {
        const [first, ...others] = asEachKind(facts).map(([kind, record]) => ({
          kind,
          proposals: onChild(policy.evaluate(record)),
        }));
        if (!first) throw new Error("unreachable: four record kinds");
        for (const other of others) expect(other.proposals, other.kind).toStrictEqual(first.proposals);

        // And they are the proposals the signs call for, worked out independently.
        const kinds = expectedKinds(facts);
        expect(first.proposals.map((p) => p.kind)).toEqual(kinds);
        const ownSigns = facts.signs.filter((sign) => sign.onChild).map((sign) => sign.code);
        const floor =
          facts.age < 13 ||
          facts.attributes.includes("learning-disability") ||
          ownSigns.includes("learning-disability");
        const online = [...facts.signs.map((sign) => sign.code), ...facts.adults.flat()].some((code) =>
          onlineCodes.has(code),
        );
        for (const p of first.proposals) {
          expect(p.role).toBe("person-at-risk");
          expect(p.minimumRiskLevel).toBe(floor ? "medium" : null);
          const qualifiers =
            p.kind === "CSE"
              ? [...(online ? ["online"] : []), ...(facts.adults.length >= 2 ? ["group-based"] : [])]
              : [];
          expect(p.qualifiers).toEqual(qualifiers);
          expect(p.rules).toContain(signRuleFor[p.kind]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("one proposal per person and marker kind for a victim at risk", () => {
  const recordArb: fc.Arbitrary<CanonicalRecord> = validRecordArb.map((json) => {
    const parsed = parseRecord(json);
    if (!parsed.ok) throw new Error("the record arbitrary must only make valid records");
    return parsed.value;
  });

  it("never proposes one kind on one person both as victim and as person at risk", () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const roles = new Map<string, string[]>();
        for (const p of policy.evaluate(record).proposals) {
          if (p.subject.type !== "person") continue;
          const key = `${p.kind} ${p.subject.ref}`;
          roles.set(key, [...(roles.get(key) ?? []), p.subject.role]);
        }
        for (const seen of roles.values()) {
          expect(seen.includes("victim") && seen.includes("person-at-risk")).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  const sexualCodes = indicatorCodes.filter((code) => classOf(code) === "sexual-element");

  it("a child victim of HO 71 with a sexual sign: one CSE on the child, as victim, naming the offence rule and the sign rule", () => {
    fc.assert(
      fc.property(
        sharedFactsArb,
        fc.constantFrom(...sexualCodes),
        fc.boolean(),
        (facts, sexualSign, onTheChild) => {
          const record = crimeRecord({
            eventStart: facts.eventDate,
            recordedAt: `${facts.eventDate}T23:00:00Z`,
            persons: [
              person(CHILD_A, ["victim"], { ageAtEvent: facts.age, attributes: facts.attributes }),
              person(`${ADULT_A}-0`, ["suspect"], { ageAtEvent: 40 }),
            ],
            offences: [{ homeOffice: { code: "71" } }],
            indicators: [
              indicator(sexualSign, onTheChild ? CHILD_A : undefined),
              ...facts.signs.map(({ code, onChild: own }) => indicator(code, own ? CHILD_A : undefined)),
            ],
          });
          const cse = policy
            .evaluate(record)
            .proposals.filter(
              (p) => p.kind === "CSE" && p.subject.type === "person" && p.subject.ref === CHILD_A,
            );
          expect(cse.map((p) => p.subject)).toStrictEqual([{ type: "person", ref: CHILD_A, role: "victim" }]);
          expect(cse[0]?.rules.map((r) => r.id)).toEqual(
            expect.arrayContaining(["cse-defining-offence", "child-sexual-element"]),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
