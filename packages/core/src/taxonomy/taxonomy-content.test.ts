/**
 * Pins the content of the shipped taxonomy to the domain reference (shared/DOMAIN.md),
 * so that a later edit cannot silently lose a sign, an offence or a grading, or move
 * one into a different class.
 *
 * Each check is a pure function that lists the problems it finds in a taxonomy
 * document. The shipped taxonomy must give no problems; the last block breaks a copy
 * of the taxonomy in each way a check looks for and shows that the check notices.
 */
import { describe, expect, it } from "vitest";
import { nextStatus } from "../lifecycle.js";
import { parseTaxonomy } from "../parse/parse.js";
import { codeSetIds } from "./code-set-ids.js";
import type { IndicatorClassCode, IndicatorCode, OffenceClassCode } from "./codes.generated.js";
import { conceptsOf, getConcept, taxonomy } from "./taxonomy.js";
import type { TaxonomyDocument } from "./taxonomy-schema.js";

type Doc = TaxonomyDocument;

const copy = (doc: Doc): Doc => structuredClone(doc) as Doc;
const sorted = (values: Iterable<string>): string[] => [...values].sort();

// ---------------------------------------------------------------------------
// Expectations, written from DOMAIN.md (not read from the data).
// ---------------------------------------------------------------------------

/** Where in DOMAIN.md a phrase comes from. */
type Section =
  | "1 vulnerability factors"
  | "3 DfE 2017 definition"
  | "5 SERAF vulnerabilities"
  | "5 SERAF moderate indicators"
  | "5 other published warning signs"
  | "5 criminal exploitation / county lines signs"
  | "5 indicator classes";

