import { higherRisk } from "../risk.js";
import type { CanonicalRecord } from "../schemas/canonical-record.js";
import type { Subject } from "../schemas/subject.js";
import {
  type MarkerKindCode,
  type MarkerQualifierCode,
  markerKindCodes,
  markerQualifierCodes,
  type PersonRoleCode,
  type RiskLevelCode,
} from "../taxonomy/codes.generated.js";
import { canonicalizeRecord, compareKeys } from "./canonical-order.js";
import type { DataQualityNote, Decision, FiredRule, Proposal, ReviewNote } from "./decision.js";
import { RecordFacts } from "./record-facts.js";
import type { PersonTest, RecordTest } from "./verdict.js";

export type CompiledSelector =
  | { readonly type: "record" }
  | { readonly type: "person"; readonly where: PersonTest; readonly as: PersonRoleCode }
  | { readonly type: "location"; readonly roles: ReadonlySet<string> | undefined }
  | { readonly type: "vehicle" };

interface Compiled {
  readonly fired: FiredRule;
  /** Record kinds the entry applies to; `undefined` for every kind. */
  readonly appliesTo: ReadonlySet<string> | undefined;
}

export interface CompiledRule extends Compiled {
  readonly when: RecordTest;
  readonly outcomes: readonly {
    readonly kind: MarkerKindCode;
    readonly qualifiers: readonly MarkerQualifierCode[];
    readonly subject: CompiledSelector;
    readonly minimumRiskLevel: RiskLevelCode | undefined;
  }[];
}

export interface CompiledHold extends Compiled {
  readonly when: RecordTest;
  readonly note: string;
}

export interface CompiledQualifierRule extends Compiled {
  readonly when: RecordTest;
  readonly kinds: ReadonlySet<string>;
  readonly qualifier: MarkerQualifierCode;
}

export interface CompiledRiskFloor {
  readonly fired: FiredRule;
  readonly subjectRoles: ReadonlySet<string>;
  readonly where: PersonTest;
  readonly atLeast: RiskLevelCode;
}

/** Everything `evaluate` needs, built once by `compilePolicy`. */
export interface CompiledParts {
  readonly header: Decision["policy"];
  readonly taxonomyVersion: string;
  readonly rules: readonly CompiledRule[];
  readonly holds: readonly CompiledHold[];
  readonly qualifierRules: readonly CompiledQualifierRule[];
  readonly riskFloors: readonly CompiledRiskFloor[];
}

interface Draft {
  readonly kind: MarkerKindCode;
  readonly subject: Subject;
  readonly qualifiers: Set<MarkerQualifierCode>;
  readonly rules: Map<string, FiredRule>;
  readonly evidence: Set<string>;
  risk: RiskLevelCode | undefined;
}

const subjectOrder = ["record", "person", "location", "vehicle"] as const;
const subjectKey = (subject: Subject): string[] => [
  String(subjectOrder.indexOf(subject.type)),
  "ref" in subject ? subject.ref : "",
  subject.type === "person" ? subject.role : "",
];
const kindRank = (kind: MarkerKindCode): string => String(markerKindCodes.indexOf(kind)).padStart(3, "0");
const applies = (entry: Compiled, record: CanonicalRecord): boolean =>
  entry.appliesTo === undefined || entry.appliesTo.has(record.kind);

/** The subjects an outcome selects, each with the evidence that selected it. */
function* selectSubjects(
  selector: CompiledSelector,
  facts: RecordFacts,
): Generator<{ subject: Subject; evidence: readonly string[] }> {
  const { record } = facts;
  if (selector.type === "record") {
    yield { subject: { type: "record" }, evidence: [] };
  } else if (selector.type === "person") {
    for (let p = 0; p < record.persons.length; p += 1) {
      const verdict = selector.where(facts, p);
      const person = record.persons[p];
      if (verdict.truth === true && person) {
        yield { subject: { type: "person", ref: person.ref, role: selector.as }, evidence: verdict.evidence };
      }
    }
  } else if (selector.type === "location") {
    for (const [l, location] of record.locations.entries()) {
      if (selector.roles === undefined || selector.roles.has(location.role)) {
        yield {
          subject: { type: "location", ref: location.ref },
          evidence: [`/locations/${l}/role`],
        };
      }
    }
  } else {
    for (const [v, vehicle] of record.vehicles.entries()) {
      yield {
        subject: { type: "vehicle", ref: vehicle.ref },
        evidence: [`/vehicles/${v}`],
      };
    }
  }
}

