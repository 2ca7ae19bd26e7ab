import { describe, expect, it } from "vitest";
import {
  ADULT_A,
  accepted,
  addDays,
  adultSuspect,
  asHeldElsewhere,
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
  SUSPECT_A,
  SUSPECT_B,
  soaOffence,
  withListsReversed,
} from "../../test/policy-records.js";
import { ageOn } from "../dates.js";
import type { CanonicalRecord, Indicator } from "../schemas/canonical-record.js";
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
/** Going missing is no shared sign for child-shared-signs: one episode alone gives no marker. */
const sharedBesidesMissing = sharedCodes.filter((code) => code !== "missing-from-home-or-care");

/** The rules each numbered rule of the issue is carried by in national.json. */
const ruleIdsByIssueRule = {
  1: ["cse-defining-offence"],
  2: ["grooming-child-victim", "online-contact"],
  3: ["trafficking-child-victim"],
  4: ["child-sexual-offence", "child-sexual-offence-with-exchange"],
  5: ["cse-operation-heading", "suspected-false-intelligence"],
  6: ["repeat-missing-child", "child-sexual-element", "child-criminal-element", "child-shared-signs"],
  7: ["adult-detained-cse-offence", "child-sexual-element", "child-criminal-element", "child-shared-signs"],
  8: ["child-sexual-element", "child-criminal-element", "child-shared-signs"],
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
    const decision = evaluate(
      crimeRecord({ persons: [childVictim(), adultSuspect()], offences: [hoOffence("71")] }),
    );
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

describe("rule 2: HO 88A or SOA s.15A with a child victim (grooming-child-victim; qualifier rule online-contact)", () => {
  const groomingProposals = (extras: Extras = {}, extraRules: readonly string[] = []) => [
    proposal("CSE", onRecord, ["grooming-child-victim", ...extraRules], extras),
    proposal("CSE", asVictim(CHILD_A), ["grooming-child-victim", ...extraRules], extras),
    proposal("CSE", asOffender(SUSPECT_A), ["grooming-child-victim", ...extraRules], extras),
  ];

  it("HO 88A with a victim of 15: CSE on the record, the victim and the suspect, without qualifiers", () => {
    const record = crimeRecord({ persons: [childVictim(), adultSuspect()], offences: [hoOffence("88A")] });
    expect(proposalsOf(record)).toStrictEqual(groomingProposals());
  });

  it("SOA 2003 s.15A with a victim of 15: the same proposals", () => {
    const record = crimeRecord({ persons: [childVictim(), adultSuspect()], offences: [soaOffence("15A")] });
    expect(proposalsOf(record)).toStrictEqual(groomingProposals());
  });

  it("near miss: HO 88A with a victim aged 18 at the event proposes no CSE at all", () => {
    const record = crimeRecord({
      persons: [person(CHILD_A, ["victim"], { age: 18 }), adultSuspect()],
      offences: [hoOffence("88A")],
    });
    expect(proposalsOf(record)).toStrictEqual([]);
  });

  it("near miss: a child on the record who is not a victim does not satisfy the rule", () => {
    const record = crimeRecord({
      persons: [person(CHILD_A, ["person-at-risk"], { age: 15 }), person(ADULT_A, ["victim"], { age: 30 })],
      offences: [hoOffence("88A")],
    });
    expect(proposalsOf(record)).toStrictEqual([]);
  });

  /** With online contact shown: `online` everywhere, and the child's own CSE also from the sexual sign. */
  const onlineGroomingProposals = [
    proposal("CSE", onRecord, ["grooming-child-victim", "online-contact"], { qualifiers: ["online"] }),
    proposal("CSE", asVictim(CHILD_A), ["child-sexual-element", "grooming-child-victim", "online-contact"], {
      qualifiers: ["online"],
    }),
    proposal("CSE", asOffender(SUSPECT_A), ["grooming-child-victim", "online-contact"], {
      qualifiers: ["online"],
    }),
  ];

  it.each(["online-grooming", "online-sexual-contact"] as const)(
    "qualifier `online` on every CSE proposal when the record shows %s on the child",
    (code) => {
      const record = crimeRecord({
        persons: [childVictim(), adultSuspect()],
        offences: [hoOffence("88A")],
        indicators: [indicator(code, CHILD_A)],
      });
      const decision = evaluate(record);
      expect(summarize(decision)).toStrictEqual(onlineGroomingProposals);
      expect(decision.proposals[0]?.evidence).toContain("/indicators/0/code");
    },
  );

  it("qualifier `online` also when the technology-facilitated contact is recorded on the record, not on a person", () => {
    const record = crimeRecord({
      persons: [childVictim(), adultSuspect()],
      offences: [soaOffence("15A")],
      indicators: [indicator("online-sexual-contact")],
    });
    expect(proposalsOf(record)).toStrictEqual(onlineGroomingProposals);
  });

  it("near miss: concerning internet or phone use is a shared sign, not technology-facilitated contact: no `online`", () => {
    const record = crimeRecord({
      persons: [childVictim(), adultSuspect()],
      offences: [hoOffence("88A")],
      indicators: [indicator("concerning-internet-use", CHILD_A), indicator("concerning-phone-use", CHILD_A)],
    });
    // The shared signs give CE on the child (rule 8) beside the grooming CSE; neither is online.
    expect(proposalsOf(record)).toStrictEqual([
      proposal("CSE", onRecord, ["grooming-child-victim"]),
      proposal("CE", atRisk(CHILD_A), ["child-shared-signs"]),
      proposal("CSE", asVictim(CHILD_A), ["grooming-child-victim"]),
      proposal("CSE", asOffender(SUSPECT_A), ["grooming-child-victim"]),
    ]);
  });

  it("near miss: the online qualifier never makes a proposal by itself (online grooming on an adult's HO 88A record)", () => {
    const record = crimeRecord({
      persons: [person(ADULT_A, ["victim"], { age: 19 }), adultSuspect()],
      offences: [hoOffence("88A")],
      indicators: [indicator("online-grooming", ADULT_A)],
    });
    expect(proposalsOf(record)).toStrictEqual([]);
  });
});

describe("rule 3: HO 72 with a child victim (trafficking-child-victim)", () => {
  it("HO 72 with a victim of 16: CSE on the record, the victim and the suspect", () => {
    const record = crimeRecord({
      persons: [childVictim(CHILD_A, { age: 16 }), adultSuspect()],
      offences: [hoOffence("72")],
    });
    expect(proposalsOf(record)).toStrictEqual([
      proposal("CSE", onRecord, ["trafficking-child-victim"]),
      proposal("CSE", asVictim(CHILD_A), ["trafficking-child-victim"]),
      proposal("CSE", asOffender(SUSPECT_A), ["trafficking-child-victim"]),
    ]);
  });

  it.each([18, 25])("near miss: HO 72 with a victim aged %i at the event proposes nothing", (age) => {
    const record = crimeRecord({
      persons: [person(ADULT_A, ["victim"], { age }), adultSuspect()],
      offences: [hoOffence("72")],
    });
    expect(proposalsOf(record)).toStrictEqual([]);
  });
});

describe("rule 4: child sexual offences, CSA; CSE on the record only with an exchange (child-sexual-offence, child-sexual-offence-with-exchange)", () => {
  /** Offences for a child under 13 get a victim of 12 (and the under-13 risk floor); the others a victim of 15. */
  const childSexualOffences: readonly [HoOffenceCode, number][] = [
    ["19D", 15],
    ["19E", 12],
    ["19G", 15],
    ["19H", 12],
    ["17B", 12],
    ["20B", 12],
    ["21", 12],
    ["22B", 15],
    ["23", 15],
    ["73", 16],
  ];

  it.each(childSexualOffences)(
    "HO %s with a victim of %i and no exchange: CSA on the record, the victim and the suspect, and no CSE",
    (code, age) => {
      const record = crimeRecord({
        persons: [childVictim(CHILD_A, { age }), adultSuspect()],
        offences: [hoOffence(code)],
      });
      const under13 = age < 13;
      expect(proposalsOf(record)).toStrictEqual([
        proposal("CSA", onRecord, ["child-sexual-offence"]),
        under13
          ? proposal("CSA", asVictim(CHILD_A), ["child-sexual-offence", "under-13-not-low"], {
              risk: "medium",
            })
          : proposal("CSA", asVictim(CHILD_A), ["child-sexual-offence"]),
        proposal("CSA", asOffender(SUSPECT_A), ["child-sexual-offence"]),
      ]);
    },
  );

  it("near miss: HO 23 (familial sexual offence) with an adult victim proposes nothing, even with an exchange", () => {
    const record = crimeRecord({
      persons: [person(ADULT_A, ["victim"], { age: 18 }), adultSuspect()],
      offences: [hoOffence("23")],
      indicators: [indicator("exchange-money", ADULT_A)],
    });
    expect(proposalsOf(record)).toStrictEqual([]);
  });

  it("every indicator the taxonomy marks as an exchange is one of the seven the DfE 2017 definition names", () => {
    expect([...exchangeCodes].sort()).toEqual(
      [
        "exchange-accommodation",
        "exchange-alcohol",
        "exchange-drugs",
        "exchange-gifts",
        "exchange-money",
        "exchange-status",
        "exploited-for-third-party-gain",
      ].sort(),
    );
  });

  // The exchange is a sexual sign on the child too: the sign rule's CSE joins the victim's CSE.
  const csaAndCse = [
    proposal("CSE", onRecord, ["child-sexual-offence-with-exchange"]),
    proposal("CSA", onRecord, ["child-sexual-offence"]),
    proposal("CSE", asVictim(CHILD_A), ["child-sexual-element", "child-sexual-offence-with-exchange"]),
    proposal("CSA", asVictim(CHILD_A), ["child-sexual-offence"]),
    proposal("CSE", asOffender(SUSPECT_A), ["child-sexual-offence-with-exchange"]),
    proposal("CSA", asOffender(SUSPECT_A), ["child-sexual-offence"]),
  ];

  it.each(exchangeCodes)("HO 22B with a victim of 15 and `%s` on the child: CSA and CSE", (code) => {
    const record = crimeRecord({
      persons: [childVictim(), adultSuspect()],
      offences: [hoOffence("22B")],
      indicators: [indicator(code, CHILD_A)],
    });
    const decision = evaluate(record);
    expect(summarize(decision)).toStrictEqual(csaAndCse);
    expect(decision.proposals[0]?.evidence).toContain("/indicators/0/code");
  });

  it("an exchange recorded on the record rather than on the child counts too", () => {
    const record = crimeRecord({
      persons: [childVictim(), adultSuspect()],
      offences: [hoOffence("22B")],
      indicators: [indicator("exploited-for-third-party-gain")],
    });
    expect(proposalsOf(record)).toStrictEqual(csaAndCse);
  });

  it.each(sexualWithoutExchange)(
    "near miss: `%s` is a sexual element but no exchange: the offence gives CSA only; the sign gives the child CSE as a person at risk (rule 8), not the record or the suspect",
    (code) => {
      const record = crimeRecord({
        persons: [childVictim(), adultSuspect()],
        offences: [hoOffence("19D")],
        indicators: [indicator(code, CHILD_A)],
      });
      const online = code === "online-grooming" || code === "online-sexual-contact";
      expect(proposalsOf(record)).toStrictEqual([
        proposal("CSA", onRecord, ["child-sexual-offence"]),
        online
          ? proposal("CSE", atRisk(CHILD_A), ["child-sexual-element", "online-contact"], {
              qualifiers: ["online"],
            })
          : proposal("CSE", atRisk(CHILD_A), ["child-sexual-element"]),
        proposal("CSA", asVictim(CHILD_A), ["child-sexual-offence"]),
        proposal("CSA", asOffender(SUSPECT_A), ["child-sexual-offence"]),
      ]);
    },
  );

  it("near miss: shared signs such as unexplained money or gifts are not an exchange: no CSE; CE on the child from the signs", () => {
    const record = crimeRecord({
      persons: [childVictim(), adultSuspect()],
      offences: [hoOffence("22B")],
      indicators: [
        indicator("unexplained-money-or-goods", CHILD_A),
        indicator("associates-with-older-adults", CHILD_A),
      ],
    });
    expect(proposalsOf(record).map((p) => [p.kind, p.subject])).toEqual([
      ["CSA", onRecord],
      ["CE", atRisk(CHILD_A)],
      ["CSA", asVictim(CHILD_A)],
      ["CSA", asOffender(SUSPECT_A)],
    ]);
  });

  it("near miss: an exchange without a child sexual offence (HO 106 with a child victim): nothing on the record or the suspect, CSE on the child from the sign", () => {
    const record = crimeRecord({
      persons: [childVictim(), adultSuspect()],
      offences: [hoOffence("106")],
      indicators: [indicator("exchange-gifts", CHILD_A)],
    });
    expect(proposalsOf(record)).toStrictEqual([proposal("CSE", atRisk(CHILD_A), ["child-sexual-element"])]);
  });
});

describe("rule 5: CSE operation headings and suspected-false grading (cse-operation-heading; hold suspected-false-intelligence)", () => {
  const striverCse = [proposal("CSE", onRecord, ["cse-operation-heading"])];

  it("intelligence under Operation STRIVER: CSE on the record", () => {
    const decision = evaluate(
      intelligenceRecord({
        operations: ["STRIVER"],
        grading: { scheme: "5x5x5", source: "B", intelligence: "2", handling: "1" },
      }),
    );
    expect(summarize(decision)).toStrictEqual(striverCse);
    expect(decision.proposals[0]?.evidence).toEqual(["/intelligence/operations/0"]);
    expect(decision.reviewNotes).toEqual([]);
  });

  it("STRIVER among other headings still counts", () => {
    const record = intelligenceRecord({
      operations: ["TEST-OP-ALPHA", "STRIVER", "TEST-OP-OMEGA"],
      grading: { scheme: "3x5x2", source: "2", intelligence: "B", handling: "C" },
    });
    expect(proposalsOf(record)).toStrictEqual(striverCse);
  });

  it("near miss: intelligence under another heading proposes nothing", () => {
    const record = intelligenceRecord({
      operations: ["TEST-OP-ALPHA"],
      grading: { scheme: "5x5x5", source: "B", intelligence: "2", handling: "1" },
    });
    expect(proposalsOf(record)).toStrictEqual([]);
  });

  it("near miss: the heading only counts on an intelligence record (a crime record carrying the heading)", () => {
    const record = crimeRecord({ persons: [childVictim()] });
    const withHeading = accepted({ ...record, intelligence: { operations: ["STRIVER"] } });
    expect(proposalsOf(withHeading)).toStrictEqual([]);
  });

  it.each([
    { scheme: "5x5x5", source: "A", intelligence: "1", handling: "1" },
    { scheme: "5x5x5", source: "E", intelligence: "4", handling: "5" },
    { scheme: "3x5x2", source: "3", intelligence: "D", handling: "P" },
  ] as const)(
    "grading $scheme $source/$intelligence/$handling is not suspected false: CSE is proposed",
    (grading) => {
      const decision = evaluate(intelligenceRecord({ operations: ["STRIVER"], grading }));
      expect(summarize(decision)).toStrictEqual(striverCse);
      expect(decision.reviewNotes).toEqual([]);
    },
  );

  it.each([
    { scheme: "5x5x5", source: "B", intelligence: "5", handling: "1" },
    { scheme: "3x5x2", source: "1", intelligence: "E", handling: "P" },
  ] as const)(
    "grading $scheme intelligence $intelligence (suspected false): no proposal, one review note listing what was withheld",
    (grading) => {
      const decision = evaluate(intelligenceRecord({ operations: ["STRIVER"], grading }));
      expect(decision.proposals).toEqual([]);
      expect(decision.reviewNotes).toStrictEqual([
        {
          code: "suspected-false-intelligence",
          hold: fired("suspected-false-intelligence"),
          evidence: ["/intelligence/grading/intelligence"],
          withheld: [{ kind: "CSE", subject: onRecord, rules: [fired("cse-operation-heading")] }],
        },
      ]);
    },
  );

  it("suspected-false grading withholds every proposal from the record, whichever rule made it", () => {
    const record = intelligenceRecord({
      operations: ["STRIVER"],
      grading: { scheme: "3x5x2", source: "2", intelligence: "E", handling: "C" },
      persons: [childVictim(), adultSuspect()],
      offences: [hoOffence("71")],
    });
    const decision = evaluate(record);
    expect(decision.proposals).toEqual([]);
    expect(decision.reviewNotes).toHaveLength(1);
    expect(decision.reviewNotes[0]?.withheld).toStrictEqual([
      {
        kind: "CSE",
        subject: onRecord,
        rules: [fired("cse-defining-offence"), fired("cse-operation-heading")],
      },
      { kind: "CSE", subject: asVictim(CHILD_A), rules: [fired("cse-defining-offence")] },
      { kind: "CSE", subject: asOffender(SUSPECT_A), rules: [fired("cse-defining-offence")] },
    ]);
  });

  it("intelligence with no grading is not held, and the missing grading is a data-quality note", () => {
    const decision = evaluate(intelligenceRecord({ operations: ["STRIVER"] }));
    expect(summarize(decision)).toStrictEqual(striverCse);
    expect(decision.reviewNotes).toEqual([]);
    expect(decision.dataQuality).toStrictEqual([
      { code: "grading-unknown", path: "/intelligence", rules: [fired("suspected-false-intelligence")] },
    ]);
  });
});

describe("rule 6: missing children (repeat-missing-child; the sign rules of rule 8 on a missing child)", () => {
  const missingChild = (options: { age?: number } = {}) =>
    person(CHILD_A, ["missing-person"], { age: options.age ?? 15 });

  // Each sign on a missing child is tested with the other record kinds under rule 8.
  it("a missing child with an exchange (sexual), drug supply (criminal) and staying out late (shared): CSE and CCE, as on any record", () => {
    const record = missingRecord({
      persons: [missingChild()],
      indicators: [
        indicator("missing-from-home-or-care", CHILD_A),
        indicator("exchange-gifts", CHILD_A),
        indicator("drug-supply", CHILD_A),
        indicator("staying-out-late", CHILD_A),
      ],
    });
    expect(proposalsOf(record)).toStrictEqual([
      proposal("CSE", atRisk(CHILD_A), ["child-sexual-element"]),
      proposal("CCE", atRisk(CHILD_A), ["child-criminal-element"]),
    ]);
  });

  it("a missing child with a shared sign besides going missing: CE", () => {
    const record = missingRecord({
      persons: [missingChild()],
      indicators: [indicator("missing-from-home-or-care", CHILD_A), indicator("found-out-of-area", CHILD_A)],
    });
    expect(proposalsOf(record)).toStrictEqual([proposal("CE", atRisk(CHILD_A), ["child-shared-signs"])]);
  });

  it("near miss: `missing-from-home-or-care` alone on a missing record does not give CE", () => {
    const record = missingRecord({
      persons: [missingChild()],
      indicators: [indicator("missing-from-home-or-care", CHILD_A)],
    });
    expect(proposalsOf(record)).toStrictEqual([]);
  });

  it("near miss: general vulnerabilities alone (looked after, family breakdown) do not give CE", () => {
    const record = missingRecord({
      persons: [person(CHILD_A, ["missing-person"], { age: 15, attributes: ["looked-after"] })],
      indicators: [
        indicator("missing-from-home-or-care", CHILD_A),
        indicator("looked-after-child", CHILD_A),
        indicator("family-relationship-breakdown", CHILD_A),
      ],
    });
    expect(proposalsOf(record)).toStrictEqual([]);
  });

  describe("repeat missing: 3 episodes (this one included) within 90 days", () => {
    const repeatCe = [proposal("CE", atRisk(CHILD_A), ["repeat-missing-child"], { risk: "medium" })];

    it("two earlier episodes 30 and 90 days before this one: CE, at least medium risk", () => {
      const decision = evaluate(
        missingRecord({
          persons: [missingChild()],
          priorEpisodes: [addDays(EVENT_DATE, -30), addDays(EVENT_DATE, -90)],
        }),
      );
      expect(summarize(decision)).toStrictEqual(repeatCe);
      expect(decision.proposals[0]?.evidence).toEqual(
        expect.arrayContaining([
          "/missingEpisode/reportedAt",
          "/missingEpisode/priorEpisodes/0/reportedAt",
          "/missingEpisode/priorEpisodes/1/reportedAt",
        ]),
      );
      expect(decision.dataQuality).toEqual([]);
    });

    it("near miss: an earlier episode 91 days before falls outside the window", () => {
      const record = missingRecord({
        persons: [missingChild()],
        priorEpisodes: [addDays(EVENT_DATE, -30), addDays(EVENT_DATE, -91)],
      });
      expect(proposalsOf(record)).toStrictEqual([]);
    });

    it("near miss: one earlier episode in the window is not enough", () => {
      const record = missingRecord({ persons: [missingChild()], priorEpisodes: [addDays(EVENT_DATE, -10)] });
      expect(proposalsOf(record)).toStrictEqual([]);
    });

    it("the window is counted back from this episode's report date", () => {
      const reportedAt = "2026-03-20T07:45:00Z";
      const record = missingRecord({
        persons: [missingChild()],
        reportedAt,
        priorEpisodes: [addDays("2026-03-20", -90), addDays("2026-03-20", -1)],
      });
      expect(proposalsOf(record)).toStrictEqual(repeatCe);
    });

    it("only a count of earlier episodes, without dates: unknown, no proposal, and a missing-episode-dates-unknown note", () => {
      const decision = evaluate(missingRecord({ persons: [missingChild()], priorEpisodeCount: 2 }));
      expect(decision.proposals).toEqual([]);
      expect(decision.dataQuality).toStrictEqual([
        {
          code: "missing-episode-dates-unknown",
          path: "/missingEpisode/priorEpisodeCount",
          rules: [fired("repeat-missing-child")],
        },
      ]);
    });

    it("no history of earlier episodes at all: unknown, not none, so no proposal and a missing-episode-history-unknown note", () => {
      const decision = evaluate(missingRecord({ persons: [missingChild()] }));
      expect(decision.proposals).toEqual([]);
      expect(decision.dataQuality).toStrictEqual([
        {
          code: "missing-episode-history-unknown",
          path: "/missingEpisode",
          rules: [fired("repeat-missing-child")],
        },
      ]);
      // A count of none is a fact: no note.
      expect(
        evaluate(missingRecord({ persons: [missingChild()], priorEpisodeCount: 0 })).dataQuality,
      ).toEqual([]);
    });

    it("a count too small to reach the threshold even if all fell in the window: no proposal and no note", () => {
      const decision = evaluate(missingRecord({ persons: [missingChild()], priorEpisodeCount: 1 }));
      expect(decision.proposals).toEqual([]);
      expect(decision.dataQuality).toEqual([]);
    });

    it("dated episodes enough on their own: CE, and no note for the undated rest of the count", () => {
      const decision = evaluate(
        missingRecord({
          persons: [missingChild()],
          priorEpisodes: [addDays(EVENT_DATE, -5), addDays(EVENT_DATE, -40)],
          priorEpisodeCount: 7,
        }),
      );
      expect(summarize(decision)).toStrictEqual(repeatCe);
      expect(decision.dataQuality).toEqual([]);
    });

    it("repeat missing with shared signs: one CE proposal naming both rules, at least medium risk", () => {
      const record = missingRecord({
        persons: [missingChild()],
        indicators: [indicator("staying-out-late", CHILD_A)],
        priorEpisodes: [addDays(EVENT_DATE, -20), addDays(EVENT_DATE, -60)],
      });
      expect(proposalsOf(record)).toStrictEqual([
        proposal("CE", atRisk(CHILD_A), ["child-shared-signs", "repeat-missing-child"], {
          risk: "medium",
        }),
      ]);
    });

    it("near miss: an adult missing repeatedly gets nothing", () => {
      const record = missingRecord({
        persons: [person(CHILD_A, ["missing-person"], { age: 19 })],
        priorEpisodes: [addDays(EVENT_DATE, -20), addDays(EVENT_DATE, -60)],
      });
      expect(proposalsOf(record)).toStrictEqual([]);
    });
  });
});

describe("rule 7: custody (adult-detained-cse-offence; the sign rules of rule 8 on a juvenile detainee)", () => {
  const detainee = (options: { age?: number } = { age: 16 }) => person(CHILD_A, ["detainee"], options);

  it("a juvenile detainee (16) with a sign of a sexual element: CSE on the child as a person at risk", () => {
    const record = custodyRecord({
      persons: [detainee()],
      indicators: [indicator("exchange-drugs", CHILD_A)],
    });
    expect(proposalsOf(record)).toStrictEqual([proposal("CSE", atRisk(CHILD_A), ["child-sexual-element"])]);
  });

  it("a juvenile detainee with a sign of a criminal element: CCE, not CSE", () => {
    const record = custodyRecord({ persons: [detainee()], indicators: [indicator("drug-supply", CHILD_A)] });
    expect(proposalsOf(record)).toStrictEqual([proposal("CCE", atRisk(CHILD_A), ["child-criminal-element"])]);
  });

  it("a juvenile detainee with shared signs only: CE", () => {
    const record = custodyRecord({
      persons: [detainee()],
      indicators: [indicator("multiple-phones-or-sims", CHILD_A), indicator("found-out-of-area", CHILD_A)],
    });
    expect(proposalsOf(record)).toStrictEqual([proposal("CE", atRisk(CHILD_A), ["child-shared-signs"])]);
  });

  it("near miss: a juvenile detainee reported missing from home or care, with no other sign, gets nothing, as a missing child does", () => {
    const record = custodyRecord({
      persons: [detainee()],
      indicators: [indicator("missing-from-home-or-care", CHILD_A)],
    });
    expect(proposalsOf(record)).toStrictEqual([]);
  });

  it("a juvenile detainee with sexual and criminal signs: CSE and CCE, exploited both ways", () => {
    const record = custodyRecord({
      persons: [detainee()],
      indicators: [
        indicator("county-lines-involvement", CHILD_A),
        indicator("exchange-accommodation", CHILD_A),
      ],
    });
    expect(proposalsOf(record)).toStrictEqual([
      proposal("CSE", atRisk(CHILD_A), ["child-sexual-element"]),
      proposal("CCE", atRisk(CHILD_A), ["child-criminal-element"]),
    ]);
  });

  it("juvenile by the custody record's juvenile flag (PACE Code C) when no age is held", () => {
    const decision = evaluate(
      custodyRecord({
        persons: [detainee({})],
        juvenile: true,
        indicators: [indicator("sexual-activity-reported", CHILD_A)],
      }),
    );
    expect(summarize(decision)).toStrictEqual([proposal("CSE", atRisk(CHILD_A), ["child-sexual-element"])]);
    expect(decision.proposals[0]?.evidence).toContain("/custody/juvenile");
    // The flag settles under 18 but not under 13: only the risk floor misses the age.
    expect(decision.dataQuality).toStrictEqual([
      { code: "age-unknown", path: "/persons/0", rules: [fired("under-13-not-low")] },
    ]);
  });

  it.each([
    ["a sexual sign", "sexually-transmitted-infection", "CSE", "child-sexual-element"],
    ["a criminal sign", "cuckooing", "CCE", "child-criminal-element"],
    ["a shared sign", "fear-of-reprisal", "CE", "child-shared-signs"],
  ] as const)(
    "the juvenile flag with no age held counts for %s as an age under 18 does",
    (_name, code, kind, rule) => {
      const record = custodyRecord({
        persons: [detainee({})],
        juvenile: true,
        indicators: [indicator(code)],
      });
      expect(proposalsOf(record)).toStrictEqual([proposal(kind, atRisk(CHILD_A), [rule])]);
    },
  );

  it("near miss: the juvenile flag set to false and no age held: nothing", () => {
    const record = custodyRecord({
      persons: [detainee({})],
      juvenile: false,
      indicators: [indicator("sexual-activity-reported", CHILD_A)],
    });
    expect(proposalsOf(record)).toStrictEqual([]);
  });

  it("near miss: the juvenile flag is the detainee's only: another person of unknown age on the custody record is not a child by it", () => {
    const decision = evaluate(
      custodyRecord({
        persons: [detainee({}), person(CHILD_B, ["person-at-risk"])],
        juvenile: true,
        indicators: [indicator("sexual-activity-reported", CHILD_B)],
      }),
    );
    expect(decision.proposals).toStrictEqual([]);
    expect(decision.dataQuality).toStrictEqual([
      { code: "age-unknown", path: "/persons/1", rules: [fired("child-sexual-element")] },
    ]);
  });

  describe("before 26 October 2015, when PACE Code C treated 17-year-olds as adults in custody", () => {
    const in2014 = { eventStart: "2014-06-01", recordedAt: "2014-06-02T10:00:00Z" };
    const seventeen = person(CHILD_A, ["detainee"], { age: 17, eventDate: "2014-06-01" });

    it("a detainee of 17 by date of birth is a child: CSE from a sexual sign, though the custody flag says not a juvenile", () => {
      const decision = evaluate(
        custodyRecord({
          ...in2014,
          persons: [seventeen],
          juvenile: false,
          indicators: [indicator("exchange-money", CHILD_A)],
        }),
      );
      expect(summarize(decision)).toStrictEqual([proposal("CSE", atRisk(CHILD_A), ["child-sexual-element"])]);
      // The old flag's "not a juvenile" is no evidence against being under 18, so it is no conflict either.
      expect(decision.dataQuality).toEqual([]);
    });

    it("the same detainee of 17 with criminal or shared signs: CCE or CE", () => {
      const criminal = custodyRecord({
        ...in2014,
        persons: [seventeen],
        juvenile: false,
        indicators: [indicator("drug-supply", CHILD_A)],
      });
      const shared = custodyRecord({
        ...in2014,
        persons: [seventeen],
        juvenile: false,
        indicators: [indicator("found-out-of-area", CHILD_A)],
      });
      expect(proposalsOf(criminal)).toStrictEqual([
        proposal("CCE", atRisk(CHILD_A), ["child-criminal-element"]),
      ]);
      expect(proposalsOf(shared)).toStrictEqual([proposal("CE", atRisk(CHILD_A), ["child-shared-signs"])]);
    });

    it("no age held and the flag 'not a juvenile': unknown, so no proposal, and an age-unknown note naming the rule", () => {
      const decision = evaluate(
        custodyRecord({
          ...in2014,
          persons: [detainee({})],
          juvenile: false,
          indicators: [indicator("exchange-money", CHILD_A)],
        }),
      );
      expect(decision.proposals).toStrictEqual([]);
      expect(decision.dataQuality).toStrictEqual([
        { code: "age-unknown", path: "/persons/0", rules: [fired("child-sexual-element")] },
      ]);
    });

    it("no age held and the flag 'a juvenile': a child then as now", () => {
      const record = custodyRecord({
        ...in2014,
        persons: [detainee({})],
        juvenile: true,
        indicators: [indicator("exchange-money", CHILD_A)],
      });
      expect(proposalsOf(record)).toStrictEqual([proposal("CSE", atRisk(CHILD_A), ["child-sexual-element"])]);
    });
  });

  it("near miss: an adult detainee (18) with a sexual element gets no person-at-risk proposal", () => {
    const record = custodyRecord({
      persons: [detainee({ age: 18 })],
      indicators: [indicator("sexual-activity-reported", CHILD_A)],
    });
    expect(proposalsOf(record)).toStrictEqual([]);
  });

  it.each([
    ["HO 71", hoOffence("71")],
    ["SOA s.48", soaOffence("48")],
  ] as const)(
    "an adult (40) detained for a CSE-defining offence (%s): CSE on the record and on the detainee as an offender",
    (_name, offence) => {
      const record = custodyRecord({
        detaineeRef: ADULT_A,
        persons: [person(ADULT_A, ["detainee"], { age: 40 })],
        offences: [offence],
      });
      expect(proposalsOf(record)).toStrictEqual([
        proposal("CSE", onRecord, ["cse-defining-offence"]),
        proposal("CSE", asOffender(ADULT_A), ["adult-detained-cse-offence"]),
      ]);
    },
  );

  it("an adult by the custody flag (juvenile: false) when no age is held is an offender subject too", () => {
    const record = custodyRecord({
      detaineeRef: ADULT_A,
      juvenile: false,
      persons: [person(ADULT_A, ["detainee"])],
      offences: [hoOffence("71")],
    });
    expect(proposalsOf(record)).toStrictEqual([
      proposal("CSE", onRecord, ["cse-defining-offence"]),
      proposal("CSE", asOffender(ADULT_A), ["adult-detained-cse-offence"]),
    ]);
  });

  it("before 26 October 2015 'not a juvenile' included 17-year-olds: no offender subject from the flag alone, and a note", () => {
    const decision = evaluate(
      custodyRecord({
        eventStart: "2014-06-01",
        recordedAt: "2014-06-02T10:00:00Z",
        detaineeRef: ADULT_A,
        juvenile: false,
        persons: [person(ADULT_A, ["detainee"])],
        offences: [hoOffence("71")],
      }),
    );
    expect(summarize(decision)).toStrictEqual([proposal("CSE", onRecord, ["cse-defining-offence"])]);
    expect(decision.dataQuality.map((note) => [note.code, note.path])).toEqual([
      ["age-unknown", "/persons/0"],
    ]);
  });

  it("when the juvenile flag and the age disagree, the age decides and the conflict is noted", () => {
    const decision = evaluate(
      custodyRecord({
        persons: [person(CHILD_A, ["detainee"], { ageAtEvent: 18 })],
        juvenile: true,
        indicators: [indicator("sexual-activity-reported", CHILD_A)],
      }),
    );
    expect(decision.proposals).toStrictEqual([]);
    expect(decision.dataQuality.map((note) => note.code)).toContain("juvenile-flag-conflicts-with-age");
  });

  it("near miss: an adult detained for an offence that is not CSE-defining (HO 22B) is not an offender subject", () => {
    const record = custodyRecord({
      detaineeRef: ADULT_A,
      persons: [person(ADULT_A, ["detainee"], { age: 40 })],
      offences: [hoOffence("22B")],
    });
    expect(proposalsOf(record)).toStrictEqual([]);
  });
});

/** The facts about Child A that a record holds, whatever its kind. */
interface ChildFacts {
  /** Age at the event; unknown when left out. */
  readonly age?: number;
  readonly indicators: readonly Indicator[];
}

/** Person options for an age that may be unknown. */
const aged = (age: number | undefined): { age?: number } => (age === undefined ? {} : { age });

/**
 * Each record kind holding the same child in that kind's own role, with no offence that
 * a rule reads, no heading and no missing history. The missing-person record always
 * shows the child missing from home or care, as a missing-person system records it.
 */
const childHolders: readonly [string, (facts: ChildFacts) => CanonicalRecord][] = [
  [
    "crime record, the child a victim of a non-sexual offence (HO 106)",
    ({ age, indicators }) =>
      crimeRecord({
        persons: [person(CHILD_A, ["victim"], aged(age)), adultSuspect()],
        offences: [hoOffence("106")],
        indicators,
      }),
  ],
  [
    "intelligence record, the child a person at risk",
    ({ age, indicators }) =>
      intelligenceRecord({
        persons: [person(CHILD_A, ["person-at-risk"], aged(age)), adultSuspect()],
        grading: { scheme: "3x5x2", source: "1", intelligence: "B", handling: "P" },
        indicators,
      }),
  ],
  [
    "custody record, the child the detainee",
    ({ age, indicators }) =>
      custodyRecord({
        persons: [person(CHILD_A, ["detainee"], aged(age))],
        indicators,
      }),
  ],
  [
    "missing-person record, the child the missing person",
    ({ age, indicators }) =>
      missingRecord({
        persons: [person(CHILD_A, ["missing-person"], aged(age))],
        indicators: [indicator("missing-from-home-or-care", CHILD_A), ...indicators],
      }),
  ],
];

const isOnline = (code: IndicatorCode): boolean =>
  code === "online-grooming" || code === "online-sexual-contact";

describe("rule 8: signs on a child, on every record kind and in every role (child-sexual-element, child-criminal-element, child-shared-signs)", () => {
  it("the taxonomy has indicators of each class to test", () => {
    expect(sexualCodes).toEqual(expect.arrayContaining(["sexual-activity-reported", "exchange-gifts"]));
    expect(criminalCodes).toEqual(
      expect.arrayContaining([
        "drug-supply",
        "county-lines-involvement",
        "cuckooing",
        "found-with-drugs-or-weapons",
      ]),
    );
    expect(sharedCodes).toContain("missing-from-home-or-care");
    expect(sharedBesidesMissing).toEqual(
      expect.arrayContaining(["staying-out-late", "unexplained-money-or-goods"]),
    );
  });

  describe("child-sexual-element: a sign of a sexual element gives CSE on the child as a person at risk", () => {
    it.each(childHolders)("%s: each sexual sign on the child of 15", (_name, build) => {
      for (const code of sexualCodes) {
        const record = build({ age: 15, indicators: [indicator(code, CHILD_A)] });
        // Online grooming or online sexual contact also qualifies the CSE as online (rule 2's qualifier rule).
        expect(proposalsOf(record), code).toStrictEqual([
          isOnline(code)
            ? proposal("CSE", atRisk(CHILD_A), ["child-sexual-element", "online-contact"], {
                qualifiers: ["online"],
              })
            : proposal("CSE", atRisk(CHILD_A), ["child-sexual-element"]),
        ]);
      }
    });

    it.each(childHolders)(
      "%s: a sexual sign recorded on the record, not on a person, counts",
      (_name, build) => {
        const decision = evaluate(build({ age: 15, indicators: [indicator("pregnancy-or-termination")] }));
        expect(summarize(decision)).toStrictEqual([
          proposal("CSE", atRisk(CHILD_A), ["child-sexual-element"]),
        ]);
        const signAt = decision.proposals[0]?.evidence.filter((path) => path.startsWith("/indicators/"));
        expect(signAt?.length).toBe(1);
      },
    );

    it.each(childHolders)("%s: sexual and shared signs together give CSE only, not CE", (_name, build) => {
      const record = build({
        age: 15,
        indicators: [indicator("exchange-gifts", CHILD_A), indicator("staying-out-late", CHILD_A)],
      });
      expect(proposalsOf(record)).toStrictEqual([proposal("CSE", atRisk(CHILD_A), ["child-sexual-element"])]);
    });

    it.each(childHolders)("%s: near miss: aged 18 at the event, nothing", (_name, build) => {
      const record = build({ age: 18, indicators: [indicator("sexual-activity-reported", CHILD_A)] });
      expect(proposalsOf(record)).toStrictEqual([]);
    });

    it.each(childHolders)(
      "%s: near miss: age unknown (no custody flag), nothing, and an age-unknown note naming the rule",
      (_name, build) => {
        const decision = evaluate(build({ indicators: [indicator("sexual-activity-reported", CHILD_A)] }));
        expect(decision.proposals).toStrictEqual([]);
        // P-CHILD-A sorts before P-SUSPECT-A: the child is /persons/0 on every kind.
        expect(decision.dataQuality).toContainEqual({
          code: "age-unknown",
          path: "/persons/0",
          rules: expect.arrayContaining([fired("child-sexual-element")]),
        });
      },
    );

    it("a child of 12: at least medium risk (risk floor under-13-not-low)", () => {
      const record = intelligenceRecord({
        persons: [person(CHILD_A, ["person-at-risk"], { age: 12 })],
        indicators: [indicator("sexually-transmitted-infection", CHILD_A)],
      });
      expect(proposalsOf(record)).toStrictEqual([
        proposal("CSE", atRisk(CHILD_A), ["child-sexual-element", "under-13-not-low"], { risk: "medium" }),
      ]);
    });

    it("in any role: a child suspect with a sexual sign is a child at risk too", () => {
      const record = crimeRecord({
        persons: [person(CHILD_B, ["suspect"], { age: 16 }), person(ADULT_A, ["victim"], { age: 30 })],
        offences: [hoOffence("106")],
        indicators: [indicator("exchange-status", CHILD_B)],
      });
      expect(proposalsOf(record)).toStrictEqual([proposal("CSE", atRisk(CHILD_B), ["child-sexual-element"])]);
    });

    it("a sign on the record reaches every child on it, and no adult", () => {
      const record = crimeRecord({
        persons: [
          childVictim(CHILD_A),
          childVictim(CHILD_B, { age: 9 }),
          person(ADULT_A, ["victim"], { age: 19 }),
        ],
        offences: [hoOffence("106")],
        indicators: [indicator("exploited-for-third-party-gain")],
      });
      expect(proposalsOf(record)).toStrictEqual([
        proposal("CSE", atRisk(CHILD_A), ["child-sexual-element"]),
        proposal("CSE", atRisk(CHILD_B), ["child-sexual-element", "under-13-not-low"], { risk: "medium" }),
      ]);
    });

    it("near miss: a sign on another person does not count for the child", () => {
      const record = crimeRecord({
        persons: [childVictim(), adultSuspect()],
        offences: [hoOffence("106")],
        indicators: [indicator("sexual-activity-reported", SUSPECT_A)],
      });
      expect(proposalsOf(record)).toStrictEqual([]);
    });
  });

  describe("child-criminal-element: a sign of a criminal element gives CCE, never CSE", () => {
    it.each(childHolders)(
      "%s: each criminal sign on the child, beside shared signs: CCE only, not CE",
      (_name, build) => {
        for (const code of criminalCodes) {
          const record = build({
            age: 14,
            indicators: [
              indicator(code, CHILD_A),
              indicator("unexplained-money-or-goods", CHILD_A),
              indicator("gang-association", CHILD_A),
            ],
          });
          expect(proposalsOf(record), code).toStrictEqual([
            proposal("CCE", atRisk(CHILD_A), ["child-criminal-element"]),
          ]);
        }
      },
    );

    it.each(childHolders)("%s: a criminal sign recorded on the record counts", (_name, build) => {
      const record = build({ age: 16, indicators: [indicator("found-with-drugs-or-weapons")] });
      expect(proposalsOf(record)).toStrictEqual([
        proposal("CCE", atRisk(CHILD_A), ["child-criminal-element"]),
      ]);
    });

    it.each(childHolders)(
      "%s: criminal and sexual signs together: CSE and CCE, exploited both ways",
      (_name, build) => {
        const record = build({
          age: 15,
          indicators: [indicator("drug-supply", CHILD_A), indicator("exchange-drugs", CHILD_A)],
        });
        expect(proposalsOf(record)).toStrictEqual([
          proposal("CSE", atRisk(CHILD_A), ["child-sexual-element"]),
          proposal("CCE", atRisk(CHILD_A), ["child-criminal-element"]),
        ]);
      },
    );

    it.each(childHolders)("%s: near miss: aged 18 at the event, nothing", (_name, build) => {
      const record = build({ age: 18, indicators: [indicator("cuckooing", CHILD_A)] });
      expect(proposalsOf(record)).toStrictEqual([]);
    });

    it("a sexual sign on the record beside criminal signs on the child: CSE and CCE", () => {
      const record = crimeRecord({
        persons: [person(CHILD_A, ["person-at-risk"], { age: 15 })],
        indicators: [indicator("drug-supply", CHILD_A), indicator("sexual-activity-reported")],
      });
      expect(proposalsOf(record)).toStrictEqual([
        proposal("CSE", atRisk(CHILD_A), ["child-sexual-element"]),
        proposal("CCE", atRisk(CHILD_A), ["child-criminal-element"]),
      ]);
    });

    it("the CCE goes on the child who shows the signs, not on another child on the record", () => {
      const record = crimeRecord({
        persons: [
          person(CHILD_A, ["person-at-risk"], { age: 15 }),
          person(CHILD_B, ["person-at-risk"], { age: 16 }),
        ],
        indicators: [indicator("drug-supply", CHILD_B)],
      });
      expect(proposalsOf(record)).toStrictEqual([
        proposal("CCE", atRisk(CHILD_B), ["child-criminal-element"]),
      ]);
    });
  });

  describe("child-shared-signs: shared signs only (going missing aside) give CE", () => {
    it.each(childHolders)("%s: each shared sign but going missing, alone on the child", (_name, build) => {
      for (const code of sharedBesidesMissing) {
        const record = build({ age: 15, indicators: [indicator(code, CHILD_A)] });
        expect(proposalsOf(record), code).toStrictEqual([
          proposal("CE", atRisk(CHILD_A), ["child-shared-signs"]),
        ]);
      }
    });

    it.each(childHolders)("%s: a shared sign recorded on the record counts", (_name, build) => {
      const record = build({ age: 15, indicators: [indicator("associates-with-known-cse-adults")] });
      expect(proposalsOf(record)).toStrictEqual([proposal("CE", atRisk(CHILD_A), ["child-shared-signs"])]);
    });

    it.each(childHolders)(
      "%s: near miss: going missing from home or care is no shared sign for this rule: nothing",
      (_name, build) => {
        const record = build({ age: 15, indicators: [indicator("missing-from-home-or-care", CHILD_A)] });
        expect(proposalsOf(record)).toStrictEqual([]);
      },
    );

    it.each(childHolders)(
      "%s: near miss: general vulnerabilities alone (looked after, family breakdown) do not give CE",
      (_name, build) => {
        const record = build({
          age: 15,
          indicators: [
            indicator("looked-after-child", CHILD_A),
            indicator("family-relationship-breakdown", CHILD_A),
          ],
        });
        expect(proposalsOf(record)).toStrictEqual([]);
      },
    );

    it.each(childHolders)("%s: near miss: aged 18 at the event, nothing", (_name, build) => {
      const record = build({ age: 18, indicators: [indicator("staying-out-late", CHILD_A)] });
      expect(proposalsOf(record)).toStrictEqual([]);
    });
  });

  it("the same signs on the same child give the same proposals on every record kind", () => {
    const facts: ChildFacts = {
      age: 12,
      indicators: [
        indicator("online-sexual-contact", CHILD_A),
        indicator("county-lines-involvement"),
        indicator("staying-out-late", CHILD_A),
      ],
    };
    const onChild = childHolders.map(([, build]) =>
      proposalsOf(build(facts)).filter((p) => p.subject.type === "person" && p.subject.ref === CHILD_A),
    );
    const expected = [
      proposal("CSE", atRisk(CHILD_A), ["child-sexual-element", "online-contact", "under-13-not-low"], {
        qualifiers: ["online"],
        risk: "medium",
      }),
      proposal("CCE", atRisk(CHILD_A), ["child-criminal-element", "under-13-not-low"], { risk: "medium" }),
    ];
    for (const proposals of onChild) expect(proposals).toStrictEqual(expected);
  });
});

describe("one proposal per person and marker kind: a person at risk who is a victim subject too is proposed as victim", () => {
  it("a child victim of HO 71 with an exchange on them: one CSE on the child, as victim, naming both rules and their evidence", () => {
    const decision = evaluate(
      crimeRecord({
        persons: [childVictim(), adultSuspect()],
        offences: [hoOffence("71")],
        indicators: [indicator("exchange-money", CHILD_A)],
      }),
    );
    expect(summarize(decision)).toStrictEqual([
      proposal("CSE", onRecord, ["cse-defining-offence"]),
      proposal("CSE", asVictim(CHILD_A), ["child-sexual-element", "cse-defining-offence"]),
      proposal("CSE", asOffender(SUSPECT_A), ["cse-defining-offence"]),
    ]);
    expect(decision.proposals[1]?.evidence).toEqual([
      "/event/start",
      "/indicators/0/code",
      "/offences/0/homeOffice/code",
      "/persons/0/dateOfBirth",
      "/persons/0/roles/0",
    ]);
  });

  it("only the same kind folds: CSA stays as it is, and CCE from criminal signs stays on the child as a person at risk", () => {
    const record = crimeRecord({
      persons: [childVictim(), adultSuspect()],
      offences: [hoOffence("19D")],
      indicators: [indicator("exchange-alcohol", CHILD_A), indicator("drug-supply", CHILD_A)],
    });
    expect(proposalsOf(record)).toStrictEqual([
      proposal("CSE", onRecord, ["child-sexual-offence-with-exchange"]),
      proposal("CSA", onRecord, ["child-sexual-offence"]),
      proposal("CCE", atRisk(CHILD_A), ["child-criminal-element"]),
      proposal("CSE", asVictim(CHILD_A), ["child-sexual-element", "child-sexual-offence-with-exchange"]),
      proposal("CSA", asVictim(CHILD_A), ["child-sexual-offence"]),
      proposal("CSE", asOffender(SUSPECT_A), ["child-sexual-offence-with-exchange"]),
      proposal("CSA", asOffender(SUSPECT_A), ["child-sexual-offence"]),
    ]);
  });

  it("the folded proposal keeps the qualifiers and the risk floor of both", () => {
    const record = crimeRecord({
      persons: [childVictim(CHILD_A, { age: 12 }), adultSuspect()],
      offences: [hoOffence("88A")],
      indicators: [indicator("online-grooming", CHILD_A)],
    });
    expect(proposalsOf(record)[1]).toStrictEqual(
      proposal(
        "CSE",
        asVictim(CHILD_A),
        ["child-sexual-element", "grooming-child-victim", "online-contact", "under-13-not-low"],
        { qualifiers: ["online"], risk: "medium" },
      ),
    );
  });

  it("withheld proposals fold the same way (a STRIVER report graded suspected false)", () => {
    const decision = evaluate(
      intelligenceRecord({
        operations: ["STRIVER"],
        grading: { scheme: "5x5x5", source: "B", intelligence: "5", handling: "1" },
        persons: [childVictim(), adultSuspect()],
        offences: [hoOffence("71")],
        indicators: [indicator("exchange-gifts", CHILD_A)],
      }),
    );
    expect(decision.proposals).toEqual([]);
    expect(decision.reviewNotes[0]?.withheld.map((w) => w.subject)).toStrictEqual([
      onRecord,
      asVictim(CHILD_A),
      asOffender(SUSPECT_A),
    ]);
  });

  it("a child suspect of HO 71, not a victim, with a sexual sign: CSE as offender and CSE as a person at risk stay apart", () => {
    const record = crimeRecord({
      persons: [childVictim(CHILD_A), person(CHILD_B, ["suspect"], { age: 16 })],
      offences: [hoOffence("71")],
      indicators: [indicator("exchange-money", CHILD_B)],
    });
    expect(proposalsOf(record)).toStrictEqual([
      proposal("CSE", onRecord, ["cse-defining-offence"]),
      proposal("CSE", asVictim(CHILD_A), ["cse-defining-offence"]),
      proposal("CSE", asOffender(CHILD_B), ["cse-defining-offence"]),
      proposal("CSE", atRisk(CHILD_B), ["child-sexual-element"]),
    ]);
  });
});

describe("rule 9: group-based CSE (qualifier rule group-based)", () => {
  it("two suspects linked to a CSE record: every CSE proposal is qualified group-based", () => {
    const record = crimeRecord({
      persons: [childVictim(), adultSuspect(SUSPECT_A), adultSuspect(SUSPECT_B)],
      offences: [hoOffence("71")],
    });
    const both = ["cse-defining-offence", "group-based"];
    expect(proposalsOf(record)).toStrictEqual([
      proposal("CSE", onRecord, both, { qualifiers: ["group-based"] }),
      proposal("CSE", asVictim(CHILD_A), both, { qualifiers: ["group-based"] }),
      proposal("CSE", asOffender(SUSPECT_A), both, { qualifiers: ["group-based"] }),
      proposal("CSE", asOffender(SUSPECT_B), both, { qualifiers: ["group-based"] }),
    ]);
  });

  it("a child who is both victim and suspect is a victim: no offender subject, and not counted towards group-based", () => {
    const record = crimeRecord({
      persons: [person(CHILD_A, ["victim", "suspect"], { age: 12 }), adultSuspect(SUSPECT_A)],
      offences: [hoOffence("71")],
    });
    expect(proposalsOf(record)).toStrictEqual([
      proposal("CSE", onRecord, ["cse-defining-offence"]),
      proposal("CSE", asVictim(CHILD_A), ["cse-defining-offence", "under-13-not-low"], { risk: "medium" }),
      proposal("CSE", asOffender(SUSPECT_A), ["cse-defining-offence"]),
    ]);
  });

  it("a suspect and a person recorded as offender count as two", () => {
    const record = crimeRecord({
      persons: [childVictim(), adultSuspect(SUSPECT_A), person(ADULT_A, ["offender"], { age: 50 })],
      offences: [hoOffence("88A")],
    });
    const decision = evaluate(record);
    expect(decision.proposals.map((p) => p.qualifiers)).toEqual([
      ["group-based"],
      ["group-based"],
      ["group-based"],
      ["group-based"],
    ]);
  });

  it("near miss: one suspect is not group-based", () => {
    const record = crimeRecord({ persons: [childVictim(), adultSuspect()], offences: [hoOffence("71")] });
    const decision = evaluate(record);
    expect(decision.proposals).toHaveLength(3);
    for (const p of decision.proposals) {
      expect(p.qualifiers).toEqual([]);
      expect(p.rules.map((rule) => rule.id)).not.toContain("group-based");
    }
  });

  it("near miss: two suspects on a CSA-only record: the CSA proposals are not qualified", () => {
    const record = crimeRecord({
      persons: [childVictim(), adultSuspect(SUSPECT_A), adultSuspect(SUSPECT_B)],
      offences: [hoOffence("22B")],
    });
    expect(proposalsOf(record)).toStrictEqual([
      proposal("CSA", onRecord, ["child-sexual-offence"]),
      proposal("CSA", asVictim(CHILD_A), ["child-sexual-offence"]),
      proposal("CSA", asOffender(SUSPECT_A), ["child-sexual-offence"]),
      proposal("CSA", asOffender(SUSPECT_B), ["child-sexual-offence"]),
    ]);
  });

  it("group-based and online together, in the taxonomy's qualifier order", () => {
    const record = crimeRecord({
      persons: [childVictim(), adultSuspect(SUSPECT_A), adultSuspect(SUSPECT_B)],
      offences: [hoOffence("88A")],
      indicators: [indicator("online-grooming", CHILD_A)],
    });
    const decision = evaluate(record);
    expect(decision.proposals[0]).toMatchObject({
      kind: "CSE",
      subject: onRecord,
      qualifiers: ["online", "group-based"],
      rules: [fired("grooming-child-victim"), fired("group-based"), fired("online-contact")],
    });
  });
});

describe("rule 10: a child under 13 or with a learning disability is never at low risk (risk floors under-13-not-low, learning-disability-not-low)", () => {
  it("a victim of 12: the victim's proposal has a minimum risk level of medium; the record's and the suspect's have none", () => {
    const record = crimeRecord({
      persons: [childVictim(CHILD_A, { age: 12 }), adultSuspect()],
      offences: [hoOffence("19E")],
    });
    expect(proposalsOf(record)).toStrictEqual([
      proposal("CSA", onRecord, ["child-sexual-offence"]),
      proposal("CSA", asVictim(CHILD_A), ["child-sexual-offence", "under-13-not-low"], { risk: "medium" }),
      proposal("CSA", asOffender(SUSPECT_A), ["child-sexual-offence"]),
    ]);
  });

  it("near miss: a victim who turned 13 on the day of the event has no floor", () => {
    const record = crimeRecord({
      persons: [childVictim(CHILD_A, { age: 13 }), adultSuspect()],
      offences: [hoOffence("22B")],
    });
    expect(proposalsOf(record)[1]).toStrictEqual(
      proposal("CSA", asVictim(CHILD_A), ["child-sexual-offence"]),
    );
  });

  it("a victim of 15 with the learning-disability attribute: minimum risk level medium", () => {
    const record = crimeRecord({
      persons: [childVictim(CHILD_A, { age: 15, attributes: ["learning-disability"] }), adultSuspect()],
      offences: [hoOffence("71")],
    });
    const decision = evaluate(record);
    expect(summarize(decision)[1]).toStrictEqual(
      proposal("CSE", asVictim(CHILD_A), ["cse-defining-offence", "learning-disability-not-low"], {
        risk: "medium",
      }),
    );
    expect(decision.proposals[1]?.evidence).toContain("/persons/0/attributes/0");
  });

  it("a learning-disability indicator on the child counts like the attribute", () => {
    const record = crimeRecord({
      persons: [childVictim(), adultSuspect()],
      offences: [hoOffence("71")],
      indicators: [indicator("learning-disability", CHILD_A)],
    });
    const decision = evaluate(record);
    expect(summarize(decision)[1]).toStrictEqual(
      proposal("CSE", asVictim(CHILD_A), ["cse-defining-offence", "learning-disability-not-low"], {
        risk: "medium",
      }),
    );
    expect(decision.proposals[1]?.evidence).toContain("/indicators/0/code");
  });

  it("near miss: a learning-disability indicator on someone else, or a looked-after child, sets no floor", () => {
    const record = crimeRecord({
      persons: [childVictim(CHILD_A, { age: 15, attributes: ["looked-after"] }), adultSuspect()],
      offences: [hoOffence("71")],
      indicators: [indicator("learning-disability", SUSPECT_A)],
    });
    expect(proposalsOf(record).map((p) => p.minimumRiskLevel)).toEqual([null, null, null]);
  });

  it("a missing child of 12 with shared signs: CE with a minimum risk level of medium", () => {
    const record = missingRecord({
      persons: [person(CHILD_A, ["missing-person"], { age: 12 })],
      indicators: [indicator("gets-into-cars-with-unknown-adults", CHILD_A)],
    });
    expect(proposalsOf(record)).toStrictEqual([
      proposal("CE", atRisk(CHILD_A), ["child-shared-signs", "under-13-not-low"], { risk: "medium" }),
    ]);
  });

  it("a detainee with no age held, recorded as a juvenile, with a learning disability: the floor applies as the sign rules treat them as a child", () => {
    const record = custodyRecord({
      persons: [person(CHILD_A, ["detainee"], { attributes: ["learning-disability"] })],
      juvenile: true,
      indicators: [indicator("county-lines-involvement", CHILD_A)],
    });
    expect(proposalsOf(record)).toStrictEqual([
      proposal("CCE", atRisk(CHILD_A), ["child-criminal-element", "learning-disability-not-low"], {
        risk: "medium",
      }),
    ]);
  });

  it("a juvenile detainee of 16 with a learning disability and a criminal element: CCE with a minimum risk level of medium", () => {
    const record = custodyRecord({
      persons: [person(CHILD_A, ["detainee"], { age: 16, attributes: ["learning-disability"] })],
      indicators: [indicator("arrested-out-of-area-for-drugs", CHILD_A)],
    });
    expect(proposalsOf(record)).toStrictEqual([
      proposal("CCE", atRisk(CHILD_A), ["child-criminal-element", "learning-disability-not-low"], {
        risk: "medium",
      }),
    ]);
  });
});

describe("rule 11: age at the event from the date of birth (the age tests of grooming-child-victim, child-sexual-offence, cse-defining-offence)", () => {
  it("17 at the event and 18 when recorded: a child for that event", () => {
    const dateOfBirth = dateOfBirthAged(17, EVENT_DATE, 1);
    const recordedAt = "2026-04-02T09:00:00Z";
    expect(dateOfBirth).toBe("2008-03-15");
    expect(ageOn(dateOfBirth, recordedAt)).toBe(18);
    const record = crimeRecord({
      recordedAt,
      persons: [childVictim(CHILD_A, { dateOfBirth }), adultSuspect()],
      offences: [hoOffence("88A")],
    });
    expect(proposalsOf(record)).toStrictEqual([
      proposal("CSE", onRecord, ["grooming-child-victim"]),
      proposal("CSE", asVictim(CHILD_A), ["grooming-child-victim"]),
      proposal("CSE", asOffender(SUSPECT_A), ["grooming-child-victim"]),
    ]);
  });

  it("near miss: 18 on the day of the event (their birthday) is an adult", () => {
    const dateOfBirth = dateOfBirthAged(18);
    expect(dateOfBirth).toBe("2008-03-14");
    const record = crimeRecord({
      persons: [childVictim(CHILD_A, { dateOfBirth }), adultSuspect()],
      offences: [hoOffence("88A")],
    });
    expect(proposalsOf(record)).toStrictEqual([]);
  });

  it("the same instant gives the same age however its offset is written (the date in the UK counts)", () => {
    const withStart = (eventStart: string, dateOfBirth: string) =>
      proposalsOf(
        crimeRecord({
          eventStart,
          persons: [childVictim(CHILD_A, { dateOfBirth }), adultSuspect()],
          offences: [hoOffence("72")],
        }),
      );
    // 23:30 at UTC-2 on 14 March is 01:30 GMT on 15 March: the 18th birthday, so no child victim.
    expect(withStart("2026-03-14T23:30:00-02:00", "2008-03-15")).toStrictEqual([]);
    expect(withStart("2026-03-15T01:30:00Z", "2008-03-15")).toStrictEqual([]);
    // In summer time, 23:30 UTC on 30 April is 00:30 BST on 1 May.
    expect(withStart("2026-04-30T23:30:00Z", "2008-05-01")).toStrictEqual(
      withStart("2026-05-01T00:30:00+01:00", "2008-05-01"),
    );
    expect(withStart("2026-04-30T22:30:00Z", "2008-05-01").map((p) => p.subject)).toContainEqual(
      asVictim(CHILD_A),
    );
  });

  it("an age the source holds (no date of birth) is used when there is no date of birth", () => {
    const decision = evaluate(
      crimeRecord({
        persons: [childVictim(CHILD_A, { ageAtEvent: 17 }), adultSuspect()],
        offences: [hoOffence("88A")],
      }),
    );
    expect(summarize(decision).map((p) => p.subject)).toEqual([
      onRecord,
      asVictim(CHILD_A),
      asOffender(SUSPECT_A),
    ]);
    expect(decision.proposals[1]?.evidence).toContain("/persons/0/ageAtEvent");
  });

  it("unknown age never satisfies an under-18 condition: no proposal, and an age-unknown note at the person's path", () => {
    // P-ADULT-A sorts before P-CHILD-A, so the child is /persons/1 in the canonical record.
    const record = crimeRecord({
      persons: [person(CHILD_A, ["victim"]), person(ADULT_A, ["suspect"], { age: 30 })],
      offences: [hoOffence("88A")],
    });
    const decision = evaluate(record);
    expect(decision.proposals).toEqual([]);
    expect(decision.dataQuality).toStrictEqual([
      {
        code: "age-unknown",
        path: "/persons/1",
        rules: expect.arrayContaining([fired("grooming-child-victim")]),
      },
    ]);
  });

  it("unknown age on an HO 71 record: CSE on the record and the suspect, not on the victim, and an age-unknown note", () => {
    const decision = evaluate(
      crimeRecord({ persons: [person(CHILD_A, ["victim"]), adultSuspect()], offences: [hoOffence("71")] }),
    );
    expect(summarize(decision)).toStrictEqual([
      proposal("CSE", onRecord, ["cse-defining-offence"]),
      proposal("CSE", asOffender(SUSPECT_A), ["cse-defining-offence"]),
    ]);
    expect(decision.dataQuality).toContainEqual({
      code: "age-unknown",
      path: "/persons/0",
      rules: expect.arrayContaining([fired("cse-defining-offence")]),
    });
  });

  it("unknown age is never taken as adult either: HO 23 with a victim of unknown age proposes nothing and notes the age", () => {
    const decision = evaluate(
      crimeRecord({ persons: [person(CHILD_A, ["victim"]), adultSuspect()], offences: [hoOffence("23")] }),
    );
    expect(decision.proposals).toEqual([]);
    expect(decision.dataQuality).toContainEqual({
      code: "age-unknown",
      path: "/persons/0",
      rules: expect.arrayContaining([fired("child-sexual-offence")]),
    });
  });
});

describe("design: same facts, same markers, whichever system holds them", () => {
  const scenarios: readonly [string, () => CanonicalRecord][] = [
    [
      "a crime record (HO 71 and 19D, exchange, online, two suspects, a child of 12 with a learning disability)",
      () =>
        crimeRecord({
          persons: [
            childVictim(CHILD_B, { age: 12, attributes: ["learning-disability", "looked-after"] }),
            adultSuspect(SUSPECT_B),
            childVictim(CHILD_A, { age: 15 }),
            person(SUSPECT_A, ["suspect", "offender"], { age: 29 }),
          ],
          offences: [hoOffence("19D"), hoOffence("71", "OFF-2"), soaOffence("48")],
          indicators: [
            indicator("online-grooming", CHILD_A),
            indicator("exchange-gifts", CHILD_B),
            indicator("drug-supply", CHILD_A),
            indicator("staying-out-late", CHILD_B),
            indicator("exchange-gifts", CHILD_A),
          ],
          locations: [
            { ref: "L-TEST-2", role: "where-found" },
            { ref: "L-TEST-1", role: "event-location" },
          ],
          vehicles: [{ ref: "V-TEST-2" }, { ref: "V-TEST-1" }],
        }),
    ],
    [
      "a missing-person record (repeat missing, shared signs, a person of unknown age)",
      () =>
        missingRecord({
          persons: [
            person(CHILD_A, ["missing-person", "victim"], { age: 12 }),
            person(ADULT_A, ["person-at-risk"]),
          ],
          indicators: [
            indicator("staying-out-late", CHILD_A),
            indicator("missing-from-home-or-care", CHILD_A),
          ],
          priorEpisodes: [addDays(EVENT_DATE, -80), addDays(EVENT_DATE, -3), addDays(EVENT_DATE, -200)],
        }),
    ],
    [
      "an intelligence record (STRIVER among other headings)",
      () =>
        intelligenceRecord({
          operations: ["TEST-OP-B", "STRIVER", "TEST-OP-A"],
          grading: { scheme: "5x5x5", source: "C", intelligence: "3", handling: "2" },
          persons: [person(CHILD_A, ["person-at-risk"], { age: 16 }), adultSuspect()],
          indicators: [indicator("cuckooing", CHILD_A), indicator("fear-of-reprisal", CHILD_A)],
        }),
    ],
    [
      "a custody record (juvenile by the custody flag)",
      () =>
        custodyRecord({
          persons: [person(CHILD_A, ["detainee"])],
          juvenile: true,
          indicators: [indicator("found-out-of-area", CHILD_A), indicator("exchange-status")],
        }),
    ],
  ];

  it.each(scenarios)(
    "%s from two forces' systems and adapters: identical proposals and notes",
    (_name, build) => {
      const original = build();
      const elsewhere = asHeldElsewhere(withListsReversed(original), {
        force: "force-y",
        system: "rms-y",
        recordId: "Y/2026/000042",
        adapter: { id: "adapter-y-rms", version: "2.3.1" },
      });
      const here = evaluate(original);
      const there = evaluate(elsewhere);
      expect(here.proposals.length).toBeGreaterThan(0);
      expect(there.record).not.toEqual(here.record);
      expect(there.proposals).toStrictEqual(here.proposals);
      expect(there.reviewNotes).toStrictEqual(here.reviewNotes);
      expect(there.dataQuality).toStrictEqual(here.dataQuality);
    },
  );

  it.each(scenarios)("%s in another input order: byte-identical decision JSON", (_name, build) => {
    const original = build();
    const reordered = withListsReversed(original);
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(original));
    const first = JSON.stringify(evaluate(original));
    expect(JSON.stringify(evaluate(reordered))).toBe(first);
    expect(JSON.stringify(evaluate(original))).toBe(first);
  });

  it("the crime scenario's decision is what the rules say (so the comparisons above compare something real)", () => {
    const [, build] = scenarios[0] ?? [];
    if (!build) throw new Error("missing scenario");
    const summaries = proposalsOf(build());
    expect(summaries.map((p) => [p.kind, p.subject.type, "ref" in p.subject ? p.subject.ref : ""])).toEqual([
      ["CSE", "record", ""],
      ["CSA", "record", ""],
      // CCE too (as a person at risk, which sorts before victim): the drug-supply sign shows a
      // criminal element beside the exchange.
      ["CCE", "person", CHILD_A],
      ["CSE", "person", CHILD_A],
      ["CSA", "person", CHILD_A],
      ["CSE", "person", CHILD_B],
      ["CSA", "person", CHILD_B],
      ["CSE", "person", SUSPECT_A],
      ["CSA", "person", SUSPECT_A],
      ["CSE", "person", SUSPECT_B],
      ["CSA", "person", SUSPECT_B],
    ]);
    for (const p of summaries.filter((s) => s.kind === "CSE"))
      expect(p.qualifiers).toEqual(["online", "group-based"]);
    expect(
      summaries.find((p) => p.kind === "CSA" && p.subject.type === "person" && p.subject.ref === CHILD_B),
    ).toMatchObject({
      minimumRiskLevel: "medium",
    });
  });
});