/** Every sign DOMAIN.md names, and the indicator code that must cover it. */
const signs: readonly (readonly [section: Section, phrase: string, code: IndicatorCode])[] = [
  ["1 vulnerability factors", "going missing from home or care", "missing-from-home-or-care"],
  ["1 vulnerability factors", "repeat missing is an indicator of harm", "missing-from-home-or-care"],
  ["1 vulnerability factors", "looked-after children", "looked-after-child"],
  ["1 vulnerability factors", "bullying", "bullying"],
  ["1 vulnerability factors", "gang links", "gang-association"],
  ["1 vulnerability factors", "parental domestic violence", "family-domestic-abuse"],
  ["1 vulnerability factors", "parental mental health issues", "family-mental-health"],
  ["1 vulnerability factors", "drug/alcohol misuse (drug)", "drug-misuse"],
  ["1 vulnerability factors", "drug/alcohol misuse (alcohol)", "alcohol-misuse"],

  ["5 SERAF vulnerabilities", "emotional neglect", "emotional-neglect"],
  ["5 SERAF vulnerabilities", "physical abuse", "physical-abuse"],
  ["5 SERAF vulnerabilities", "sexual abuse", "history-of-sexual-abuse"],
  ["5 SERAF vulnerabilities", "breakdown of family relationships", "family-relationship-breakdown"],
  ["5 SERAF vulnerabilities", "family history of domestic abuse", "family-domestic-abuse"],
  ["5 SERAF vulnerabilities", "family history of substance misuse", "family-substance-misuse"],
  ["5 SERAF vulnerabilities", "family history of mental health difficulties", "family-mental-health"],
  ["5 SERAF vulnerabilities", "low self-esteem", "low-self-esteem"],
  ["5 SERAF vulnerabilities", "unsuitable accommodation", "unsuitable-accommodation"],
  ["5 SERAF vulnerabilities", "isolated from peers", "isolated-from-peers"],
  ["5 SERAF vulnerabilities", "lack of a protective adult", "lack-of-protective-adult"],

  ["5 SERAF moderate indicators", "staying out late", "staying-out-late"],
  [
    "5 SERAF moderate indicators",
    "multiple callers (unknown adults or older young people)",
    "multiple-unknown-callers",
  ],
  ["5 SERAF moderate indicators", "concerning mobile phone use", "concerning-phone-use"],
  [
    "5 SERAF moderate indicators",
    "expressions of despair (self-harm, overdose, eating disorder)",
    "self-harm-or-despair",
  ],
  [
    "5 SERAF moderate indicators",
    "exclusion or unexplained absence from school/college/work",
    "absence-from-education",
  ],
  [
    "5 SERAF moderate indicators",
    "disclosure of assault followed by withdrawal",
    "assault-disclosed-then-withdrawn",
  ],
  ["5 SERAF moderate indicators", "sexually transmitted infections", "sexually-transmitted-infection"],
  ["5 SERAF moderate indicators", "peers involved in sexual exploitation", "peers-sexually-exploited"],
  ["5 SERAF moderate indicators", "drug misuse", "drug-misuse"],
  ["5 SERAF moderate indicators", "alcohol misuse", "alcohol-misuse"],
  ["5 SERAF moderate indicators", "concerning internet use", "concerning-internet-use"],
  [
    "5 SERAF moderate indicators",
    "living independently and not responding to workers",
    "living-independently-not-engaging",
  ],

  ["5 other published warning signs", "going missing / coming home late", "missing-from-home-or-care"],
  [
    "5 other published warning signs",
    "unaccounted money or goods (gifts, phones)",
    "unexplained-money-or-goods",
  ],
  [
    "5 other published warning signs",
    "associating with unknown or older adults",
    "associates-with-older-adults",
  ],
  [
    "5 other published warning signs",
    "getting into cars with unknown adults",
    "gets-into-cars-with-unknown-adults",
  ],
  [
    "5 other published warning signs",
    "associating with known CSE adults",
    "associates-with-known-cse-adults",
  ],
  ["5 other published warning signs", "online grooming", "online-grooming"],
  ["5 other published warning signs", "physical injuries", "physical-injuries"],
  ["5 other published warning signs", "involvement in offending", "involvement-in-offending"],
  ["5 other published warning signs", "repeat STIs", "sexually-transmitted-infection"],
  ["5 other published warning signs", "pregnancy, terminations", "pregnancy-or-termination"],
  ["5 other published warning signs", "gang association", "gang-association"],
  ["5 other published warning signs", "learning disability", "learning-disability"],
  ["5 other published warning signs", "residential care or hostel", "residential-care-or-hostel"],

  ["5 criminal exploitation / county lines signs", "frequent missing episodes", "missing-from-home-or-care"],
  ["5 criminal exploitation / county lines signs", "being found out of area", "found-out-of-area"],
  [
    "5 criminal exploitation / county lines signs",
    "found with large quantities of drugs or weapons",
    "found-with-drugs-or-weapons",
  ],
  [
    "5 criminal exploitation / county lines signs",
    "arrested out of area for drug offences",
    "arrested-out-of-area-for-drugs",
  ],
  [
    "5 criminal exploitation / county lines signs",
    "multiple phones or SIM cards, excessive calls or texts",
    "multiple-phones-or-sims",
  ],
  [
    "5 criminal exploitation / county lines signs",
    "hotel keys or keys to unknown premises",
    "keys-to-unknown-premises",
  ],
  ["5 criminal exploitation / county lines signs", "fear of reprisal from gang members", "fear-of-reprisal"],
  [
    "5 criminal exploitation / county lines signs",
    "receiving rewards for introducing peers",
    "rewarded-for-recruiting-peers",
  ],
  [
    "5 criminal exploitation / county lines signs",
    "relationship with controlling older individuals",
    "associates-with-older-adults",
  ],
  ["5 criminal exploitation / county lines signs", 'words such as "cuckooing"', "cuckooing"],
  [
    "5 criminal exploitation / county lines signs",
    'words such as "going country"',
    "county-lines-involvement",
  ],
  ["5 criminal exploitation / county lines signs", 'words such as "trap house"', "county-lines-involvement"],

  ["5 indicator classes", "sexual activity", "sexual-activity-reported"],
  ["5 indicator classes", "sexual health (infections)", "sexually-transmitted-infection"],
  ["5 indicator classes", "sexual health (pregnancy)", "pregnancy-or-termination"],
  ["5 indicator classes", "the exchange of something for sexual activity (money)", "exchange-money"],
  ["5 indicator classes", "the exchange of something for sexual activity (gifts)", "exchange-gifts"],
  ["5 indicator classes", "the exchange of something for sexual activity (drugs)", "exchange-drugs"],
  ["5 indicator classes", "the exchange of something for sexual activity (alcohol)", "exchange-alcohol"],
  [
    "5 indicator classes",
    "the exchange of something for sexual activity (accommodation)",
    "exchange-accommodation",
  ],
  ["5 indicator classes", "the exchange of something for sexual activity (status)", "exchange-status"],
  [
    "3 DfE 2017 definition",
    "(b) for the financial advantage or increased status of the perpetrator or facilitator",
    "exploited-for-third-party-gain",
  ],
  ["5 indicator classes", "online sexual contact", "online-sexual-contact"],
  ["5 indicator classes", "drug supply", "drug-supply"],
  ["5 indicator classes", "weapons", "found-with-drugs-or-weapons"],
  ["5 indicator classes", "county lines", "county-lines-involvement"],
];

/**
 * The class each indicator should have, judged from DOMAIN.md section 5: "Many signs
 * are shared by sexual and criminal exploitation ... A CSE decision needs a sexual
 * element; shared signs alone point to exploitation risk, not to CSE rather than CCE."
 *
 * - general-vulnerability: what makes a child vulnerable (SERAF "vulnerabilities",
 *   the report's background factors), not itself a sign of exploitation;
 * - shared-exploitation-sign: a sign of exploitation that does not show whether it is
 *   sexual or criminal, including CSE-list signs that are not about the child's own
 *   sexual activity (peers, known CSE adults, cars) and county lines signs that are
 *   also seen where children are moved or held for sexual exploitation (out of area,
 *   hotel keys);
 * - sexual-element: sexual activity, sexual health, an exchange for sexual activity,
 *   online sexual contact or grooming;
 * - criminal-element: drug supply, weapons, county lines.
 *
 * Keyed by every indicator code, so a new indicator fails to compile until its class
 * has been judged here.
 */
