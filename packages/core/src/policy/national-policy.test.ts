import { describe, expect, it } from "vitest";
import {
  ADULT_A,
  addDays,
  adultSuspect,
  CHILD_A,
  CHILD_B,
  childVictim,
  crimeRecord,
  custodyRecord,
  dateOfBirthAged,
  EVENT_DATE,
  hoOffence,
  indicator,
  intelligenceRecord,
  missingRecord,
  person,
  RECORDED_AT,
  SUSPECT_A,
  SUSPECT_B,
  soaOffence,
  withListsReversed,
  asHeldElsewhere,
} from "../../test/policy-records.js";
import { ageOn } from "../dates.js";
import type { CanonicalRecord } from "../schemas/canonical-record.js";
import type { Subject } from "../schemas/subject.js";
import type {
  HoOffenceCode,
  IndicatorCode,
  MarkerKindCode,
  MarkerQualifierCode,
  RiskLevelCode,
  SoaSectionCode,
} from "../taxonomy/codes.generated.js";
import { conceptsOf } from "../taxonomy/taxonomy.js";
import { compilePolicy } from "./compile-policy.js";
import type { Decision, FiredRule } from "./decision.js";
import { nationalPolicy } from "./national-policy.js";

// Tests for each numbered rule of the national baseline (issue CORE-POLICY). All data is
// synthetic: made-up forces, systems, references and dates. Ages are derived from dates of
// birth at the event date (2026-03-14 unless a test says otherwise).

const compiled = compilePolicy(nationalPolicy);
if (!compiled.ok) throw new Error(`the national policy does not compile: ${JSON.stringify(compiled.issues)}`);
const policy = compiled.value;
const evaluate = (record: CanonicalRecord): Decision => policy.evaluate(record);

/** A proposal as the issue states it: kind, qualifiers, subject, status, minimum risk level, rule ids. */
interface ProposalSummary {
  readonly kind: MarkerKindCode;
  readonly qualifiers: readonly MarkerQualifierCode[];
  readonly subject: Subject;
  readonly status: string;
  readonly minimumRiskLevel: RiskLevelCode | null;
  readonly rules: readonly string[];
}

const summarize = (decision: Decision): ProposalSummary[] =>
  decision.proposals.map((proposal) => ({
    kind: proposal.kind,
    qualifiers: [...proposal.qualifiers],
    subject: proposal.subject,
    status: proposal.status,
    minimumRiskLevel: proposal.minimumRiskLevel ?? null,
    rules: proposal.rules.map((rule) => `${rule.layer}:${rule.id}`),
  }));

/** Expected proposals of `record`, in canonical order: record first, then persons by ref, CSE before CSA, CCE, CE. */
const proposalsOf = (record: CanonicalRecord): ProposalSummary[] => summarize(evaluate(record));

interface Extras {
  readonly qualifiers?: readonly MarkerQualifierCode[];
  readonly risk?: RiskLevelCode;
}

/** An expected proposal; `rules` are national rule ids in sorted order. */
const proposal = (
  kind: MarkerKindCode,
  subject: Subject,
  rules: readonly string[],
  extras: Extras = {},
): ProposalSummary => ({
  kind,
  qualifiers: extras.qualifiers ?? [],
  subject,
  status: "suspected",
  minimumRiskLevel: extras.risk ?? null,
  rules: rules.map((id) => `national:${id}`),
});

const onRecord: Subject = { type: "record" };
const asVictim = (ref: string): Subject => ({ type: "person", ref, role: "victim" });
const asOffender = (ref: string): Subject => ({ type: "person", ref, role: "offender" });
const atRisk = (ref: string): Subject => ({ type: "person", ref, role: "person-at-risk" });

const fired = (id: string): FiredRule => ({ layer: "national", id, version: "1.0.0" });

/** The indicator codes of one taxonomy class, checked to include `mustInclude` so a loop over them is never empty. */
function indicatorsOfClass(indicatorClass: string, mustInclude: readonly IndicatorCode[]): IndicatorCode[] {
  const codes = conceptsOf("indicator")
    .filter((concept) => concept.class === indicatorClass)
    .map((concept) => concept.code as IndicatorCode);
  expect(codes).toEqual(expect.arrayContaining([...mustInclude]));
  return codes;
}

const exchangeCodes = conceptsOf("indicator")
  .filter((concept) => concept.exchange === true)
  .map((concept) => concept.code as IndicatorCode);
const sexualWithoutExchange = conceptsOf("indicator")
  .filter((concept) => concept.class === "sexual-element" && concept.exchange !== true)
  .map((concept) => concept.code as IndicatorCode);
const sexualCodes = conceptsOf("indicator")
  .filter((concept) => concept.class === "sexual-element")
  .map((concept) => concept.code as IndicatorCode);
const criminalCodes = conceptsOf("indicator")
  .filter((concept) => concept.class === "criminal-element")
  .map((concept) => concept.code as IndicatorCode);
const sharedCodes = conceptsOf("indicator")
  .filter((concept) => concept.class === "shared-exploitation-sign")
  .map((concept) => concept.code as IndicatorCode);

