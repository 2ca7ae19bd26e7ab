// A shared accept/reject corpus: the same inputs go through core's zod schemas and these
// codecs, which must agree with each other and with the expected verdict. All data is synthetic.
import { compilePolicy, nationalPolicy } from "@cse-flags/core";
import { exampleOverlay, exampleRecords } from "../arbitraries.js";

export interface CorpusCase {
  readonly name: string;
  readonly input: unknown;
  readonly accept: boolean;
}

type Json = Record<string, unknown>;
const [crime, custody, intelligence, missing] = exampleRecords as Json[];
const record = crime as Json;
const edit = (base: unknown, change: (copy: Json) => void): Json => {
  const copy = structuredClone(base) as Json;
  change(copy);
  return copy;
};
const person = (copy: Json, i = 0) => (copy.persons as Json[])[i] as Json;

export const recordCases: readonly CorpusCase[] = [
  { name: "example crime record", input: crime, accept: true },
  { name: "example custody record", input: custody, accept: true },
  { name: "example intelligence record", input: intelligence, accept: true },
  { name: "example missing-person record", input: missing, accept: true },
  {
    name: "a local x- record kind",
    input: edit(record, (r) => {
      r.kind = "x-local-kind";
    }),
    accept: true,
  },
  {
    name: "an unknown record kind",
    input: edit(record, (r) => {
      r.kind = "burglary";
    }),
    accept: false,
  },
  {
    name: "a missing classification",
    input: edit(record, (r) => {
      delete r.classification;
    }),
    accept: false,
  },
  {
    name: "an unknown top-level key",
    input: edit(record, (r) => {
      r.notes = "CHILD-A";
    }),
    accept: false,
  },
  {
    name: "an impossible date",
    input: edit(record, (r) => {
      r.recordedAt = "2026-02-30";
    }),
    accept: false,
  },
  {
    name: "a date-time without seconds",
    input: edit(record, (r) => {
      r.recordedAt = "2026-03-16T10:00Z";
    }),
    accept: false,
  },
  {
    name: "a date-time without an offset",
    input: edit(record, (r) => {
      r.recordedAt = "2026-03-16T10:00:00";
    }),
    accept: false,
  },
  {
    name: "a leap day",
    input: edit(record, (r) => {
      r.recordedAt = "2028-02-29";
    }),
    accept: true,
  },
  {
    name: "a fractional age",
    input: edit(record, (r) => {
      person(r).ageAtEvent = 12.5;
    }),
    accept: false,
  },
  {
    name: "an age of 131",
    input: edit(record, (r) => {
      delete person(r).dateOfBirth;
      person(r).ageAtEvent = 131;
    }),
    accept: false,
  },
  {
    name: "an age of 130",
    input: edit(record, (r) => {
      delete person(r).dateOfBirth;
      person(r).ageAtEvent = 130;
    }),
    accept: true,
  },
  {
    name: "a person without roles",
    input: edit(record, (r) => {
      person(r).roles = [];
    }),
    accept: false,
  },
  {
    name: "a role listed twice (unique-refs)",
    input: edit(record, (r) => {
      person(r).roles = ["victim", "victim"];
    }),
    accept: false,
  },
  {
    name: "an indicator naming no person on the record (refs-resolve)",
    input: edit(record, (r) => {
      ((r.indicators as Json[])[0] as Json).personRef = "NOBODY-X";
    }),
    accept: false,
  },
  {
    name: "an offence without a code (offence-has-code)",
    input: edit(record, (r) => {
      r.offences = [{ ref: "OFF-1" }];
    }),
    accept: false,
  },
  {
    name: "an intelligence record without details (kind-details)",
    input: edit(intelligence, (r) => {
      delete r.intelligence;
    }),
    accept: false,
  },
  {
    name: "an event ending before it starts (times-in-order)",
    input: edit(record, (r) => {
      r.event = { start: "2026-03-14", end: "2026-03-13" };
    }),
    accept: false,
  },
  {
    name: "an age that disagrees with the date of birth (ages-agree)",
    input: edit(record, (r) => {
      person(r).dateOfBirth = "2011-09-02";
      person(r).ageAtEvent = 3;
    }),
    accept: false,
  },
  {
    name: "a Home Office code with a leading zero",
    input: edit(record, (r) => {
      r.offences = [{ homeOffice: { code: "071" } }];
    }),
    accept: false,
  },
  { name: "an array, not a record", input: [record], accept: false },
  { name: "null", input: null, accept: false },
];