const expectedClass = {
  "emotional-neglect": "general-vulnerability",
  "physical-abuse": "general-vulnerability",
  "history-of-sexual-abuse": "general-vulnerability",
  "family-relationship-breakdown": "general-vulnerability",
  "family-domestic-abuse": "general-vulnerability",
  "family-substance-misuse": "general-vulnerability",
  "family-mental-health": "general-vulnerability",
  "low-self-esteem": "general-vulnerability",
  "unsuitable-accommodation": "general-vulnerability",
  "isolated-from-peers": "general-vulnerability",
  "lack-of-protective-adult": "general-vulnerability",
  "looked-after-child": "general-vulnerability",
  bullying: "general-vulnerability",
  "learning-disability": "general-vulnerability",
  "residential-care-or-hostel": "general-vulnerability",

  "missing-from-home-or-care": "shared-exploitation-sign",
  "staying-out-late": "shared-exploitation-sign",
  "multiple-unknown-callers": "shared-exploitation-sign",
  "concerning-phone-use": "shared-exploitation-sign",
  "self-harm-or-despair": "shared-exploitation-sign",
  "absence-from-education": "shared-exploitation-sign",
  "assault-disclosed-then-withdrawn": "shared-exploitation-sign",
  "peers-sexually-exploited": "shared-exploitation-sign",
  "drug-misuse": "shared-exploitation-sign",
  "alcohol-misuse": "shared-exploitation-sign",
  "concerning-internet-use": "shared-exploitation-sign",
  "living-independently-not-engaging": "shared-exploitation-sign",
  "unexplained-money-or-goods": "shared-exploitation-sign",
  "associates-with-older-adults": "shared-exploitation-sign",
  "gets-into-cars-with-unknown-adults": "shared-exploitation-sign",
  "associates-with-known-cse-adults": "shared-exploitation-sign",
  "physical-injuries": "shared-exploitation-sign",
  "involvement-in-offending": "shared-exploitation-sign",
  "gang-association": "shared-exploitation-sign",
  "found-out-of-area": "shared-exploitation-sign",
  "multiple-phones-or-sims": "shared-exploitation-sign",
  "keys-to-unknown-premises": "shared-exploitation-sign",
  "fear-of-reprisal": "shared-exploitation-sign",
  "rewarded-for-recruiting-peers": "shared-exploitation-sign",

  "sexual-activity-reported": "sexual-element",
  "sexually-transmitted-infection": "sexual-element",
  "pregnancy-or-termination": "sexual-element",
  "online-grooming": "sexual-element",
  "online-sexual-contact": "sexual-element",
  "exchange-money": "sexual-element",
  "exchange-gifts": "sexual-element",
  "exchange-drugs": "sexual-element",
  "exchange-alcohol": "sexual-element",
  "exchange-accommodation": "sexual-element",
  "exchange-status": "sexual-element",
  "exploited-for-third-party-gain": "sexual-element",

  "found-with-drugs-or-weapons": "criminal-element",
  "arrested-out-of-area-for-drugs": "criminal-element",
  "drug-supply": "criminal-element",
  "county-lines-involvement": "criminal-element",
  cuckooing: "criminal-element",
} as const satisfies Record<IndicatorCode, IndicatorClassCode>;

/** The signs DOMAIN.md section 5 names as shared by sexual and criminal exploitation. */
const namedSharedSigns: readonly (readonly [phrase: string, code: IndicatorCode])[] = [
  ["missing", "missing-from-home-or-care"],
  ["unexplained money, gifts or phones", "unexplained-money-or-goods"],
  ["older controlling adults", "associates-with-older-adults"],
  ["school absence", "absence-from-education"],
  ["self-harm", "self-harm-or-despair"],
];

/**
 * "exchange indicator (money, gifts, drugs, alcohol, accommodation, status given or promised)",
 * plus limb (b) of the DfE 2017 definition: sexual activity "for the financial advantage or
 * increased status of the perpetrator or facilitator".
 */
const exchangeSigns: Readonly<Record<string, IndicatorCode>> = {
  "perpetrator or facilitator gain": "exploited-for-third-party-gain",
  money: "exchange-money",
  gifts: "exchange-gifts",
  drugs: "exchange-drugs",
  alcohol: "exchange-alcohol",
  accommodation: "exchange-accommodation",
  status: "exchange-status",
};

/** DOMAIN.md section 4, with the offence class each code must carry. */
const hoOffences: readonly (readonly [code: string, offence: string, offenceClass: OffenceClassCode])[] = [
  ["71", "abuse of children through sexual exploitation", "cse-defining"],
  ["72", "trafficking for sexual exploitation", "cse-indicative-child-victim"],
  ["88A", "sexual grooming", "cse-indicative-child-victim"],
  ["19D", "rape of a female child under 16", "child-sexual-offence"],
  ["19E", "rape of a female child under 13", "child-sexual-offence"],
  ["19G", "rape of a male child under 16", "child-sexual-offence"],
  ["19H", "rape of a male child under 13", "child-sexual-offence"],
  ["17B", "sexual assault on a male child under 13", "child-sexual-offence"],
  ["20B", "sexual assault on a female child under 13", "child-sexual-offence"],
  ["21", "sexual activity involving a child under 13", "child-sexual-offence"],
  ["22B", "sexual activity involving a child under 16", "child-sexual-offence"],
  ["23", "incest or familial sexual offences", "child-sexual-offence"],
  ["73", "abuse of position of trust of a sexual nature", "child-sexual-offence"],
  ["106", "modern slavery (a classification, not a flag)", "related"],
];