/**
 * Roles folded into a more specific role the same person has for the same marker kind.
 * The taxonomy's person at risk is at risk "without being recorded as a victim", so a
 * person a rule makes a victim subject gets one proposal of that kind, as victim, not two.
 */
const foldedInto: ReadonlyMap<PersonRoleCode, PersonRoleCode> = new Map([["person-at-risk", "victim"]]);

const draftKey = (kind: MarkerKindCode, subject: Subject): string =>
  [kind, ...subjectKey(subject)].join("\u0000");

/** Collects proposals, merging those with the same kind and subject. */
class Drafts {
  private readonly byKey = new Map<string, Draft>();

  add(kind: MarkerKindCode, subject: Subject, rule: FiredRule, evidence: readonly string[]): Draft {
    const key = draftKey(kind, subject);
    let draft = this.byKey.get(key);
    if (!draft) {
      draft = {
        kind,
        subject,
        qualifiers: new Set(),
        rules: new Map(),
        evidence: new Set(),
        risk: undefined,
      };
      this.byKey.set(key, draft);
    }
    addRule(draft, rule, evidence);
    return draft;
  }

  /** Moves each draft whose role folds into another the person has for that kind into that draft. */
  foldRoles(): void {
    for (const [key, draft] of this.byKey) {
      if (draft.subject.type !== "person") continue;
      const role = foldedInto.get(draft.subject.role);
      const target = role && this.byKey.get(draftKey(draft.kind, { ...draft.subject, role }));
      if (!target) continue;
      for (const [ruleKey, rule] of draft.rules) target.rules.set(ruleKey, rule);
      for (const path of draft.evidence) target.evidence.add(path);
      for (const qualifier of draft.qualifiers) target.qualifiers.add(qualifier);
      target.risk = higherRisk(target.risk, draft.risk);
      this.byKey.delete(key);
    }
  }

  all(): Draft[] {
    return [...this.byKey.values()];
  }
}

function addRule(draft: Draft, rule: FiredRule, evidence: readonly string[]): void {
  draft.rules.set(`${rule.layer}\u0000${rule.id}`, rule);
  for (const path of evidence) draft.evidence.add(path);
}

const sortedEvidence = (evidence: Iterable<string>): string[] => [...new Set(evidence)].sort();

/** Sorting and output helpers for one compiled policy, built once. */
function outputHelpers(parts: CompiledParts) {
  const layerRank = new Map(parts.header.layers.map((layer, i) => [layer.id, String(i).padStart(3, "0")]));
  const sortRules = (rules: Iterable<FiredRule>): FiredRule[] =>
    [...rules].sort((a, b) =>
      compareKeys([layerRank.get(a.layer) ?? "", a.id], [layerRank.get(b.layer) ?? "", b.id]),
    );
  const sortDrafts = (drafts: Draft[]): Draft[] =>
    drafts.sort((a, b) =>
      compareKeys([...subjectKey(a.subject), kindRank(a.kind)], [...subjectKey(b.subject), kindRank(b.kind)]),
    );
  const toProposal = (draft: Draft): Proposal => ({
    kind: draft.kind,
    qualifiers: markerQualifierCodes.filter((code) => draft.qualifiers.has(code)),
    subject: draft.subject,
    status: "suspected",
    ...(draft.risk === undefined ? {} : { minimumRiskLevel: draft.risk }),
    rules: sortRules(draft.rules.values()),
    evidence: sortedEvidence(draft.evidence),
  });
  return { sortRules, sortDrafts, toProposal };
}