const marker = {
  id: "MK-0001",
  kind: "CSE",
  qualifiers: ["online"],
  subject: { type: "person", ref: "CHILD-A", role: "victim" },
  record: { force: "force-x", system: "crime-sys", recordId: "CR-0001" },
  status: "confirmed",
  riskLevel: "high",
  minimumRiskLevel: "medium",
  taxonomyVersion: "1.0.0",
  history: [
    {
      action: "propose",
      at: "2026-03-16T10:00:00Z",
      actor: { type: "system", id: "engine", version: "1.0.0" },
      ruleIds: ["national:cse-defining-offence"],
    },
    {
      action: "confirm",
      at: "2026-03-17T09:30:00+00:00",
      actor: { type: "reviewer", id: "REVIEWER-X" },
      reason: "Synthetic: reviewed",
    },
  ],
};
const step = (copy: Json, i: number) => (copy.history as Json[])[i] as Json;

export const markerCases: readonly CorpusCase[] = [
  { name: "a confirmed marker", input: marker, accept: true },
  {
    name: "a status the history does not lead to",
    input: edit(marker, (m) => {
      m.status = "rejected";
    }),
    accept: false,
  },
  {
    name: "software confirming",
    input: edit(marker, (m) => {
      step(m, 1).actor = { type: "system", id: "engine" };
    }),
    accept: false,
  },
  {
    name: "a confirmation without a reason",
    input: edit(marker, (m) => {
      delete step(m, 1).reason;
    }),
    accept: false,
  },
  {
    name: "a reason of only spaces",
    input: edit(marker, (m) => {
      step(m, 1).reason = "   ";
    }),
    accept: false,
  },
  {
    name: "history out of time order",
    input: edit(marker, (m) => {
      step(m, 1).at = "2026-03-15T09:30:00Z";
    }),
    accept: false,
  },
  {
    name: "a risk level below the minimum",
    input: edit(marker, (m) => {
      m.riskLevel = "low";
    }),
    accept: false,
  },
  {
    name: "a qualifier listed twice",
    input: edit(marker, (m) => {
      m.qualifiers = ["online", "online"];
    }),
    accept: false,
  },
  {
    name: "an empty history",
    input: edit(marker, (m) => {
      m.history = [];
    }),
    accept: false,
  },
  {
    name: "an unknown subject type",
    input: edit(marker, (m) => {
      m.subject = { type: "building", ref: "B-1" };
    }),
    accept: false,
  },
  {
    name: "a reviewer with a version",
    input: edit(marker, (m) => {
      step(m, 1).actor = { type: "reviewer", id: "REVIEWER-X", version: "1.0.0" };
    }),
    accept: false,
  },
];

export const transitionCases: readonly CorpusCase[] = [
  { name: "a proposal", input: marker.history[0], accept: true },
  { name: "a confirmation", input: marker.history[1], accept: true },
  { name: "a date without a time", input: { ...marker.history[1], at: "2026-03-17" }, accept: false },
  { name: "an unknown action", input: { ...marker.history[1], action: "approve" }, accept: false },
  {
    name: "a reason over 2000 characters",
    input: { ...marker.history[1], reason: "x".repeat(2001) },
    accept: false,
  },
];

const policy = nationalPolicy as unknown as Json;
const firstRule = (copy: Json) => (copy.rules as Json[])[0] as Json;
const parameters = (copy: Json) => copy.parameters as Json;