const soaSections: readonly (readonly [code: string, offence: string, offenceClass: OffenceClassCode])[] = [
  ["15A", "sexual communication with a child", "cse-indicative-child-victim"],
  ["47", "paying for sexual services of a child", "cse-defining"],
  ["48", "causing or inciting sexual exploitation of a child", "cse-defining"],
  ["49", "controlling a child in relation to sexual exploitation", "cse-defining"],
  ["50", "arranging or facilitating sexual exploitation of a child", "cse-defining"],
];

/** SERAF categories: score band and the canonical risk level (DOMAIN.md section 5). */
const serafBands: readonly (readonly [code: string, min: number, max: number | undefined, level: string])[] =
  [
    ["1", 0, 5, "no-apparent-risk"],
    ["2", 6, 10, "low"],
    ["3", 11, 15, "medium"],
    ["4", 16, undefined, "high"],
  ];

const riskSchemes = [
  "risk-seraf",
  "risk-london",
  "risk-city-of-london",
  "risk-low-medium-high",
  "risk-app-missing",
] as const;

// ---------------------------------------------------------------------------
// Checks: each lists the problems it finds (an empty list when the doc is right).
// ---------------------------------------------------------------------------

function parseProblems(doc: Doc): string[] {
  const parsed = parseTaxonomy(structuredClone(doc));
  return parsed.ok ? [] : parsed.issues.map((issue) => `${issue.path.join("/")}: ${issue.message}`);
}

function signCoverageProblems(doc: Doc): string[] {
  const problems: string[] = [];
  for (const [section, phrase, code] of signs) {
    const matches = doc.codeSets.indicator.concepts.filter((c) => c.code === code);
    if (matches.length === 0) problems.push(`${section}: "${phrase}" has no indicator ${code}`);
    for (const concept of matches) {
      if (concept.status !== "active")
        problems.push(`${section}: "${phrase}" maps to ${code}, which is ${concept.status}`);
    }
  }
  return problems;
}

function classProblems(doc: Doc): string[] {
  const problems: string[] = [];
  const expected: Readonly<Record<string, string>> = expectedClass;
  const classCodes = sorted(doc.codeSets["indicator-class"].concepts.map((c) => c.code));
  const wantClasses = sorted([
    "general-vulnerability",
    "shared-exploitation-sign",
    "sexual-element",
    "criminal-element",
  ]);
  if (JSON.stringify(classCodes) !== JSON.stringify(wantClasses)) {
    problems.push(`indicator classes are ${classCodes.join(", ")}; expected ${wantClasses.join(", ")}`);
  }
  for (const [code, want] of Object.entries(expected)) {
    const matches = doc.codeSets.indicator.concepts.filter((c) => c.code === code);
    if (matches.length === 0) problems.push(`${code}: missing (expected class ${want})`);
    for (const concept of matches) {
      if (concept.class !== want) problems.push(`${code}: class ${concept.class}, expected ${want}`);
    }
  }
  for (const concept of doc.codeSets.indicator.concepts) {
    if (!(concept.code in expected))
      problems.push(`${concept.code}: class ${concept.class} has not been reviewed in this test`);
  }
  return problems;
}

function namedSharedSignProblems(doc: Doc): string[] {
  return namedSharedSigns.flatMap(([phrase, code]) => {
    const concept = doc.codeSets.indicator.concepts.find((c) => c.code === code);
    return concept?.class === "shared-exploitation-sign"
      ? []
      : [`"${phrase}" (${code}) is ${concept?.class ?? "missing"}, not shared-exploitation-sign`];
  });
}

function exchangeProblems(doc: Doc): string[] {
  const problems: string[] = [];
  const indicators = doc.codeSets.indicator.concepts;
  for (const concept of indicators) {
    const sexual = concept.class === "sexual-element";
    if (sexual && typeof concept.exchange !== "boolean") {
      problems.push(`${concept.code}: a sexual-element sign must say exchange true or false`);
    }
    if (!sexual && concept.exchange !== undefined) {
      problems.push(
        `${concept.code}: ${concept.class} sign carries exchange, which only sexual-element signs may`,
      );
    }
  }
  const exchanges = sorted(indicators.filter((c) => c.exchange === true).map((c) => c.code));
  const want = sorted(Object.values(exchangeSigns));
  if (JSON.stringify(exchanges) !== JSON.stringify(want)) {
    problems.push(`exchange signs are [${exchanges.join(", ")}]; expected exactly [${want.join(", ")}]`);
  }
  return problems;
}

function criminalSexualOverlapProblems(doc: Doc): string[] {
  // Read the concept list itself rather than an index, so a code listed twice with
  // two classes is seen.
  const classesByCode = new Map<string, Set<string>>();
  for (const concept of doc.codeSets.indicator.concepts) {
    const classes = classesByCode.get(concept.code) ?? new Set<string>();
    classes.add(concept.class);
    classesByCode.set(concept.code, classes);
  }
  return [...classesByCode]
    .filter(([, classes]) => classes.has("criminal-element") && classes.has("sexual-element"))
    .map(([code]) => `${code} is both a criminal-element and a sexual-element sign`);
}