/** The rules each numbered rule of the issue is carried by in national.json. */
const ruleIdsByIssueRule = {
  1: ["cse-defining-offence"],
  2: ["grooming-child-victim", "online-contact"],
  3: ["trafficking-child-victim"],
  4: ["child-sexual-offence", "child-sexual-offence-with-exchange"],
  5: ["cse-operation-heading", "suspected-false-intelligence"],
  6: ["missing-child-sexual-element", "missing-child-shared-signs", "repeat-missing-child"],
  7: [
    "juvenile-detainee-sexual-element",
    "juvenile-detainee-criminal-element",
    "juvenile-detainee-shared-signs",
    "adult-detained-cse-offence",
  ],
  8: ["criminal-element-without-sexual-element", "missing-child-criminal-element"],
  9: ["group-based"],
  10: ["under-13-not-low", "learning-disability-not-low"],
} as const;

describe("the national baseline policy", () => {
  it("compiles, is the national layer only, and every rule, hold, qualifier rule and risk floor in it is covered by a numbered rule below", () => {
    expect(policy.layers).toEqual([{ id: "national", version: "1.0.0" }]);
    const inPolicy = [
      ...nationalPolicy.rules,
      ...nationalPolicy.holds,
      ...nationalPolicy.qualifierRules,
      ...nationalPolicy.riskFloors,
    ].map((entry) => entry.id);
    expect(new Set(Object.values(ruleIdsByIssueRule).flat())).toEqual(new Set(inPolicy));
  });

  it("proposes only `suspected` markers", () => {
    const record = crimeRecord({
      persons: [childVictim(), adultSuspect()],
      offences: [hoOffence("71"), hoOffence("19D")],
      indicators: [indicator("exchange-money", CHILD_A)],
    });
    const statuses = evaluate(record).proposals.map((p) => p.status);
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(["suspected"]));
  });
});

describe("rule 1: HO 71 or SOA ss.47-50 (cse-defining-offence)", () => {
  const cseOnRecordVictimAndSuspect = [
    proposal("CSE", onRecord, ["cse-defining-offence"]),
    proposal("CSE", asVictim(CHILD_A), ["cse-defining-offence"]),
    proposal("CSE", asOffender(SUSPECT_A), ["cse-defining-offence"]),
  ];

  it("HO 71: CSE on the record, on the child victim, and on the suspect as an offender", () => {
    const decision = evaluate(crimeRecord({ persons: [childVictim(), adultSuspect()], offences: [hoOffence("71")] }));
    expect(summarize(decision)).toStrictEqual(cseOnRecordVictimAndSuspect);
    expect(decision.proposals[0]?.evidence).toEqual(["/offences/0/homeOffice/code"]);
    expect(decision.proposals[1]?.evidence).toEqual([
      "/event/start",
      "/offences/0/homeOffice/code",
      "/persons/0/dateOfBirth",
      "/persons/0/roles/0",
    ]);
    expect(decision.dataQuality).toEqual([]);
  });

  it.each(["47", "48", "49", "50"] as const satisfies readonly SoaSectionCode[])(
    "SOA 2003 s.%s: the same proposals",
    (section) => {
      const decision = evaluate(
        crimeRecord({ persons: [childVictim(), adultSuspect()], offences: [soaOffence(section)] }),
      );
      expect(summarize(decision)).toStrictEqual(cseOnRecordVictimAndSuspect);
      expect(decision.proposals[0]?.evidence).toEqual(["/offences/0/soaSection"]);
    },
  );

  it("each child victim is a subject", () => {
    const record = crimeRecord({
      persons: [childVictim(CHILD_A), childVictim(CHILD_B, { age: 14 }), adultSuspect()],
      offences: [hoOffence("71")],
    });
    expect(proposalsOf(record)).toStrictEqual([
      proposal("CSE", onRecord, ["cse-defining-offence"]),
      proposal("CSE", asVictim(CHILD_A), ["cse-defining-offence"]),
      proposal("CSE", asVictim(CHILD_B), ["cse-defining-offence"]),
      proposal("CSE", asOffender(SUSPECT_A), ["cse-defining-offence"]),
    ]);
  });

  it("a person recorded in the offender role becomes an offender subject as a suspect does", () => {
    const record = crimeRecord({
      persons: [childVictim(), person(ADULT_A, ["offender"], { age: 41 })],
      offences: [hoOffence("71")],
    });
    expect(proposalsOf(record)).toStrictEqual([
      proposal("CSE", onRecord, ["cse-defining-offence"]),
      proposal("CSE", asOffender(ADULT_A), ["cse-defining-offence"]),
      proposal("CSE", asVictim(CHILD_A), ["cse-defining-offence"]),
    ]);
  });

  it("a victim who was 18 at the event is not a subject; the record and the suspect still are", () => {
    const record = crimeRecord({
      persons: [person(ADULT_A, ["victim"], { age: 18 }), adultSuspect()],
      offences: [hoOffence("71")],
    });
    expect(proposalsOf(record)).toStrictEqual([
      proposal("CSE", onRecord, ["cse-defining-offence"]),
      proposal("CSE", asOffender(SUSPECT_A), ["cse-defining-offence"]),
    ]);
  });

  it("applies to every record kind: an intelligence record holding HO 71 gets the same proposals", () => {
    const record = intelligenceRecord({
      persons: [childVictim(), adultSuspect()],
      offences: [hoOffence("71")],
      grading: { scheme: "3x5x2", source: "1", intelligence: "A", handling: "P" },
    });
    expect(proposalsOf(record)).toStrictEqual(cseOnRecordVictimAndSuspect);
  });

  it("near miss: an unrelated offence (HO 106, modern slavery) with a child victim proposes nothing", () => {
    const record = crimeRecord({ persons: [childVictim(), adultSuspect()], offences: [hoOffence("106")] });
    expect(proposalsOf(record)).toStrictEqual([]);
  });
});