export const policyCases: readonly CorpusCase[] = [
  { name: "the national policy", input: policy, accept: true },
  {
    name: "no rules",
    input: edit(policy, (p) => {
      p.rules = [];
    }),
    accept: false,
  },
  {
    name: "an integer parameter outside its limits",
    input: edit(policy, (p) => {
      (parameters(p)["repeat-missing-episodes"] as Json).value = 50;
    }),
    accept: false,
  },
  {
    name: "a parameter name in capitals",
    input: edit(policy, (p) => {
      parameters(p).Upper = parameters(p)["repeat-missing-episodes"];
    }),
    accept: false,
  },
  {
    name: "an indicator match naming nothing",
    input: edit(policy, (p) => {
      firstRule(p).when = { indicator: { except: ["bullying"] } };
    }),
    accept: false,
  },
  {
    name: "an offence match naming nothing",
    input: edit(policy, (p) => {
      firstRule(p).when = { offence: {} };
    }),
    accept: false,
  },
  {
    name: "an age test without bounds",
    input: edit(policy, (p) => {
      firstRule(p).when = { person: { age: {} } };
    }),
    accept: false,
  },
  {
    name: "a deeply nested condition",
    input: edit(policy, (p) => {
      firstRule(p).when = { not: { any: [{ all: [{ person: { not: { juvenile: true } } }] }] } };
    }),
    accept: true,
  },
  {
    name: "a condition with two tests in one object",
    input: edit(policy, (p) => {
      firstRule(p).when = { offence: { classes: ["cse-defining"] }, indicator: { exchange: true } };
    }),
    accept: false,
  },
  {
    name: "a grading match mixing schemes",
    input: edit(policy, (p) => {
      firstRule(p).when = { grading: { scheme: "5x5x5", intelligence: ["E"] } };
    }),
    accept: false,
  },
  {
    name: "a proposal that is not suspected",
    input: edit(policy, (p) => {
      ((firstRule(p).propose as Json[])[0] as Json).status = "confirmed";
    }),
    accept: false,
  },
];

export const overlayCases: readonly CorpusCase[] = [
  { name: "the example overlay", input: exampleOverlay, accept: true },
  {
    name: "no extends",
    input: edit(exampleOverlay, (o) => {
      delete o.extends;
    }),
    accept: false,
  },
  {
    name: "a parameter value out of range",
    input: edit(exampleOverlay, (o) => {
      o.parameters = { "repeat-missing-episodes": 10_001 };
    }),
    accept: false,
  },
  {
    name: "a heading in lower case",
    input: edit(exampleOverlay, (o) => {
      o.parameters = { "cse-operation-headings": ["striver"] };
    }),
    accept: false,
  },
  {
    name: "holds (overlays cannot add them)",
    input: edit(exampleOverlay, (o) => {
      o.holds = [];
    }),
    accept: false,
  },
];

const conceptMap = {
  id: "force-x-flags",
  version: "1.0.0",
  source: "force-x/flags",
  target: "indicator",
  entries: [
    { code: "CSE1", target: "exchange-gifts", relationship: "equivalent" },
    { code: "MISC", noMap: true, comment: "Synthetic: too broad to map" },
  ],
};

export const conceptMapCases: readonly CorpusCase[] = [
  { name: "a small concept map", input: conceptMap, accept: true },
  { name: "an unknown target code set", input: { ...conceptMap, target: "flags" }, accept: false },
  {
    name: "a code with a space at its end",
    input: {
      ...conceptMap,
      entries: [{ code: "CSE1 ", target: "exchange-gifts", relationship: "equivalent" }],
    },
    accept: false,
  },
  {
    name: "a blank comment",
    input: { ...conceptMap, entries: [{ code: "MISC", noMap: true, comment: "  " }] },
    accept: false,
  },
  {
    name: "a version with a pre-release tag",
    input: { ...conceptMap, version: "1.0.0-beta" },
    accept: false,
  },
];

// A decision core's engine made for the example crime record, and edits of it.
const compiledNational = compilePolicy(nationalPolicy);
if (!compiledNational.ok) throw new Error("The national policy does not compile");
const decision = compiledNational.value.evaluate(crime as never) as unknown as Json;
const firstProposal = (copy: Json) => (copy.proposals as Json[])[0] as Json;

export const decisionCases: readonly CorpusCase[] = [
  { name: "the decision for the example crime record", input: decision, accept: true },
  {
    name: "a proposal that is already confirmed",
    input: edit(decision, (d) => {
      firstProposal(d).status = "confirmed";
    }),
    accept: false,
  },
  {
    name: "a proposal with no rule behind it",
    input: edit(decision, (d) => {
      firstProposal(d).rules = [];
    }),
    accept: false,
  },
  {
    name: "evidence that is not a JSON Pointer",
    input: edit(decision, (d) => {
      firstProposal(d).evidence = ["persons/0"];
    }),
    accept: false,
  },
  {
    name: "an unknown data quality code",
    input: edit(decision, (d) => {
      d.dataQuality = [{ code: "age-guessed", path: "/persons/0", rules: [] }];
    }),
    accept: false,
  },
  {
    name: "no policy layers",
    input: edit(decision, (d) => {
      (d.policy as Json).layers = [];
    }),
    accept: false,
  },
  {
    name: "an unknown key on the decision",
    input: edit(decision, (d) => {
      d.reviewer = "REVIEWER-A";
    }),
    accept: false,
  },
];