function offenceProblems(doc: Doc): string[] {
  const problems: string[] = [];
  const check = (
    set: "ho-offence" | "soa-section",
    expected: readonly (readonly [code: string, offence: string, offenceClass: OffenceClassCode])[],
  ) => {
    for (const [code, offence, want] of expected) {
      const concept = doc.codeSets[set].concepts.find((c) => c.code === code);
      if (!concept) problems.push(`${set} ${code} (${offence}) is missing`);
      else {
        if (concept.status !== "active") problems.push(`${set} ${code} is ${concept.status}`);
        if (concept.offenceClass !== want)
          problems.push(`${set} ${code}: class ${concept.offenceClass}, expected ${want}`);
      }
    }
    // Only the offences DOMAIN.md names may make a record CSE-related by definition.
    const defining = new Set(expected.filter(([, , c]) => c === "cse-defining").map(([code]) => code));
    for (const concept of doc.codeSets[set].concepts) {
      if (concept.offenceClass === "cse-defining" && !defining.has(concept.code)) {
        problems.push(`${set} ${concept.code} is cse-defining, but DOMAIN.md does not name it so`);
      }
    }
  };
  check("ho-offence", hoOffences);
  check("soa-section", soaSections);
  const classes = sorted(doc.codeSets["offence-class"].concepts.map((c) => c.code));
  const want = sorted(["cse-defining", "cse-indicative-child-victim", "child-sexual-offence", "related"]);
  if (JSON.stringify(classes) !== JSON.stringify(want))
    problems.push(`offence classes are ${classes.join(", ")}`);
  return problems;
}

function lifecycleProblems(doc: Doc): string[] {
  const problems: string[] = [];
  const statuses = sorted(doc.codeSets["marker-status"].concepts.map((c) => c.code));
  const want = sorted(["suspected", "confirmed", "rejected", "withdrawn", "expired"]);
  if (JSON.stringify(statuses) !== JSON.stringify(want)) problems.push(`statuses are ${statuses.join(", ")}`);
  const transitions = doc.codeSets["marker-transition"].concepts;
  for (const decided of ["confirmed", "rejected"]) {
    const into = transitions.filter((t) => t.to === decided);
    if (into.length === 0) problems.push(`no transition leads to ${decided}`);
    for (const t of into) {
      if (!t.reviewerOnly) problems.push(`${t.code} leads to ${decided} but is not reviewer-only`);
    }
  }
  for (const t of transitions) {
    if (t.to === "expired" && t.from.includes("suspected"))
      problems.push(`${t.code} lets a suspected marker expire`);
    if (t.from.length === 0 && t.to !== "suspected")
      problems.push(`${t.code} creates a marker that is not suspected`);
  }
  return problems;
}

function codeListProblems(doc: Doc): string[] {
  const problems: string[] = [];
  const exactly = (id: (typeof codeSetIds)[number], want: readonly string[]) => {
    const have = doc.codeSets[id].concepts.map((c) => c.code);
    if (JSON.stringify(sorted(have)) !== JSON.stringify(sorted(want))) {
      problems.push(`${id} is [${have.join(", ")}]; expected exactly [${want.join(", ")}]`);
    }
  };
  const includes = (id: (typeof codeSetIds)[number], want: readonly string[]) => {
    const have = new Set(doc.codeSets[id].concepts.map((c) => c.code));
    for (const code of want) if (!have.has(code)) problems.push(`${id} lacks ${code}`);
  };
  exactly("marker-kind", ["CSE", "CSA", "CCE", "CE"]);
  includes("marker-qualifier", ["online", "group-based"]);
  exactly("subject-type", ["record", "person", "location", "vehicle"]);
  includes("person-role", ["victim", "suspect", "offender", "person-at-risk", "missing-person", "detainee"]);
  exactly("grading-scheme", ["5x5x5", "3x5x2"]);
  exactly("grading-5x5x5-source", ["A", "B", "C", "D", "E"]);
  exactly("grading-5x5x5-intelligence", ["1", "2", "3", "4", "5"]);
  exactly("grading-5x5x5-handling", ["1", "2", "3", "4", "5"]);
  exactly("grading-3x5x2-source", ["1", "2", "3"]);
  exactly("grading-3x5x2-intelligence", ["A", "B", "C", "D", "E"]);
  exactly("grading-3x5x2-handling", ["P", "C"]);
  return problems;
}

function suspectedFalseProblems(doc: Doc): string[] {
  const problems: string[] = [];
  const flagged = (id: "grading-5x5x5-intelligence" | "grading-3x5x2-intelligence") =>
    doc.codeSets[id].concepts.filter((c) => c.suspectedFalse).map((c) => c.code);
  const five = flagged("grading-5x5x5-intelligence");
  const three = flagged("grading-3x5x2-intelligence");
  if (JSON.stringify(five) !== JSON.stringify(["5"]))
    problems.push(`5x5x5 suspectedFalse is [${five.join(", ")}], expected [5]`);
  if (JSON.stringify(three) !== JSON.stringify(["E"]))
    problems.push(`3x5x2 suspectedFalse is [${three.join(", ")}], expected [E]`);
  return problems;
}