/**
 * The evaluation function for compiled policy parts. Deterministic: each record is put
 * in canonical order first, and every list in the decision is sorted.
 */
export function createEvaluator(parts: CompiledParts): (record: CanonicalRecord) => Decision {
  const helpers = outputHelpers(parts);
  return (record) => evaluateRecord(parts, helpers, record);
}

function evaluateRecord(
  parts: CompiledParts,
  { sortRules, sortDrafts, toProposal }: ReturnType<typeof outputHelpers>,
  input: CanonicalRecord,
): Decision {
  const record = canonicalizeRecord(input);
  const facts = new RecordFacts(record);

  const holds: { hold: CompiledHold; evidence: readonly string[] }[] = [];
  for (const hold of parts.holds) {
    if (!applies(hold, record)) continue;
    const verdict = facts.underRule(hold.fired, () => hold.when(facts));
    if (verdict.truth === true) holds.push({ hold, evidence: verdict.evidence });
  }

  const drafts = new Drafts();
  for (const rule of parts.rules) {
    if (!applies(rule, record)) continue;
    facts.underRule(rule.fired, () => {
      const verdict = rule.when(facts);
      if (verdict.truth !== true) return;
      for (const outcome of rule.outcomes) {
        for (const { subject, evidence } of selectSubjects(outcome.subject, facts)) {
          const draft = drafts.add(outcome.kind, subject, rule.fired, [...verdict.evidence, ...evidence]);
          for (const qualifier of outcome.qualifiers) draft.qualifiers.add(qualifier);
          draft.risk = higherRisk(draft.risk, outcome.minimumRiskLevel);
        }
      }
    });
  }

  drafts.foldRoles();
  const proposed = drafts.all();
  for (const rule of parts.qualifierRules) {
    if (!applies(rule, record) || !proposed.some((draft) => rule.kinds.has(draft.kind))) continue;
    const verdict = facts.underRule(rule.fired, () => rule.when(facts));
    if (verdict.truth !== true) continue;
    for (const draft of proposed) {
      if (!rule.kinds.has(draft.kind)) continue;
      draft.qualifiers.add(rule.qualifier);
      addRule(draft, rule.fired, verdict.evidence);
    }
  }
  for (const floor of parts.riskFloors) {
    for (const draft of proposed) {
      if (draft.subject.type !== "person" || !floor.subjectRoles.has(draft.subject.role)) continue;
      const person = facts.personIndex.get(draft.subject.ref);
      if (person === undefined) continue;
      const verdict = facts.underRule(floor.fired, () => floor.where(facts, person));
      if (verdict.truth !== true) continue;
      draft.risk = higherRisk(draft.risk, floor.atLeast);
      addRule(draft, floor.fired, verdict.evidence);
    }
  }

  const ordered = sortDrafts(proposed);
  const reviewNotes: ReviewNote[] = holds.map(({ hold, evidence }) => ({
    code: hold.note,
    hold: hold.fired,
    evidence: sortedEvidence(evidence),
    withheld: ordered.map((draft) => ({
      kind: draft.kind,
      subject: draft.subject,
      rules: sortRules(draft.rules.values()),
    })),
  }));
  const dataQuality: DataQualityNote[] = facts
    .collectedNotes()
    .map((note) => ({ code: note.code, path: note.path, rules: sortRules(note.rules) }))
    .sort((a, b) => compareKeys([a.path, a.code], [b.path, b.code]));

  return {
    record: {
      kind: record.kind,
      force: record.source.force,
      system: record.source.system,
      recordId: record.source.recordId,
    },
    taxonomyVersion: parts.taxonomyVersion,
    policy: parts.header,
    proposals: holds.length > 0 ? [] : ordered.map(toProposal),
    reviewNotes,
    dataQuality,
  };
}