function riskProblems(doc: Doc): string[] {
  const problems: string[] = [];
  const seraf = doc.codeSets["risk-seraf"].concepts;
  const serafCodes = seraf.map((c) => c.code);
  if (JSON.stringify(sorted(serafCodes)) !== JSON.stringify(["1", "2", "3", "4"])) {
    problems.push(`SERAF categories are [${serafCodes.join(", ")}], expected 1-4`);
  }
  for (const [code, min, max, level] of serafBands) {
    const concept = seraf.find((c) => c.code === code);
    if (!concept) continue;
    if (concept.scoreMin !== min || concept.scoreMax !== max) {
      problems.push(
        `SERAF ${code} scores ${concept.scoreMin}-${concept.scoreMax ?? ""}, expected ${min}-${max ?? ""}`,
      );
    }
    if (concept.mapsTo.code !== level)
      problems.push(`SERAF ${code} maps to ${concept.mapsTo.code}, expected ${level}`);
  }
  for (const id of riskSchemes) {
    for (const concept of doc.codeSets[id].concepts) {
      const { relationship, verified, comment } = concept.mapsTo;
      if ((relationship !== "equivalent" || !verified) && (comment === undefined || comment.trim() === "")) {
        problems.push(
          `${id} ${concept.code}: a ${verified ? "" : "unverified "}${relationship} mapping has no comment`,
        );
      }
    }
  }
  for (const id of ["risk-london", "risk-city-of-london"] as const) {
    for (const concept of doc.codeSets[id].concepts) {
      if (concept.mapsTo.verified)
        problems.push(`${id} ${concept.code} is marked verified; DOMAIN.md cannot support that`);
    }
  }
  return problems;
}

function sourceProblems(doc: Doc): string[] {
  const known = new Set(doc.sources.map((s) => s.id));
  return codeSetIds.flatMap((id) =>
    doc.codeSets[id].concepts.flatMap((concept) =>
      concept.sources
        .filter((s) => !known.has(s))
        .map((s) => `${id} ${concept.code} cites unknown source ${s}`),
    ),
  );
}

// ---------------------------------------------------------------------------
// The shipped taxonomy
// ---------------------------------------------------------------------------

describe("the shipped taxonomy", () => {
  it("passes parseTaxonomy with no issues", () => {
    expect(parseProblems(taxonomy)).toEqual([]);
  });

  it("resolves every concept's sources to taxonomy.sources", () => {
    expect(sourceProblems(taxonomy)).toEqual([]);
  });
});

describe("indicators cover every sign named in DOMAIN.md sections 1 and 5", () => {
  it.each(signs)("%s: %s -> %s exists and is active", (_section, _phrase, code) => {
    const concept = getConcept("indicator", code);
    expect(concept, `indicator ${code}`).toBeDefined();
    expect(concept?.status).toBe("active");
  });

  it("has no coverage problems across the whole table", () => {
    expect(signCoverageProblems(taxonomy)).toEqual([]);
  });
});

describe("indicator classes", () => {
  it("classifies every indicator as judged from DOMAIN.md section 5", () => {
    expect(classProblems(taxonomy)).toEqual([]);
  });

  it.each(Object.entries(expectedClass))("%s is %s", (code, want) => {
    expect(getConcept("indicator", code)?.class).toBe(want);
  });

  it("classes the signs DOMAIN.md names as shared as shared-exploitation-sign", () => {
    expect(namedSharedSignProblems(taxonomy)).toEqual([]);
  });

  it("has exactly money, gifts, drugs, alcohol, accommodation and status as exchange signs, all sexual-element", () => {
    expect(exchangeProblems(taxonomy)).toEqual([]);
    for (const code of Object.values(exchangeSigns)) {
      expect(getConcept("indicator", code)).toMatchObject({ class: "sexual-element", exchange: true });
    }
  });

  it("gives every sexual-element indicator exchange true or false, and no other indicator an exchange", () => {
    const sexual = conceptsOf("indicator").filter((c) => c.class === "sexual-element");
    expect(sexual.length).toBeGreaterThan(0);
    for (const concept of conceptsOf("indicator")) {
      if (concept.class === "sexual-element") expect(typeof concept.exchange, concept.code).toBe("boolean");
      else expect(concept.exchange, concept.code).toBeUndefined();
    }
  });

  it("makes no criminal-element sign a sexual-element sign as well", () => {
    expect(criminalSexualOverlapProblems(taxonomy)).toEqual([]);
    const criminal = Object.entries(expectedClass)
      .filter(([, c]) => c === "criminal-element")
      .map(([code]) => code);
    expect(criminal.length).toBeGreaterThan(0);
    for (const code of criminal) expect(getConcept("indicator", code)?.class).toBe("criminal-element");
  });
});

describe("offence value sets (DOMAIN.md section 4)", () => {
  it.each(hoOffences)("Home Office %s (%s) is %s", (code, _offence, want) => {
    expect(getConcept("ho-offence", code)).toMatchObject({ status: "active", offenceClass: want });
  });

  it.each(soaSections)("SOA 2003 s.%s (%s) is %s", (code, _offence, want) => {
    expect(getConcept("soa-section", code)).toMatchObject({ status: "active", offenceClass: want });
  });

  it("has the four offence classes, and no CSE-defining offence DOMAIN.md does not name", () => {
    expect(offenceProblems(taxonomy)).toEqual([]);
  });
});

describe("markers and subjects", () => {
  it("has exactly the marker kinds CSE, CSA, CCE and CE; the online and group-based qualifiers; record, person, location and vehicle subjects; and the person roles rules need", () => {
    expect(codeListProblems(taxonomy).filter((p) => !p.startsWith("grading"))).toEqual([]);
  });
});

describe("marker lifecycle", () => {
  it("has the statuses suspected, confirmed, rejected, withdrawn and expired", () => {
    expect(sorted(conceptsOf("marker-status").map((c) => c.code))).toEqual(
      sorted(["suspected", "confirmed", "rejected", "withdrawn", "expired"]),
    );
  });

  it("lets only reviewer-only transitions lead to confirmed or rejected, and never lets a suspected marker expire", () => {
    expect(lifecycleProblems(taxonomy)).toEqual([]);
  });

  it("agrees with nextStatus: a proposal is suspected and a suspected marker cannot expire", () => {
    expect(nextStatus(undefined, "propose")).toBe("suspected");
    expect(nextStatus("suspected", "expire")).toBeUndefined();
    expect(nextStatus("confirmed", "expire")).toBe("expired");
  });
});

describe("intelligence gradings (DOMAIN.md section 6)", () => {
  it("has 5x5x5 source A-E, intelligence 1-5, handling 1-5 and 3x5x2 source 1-3, intelligence A-E, handling P and C", () => {
    expect(codeListProblems(taxonomy).filter((p) => p.startsWith("grading"))).toEqual([]);
  });

  it("marks exactly 5x5x5 intelligence 5 and 3x5x2 intelligence E as suspected false", () => {
    expect(suspectedFalseProblems(taxonomy)).toEqual([]);
  });
});

describe("risk scales (DOMAIN.md section 5)", () => {
  it.each(
    serafBands.map(
      ([code, min, max, level]) =>
        [code, `${min}${max === undefined ? "+" : `-${max}`}`, level, min, max] as const,
    ),
  )("SERAF %s (score %s) maps to %s", (code, _band, level, min, max) => {
    const concept = getConcept("risk-seraf", code);
    expect(concept).toBeDefined();
    expect(concept?.scoreMin).toBe(min);
    expect(concept?.scoreMax).toBe(max);
    expect(concept?.mapsTo.code).toBe(level);
  });

  it("has SERAF categories 1-4 only, comments on every crosswalk that is not a verified equivalent, and London and City of London unverified", () => {
    expect(riskProblems(taxonomy)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Each check notices the breakage it looks for
// ---------------------------------------------------------------------------

const indicator = (doc: Doc, code: string) => {
  const concept = doc.codeSets.indicator.concepts.find((c) => c.code === code);
  if (!concept) throw new Error(`test setup: no indicator ${code}`);
  return concept;
};

describe("the checks fail on a broken taxonomy", () => {
  it("parseTaxonomy reports a concept citing an unknown source", () => {
    const doc = copy(taxonomy);
    indicator(doc, "bullying").sources = ["no-such-source"];
    expect(parseProblems(doc)).not.toEqual([]);
    expect(sourceProblems(doc)).toEqual(["indicator bullying cites unknown source no-such-source"]);
  });

  it("coverage notices a removed or deprecated indicator", () => {
    const removed = copy(taxonomy);
    removed.codeSets.indicator.concepts = removed.codeSets.indicator.concepts.filter(
      (c) => c.code !== "cuckooing",
    );
    expect(signCoverageProblems(removed)).toContain(
      '5 criminal exploitation / county lines signs: "words such as "cuckooing"" has no indicator cuckooing',
    );
    const deprecated = copy(taxonomy);
    indicator(deprecated, "bullying").status = "deprecated";
    expect(signCoverageProblems(deprecated)).toContain(
      '1 vulnerability factors: "bullying" maps to bullying, which is deprecated',
    );
  });

  it("classes notice a moved indicator and an unreviewed new one", () => {
    const moved = copy(taxonomy);
    indicator(moved, "drug-supply").class = "shared-exploitation-sign";
    expect(classProblems(moved)).toEqual([
      "drug-supply: class shared-exploitation-sign, expected criminal-element",
    ]);
    const added = copy(taxonomy);
    added.codeSets.indicator.concepts.push({ ...indicator(added, "bullying"), code: "new-sign" });
    expect(classProblems(added)).toEqual([
      "new-sign: class general-vulnerability has not been reviewed in this test",
    ]);
    const shared = copy(taxonomy);
    indicator(shared, "self-harm-or-despair").class = "general-vulnerability";
    expect(namedSharedSignProblems(shared)).toHaveLength(1);
  });

  it("exchange notices a lost exchange, an extra one, and exchange on a non-sexual sign", () => {
    const lost = copy(taxonomy);
    indicator(lost, "exchange-status").exchange = false;
    expect(exchangeProblems(lost)).toHaveLength(1);
    const extra = copy(taxonomy);
    indicator(extra, "online-grooming").exchange = true;
    expect(exchangeProblems(extra)).toHaveLength(1);
    const misplaced = copy(taxonomy);
    indicator(misplaced, "unexplained-money-or-goods").exchange = true;
    expect(exchangeProblems(misplaced)).toContain(
      "unexplained-money-or-goods: shared-exploitation-sign sign carries exchange, which only sexual-element signs may",
    );
    const unset = copy(taxonomy);
    delete indicator(unset, "sexual-activity-reported").exchange;
    expect(exchangeProblems(unset)).toEqual([
      "sexual-activity-reported: a sexual-element sign must say exchange true or false",
    ]);
  });

  it("overlap notices a criminal-element code listed again as sexual-element", () => {
    const doc = copy(taxonomy);
    doc.codeSets.indicator.concepts.push({
      ...indicator(doc, "drug-supply"),
      class: "sexual-element",
      exchange: false,
    });
    expect(criminalSexualOverlapProblems(doc)).toEqual([
      "drug-supply is both a criminal-element and a sexual-element sign",
    ]);
  });

  it("offences notice a changed class, a missing code and a new CSE-defining code", () => {
    const doc = copy(taxonomy);
    const ho71 = doc.codeSets["ho-offence"].concepts.find((c) => c.code === "71");
    const ho23 = doc.codeSets["ho-offence"].concepts.find((c) => c.code === "23");
    if (!ho71 || !ho23) throw new Error("test setup");
    ho71.offenceClass = "child-sexual-offence";
    ho23.offenceClass = "cse-defining";
    doc.codeSets["soa-section"].concepts = doc.codeSets["soa-section"].concepts.filter(
      (c) => c.code !== "15A",
    );
    expect(offenceProblems(doc)).toEqual([
      "ho-offence 71: class child-sexual-offence, expected cse-defining",
      "ho-offence 23: class cse-defining, expected child-sexual-offence",
      "ho-offence 23 is cse-defining, but DOMAIN.md does not name it so",
      "soa-section 15A (sexual communication with a child) is missing",
    ]);
  });

  it("lifecycle notices software confirming, a suspected marker expiring and a lost status", () => {
    const doc = copy(taxonomy);
    const transitions = doc.codeSets["marker-transition"].concepts;
    const confirm = transitions.find((t) => t.code === "confirm");
    const expire = transitions.find((t) => t.code === "expire");
    if (!confirm || !expire) throw new Error("test setup");
    confirm.reviewerOnly = false;
    expire.from = ["suspected", "confirmed"];
    doc.codeSets["marker-status"].concepts = doc.codeSets["marker-status"].concepts.filter(
      (c) => c.code !== "withdrawn",
    );
    expect(lifecycleProblems(doc)).toEqual([
      "statuses are confirmed, expired, rejected, suspected",
      "confirm leads to confirmed but is not reviewer-only",
      "expire lets a suspected marker expire",
    ]);
  });

  it("code lists notice a lost marker kind, role or grading code", () => {
    const doc = copy(taxonomy);
    doc.codeSets["marker-kind"].concepts = doc.codeSets["marker-kind"].concepts.filter(
      (c) => c.code !== "CCE",
    );
    doc.codeSets["person-role"].concepts = doc.codeSets["person-role"].concepts.filter(
      (c) => c.code !== "detainee",
    );
    doc.codeSets["grading-3x5x2-handling"].concepts = doc.codeSets["grading-3x5x2-handling"].concepts.filter(
      (c) => c.code !== "C",
    );
    expect(codeListProblems(doc)).toEqual([
      "marker-kind is [CSE, CSA, CE]; expected exactly [CSE, CSA, CCE, CE]",
      "person-role lacks detainee",
      "grading-3x5x2-handling is [P]; expected exactly [P, C]",
    ]);
  });

  it("suspectedFalse notices a moved flag", () => {
    const doc = copy(taxonomy);
    for (const c of doc.codeSets["grading-5x5x5-intelligence"].concepts) c.suspectedFalse = c.code === "4";
    expect(suspectedFalseProblems(doc)).toEqual(["5x5x5 suspectedFalse is [4], expected [5]"]);
  });

  it("risk notices a moved band, an unexplained crosswalk and a London category marked verified", () => {
    const doc = copy(taxonomy);
    const seraf2 = doc.codeSets["risk-seraf"].concepts.find((c) => c.code === "2");
    const london1 = doc.codeSets["risk-london"].concepts.find((c) => c.code === "1");
    if (!seraf2 || !london1) throw new Error("test setup");
    seraf2.scoreMax = 11;
    london1.mapsTo = { code: "low", relationship: "related-to", verified: true };
    expect(riskProblems(doc)).toEqual([
      "SERAF 2 scores 6-11, expected 6-10",
      "risk-london 1: a related-to mapping has no comment",
      "risk-london 1 is marked verified; DOMAIN.md cannot support that",
    ]);
  });
});
