// What each audit finding looks like in the evaluated records, worked out here from the
// definitions in the issue, so the tests can say a story shows the findings it claims
// without depending on the `audit` command itself.
import { getConcept, type MarkerKindCode } from "@cse-flags/core";
import type { EvaluatedRecord } from "./evaluate-exports.js";
import type { FindingCode } from "./story.js";

/** An evaluated record and the person its story is about. */
export interface StoryRecord {
  readonly evaluated: EvaluatedRecord;
  readonly person: string;
}

/** The marker kinds a record carries, whatever their subject. */
export const carriedKinds = ({ record }: EvaluatedRecord): Set<MarkerKindCode> =>
  new Set(record.markers.map((marker) => marker.kind));

/** The marker kinds the policy proposes on one person. */
export const proposedKinds = ({ decision }: EvaluatedRecord, person: string): Set<MarkerKindCode> =>
  new Set(
    decision.proposals
      .filter((proposal) => proposal.subject.type === "person" && proposal.subject.ref === person)
      .map((proposal) => proposal.kind),
  );

/** The marker kinds the policy proposes on anything in the record. */
const proposedAnywhere = ({ decision }: EvaluatedRecord): Set<MarkerKindCode> =>
  new Set(decision.proposals.map((proposal) => proposal.kind));

/**
 * Supporting facts for CSE on a child: a sexual-element sign on them. Shared signs (going
 * missing, staying out late) support CCE as much, and every missing episode holds one.
 */
function holdsCseSigns({ record }: EvaluatedRecord, person: string): boolean {
  return record.indicators.some((indicator) => {
    if (indicator.personRef !== person) return false;
    const indicatorClass = getConcept("indicator", indicator.code)?.class;
    return indicatorClass === "sexual-element";
  });
}

/**
 * One kind carried where the policy proposes the other for the person and not the carried
 * one. A record that carries a kind the policy also proposes is not confused about it, even
 * when it lacks another kind (that is a missing marker).
 */
function confuses(r: StoryRecord, carried: MarkerKindCode, proposed: MarkerKindCode): boolean {
  const proposes = proposedKinds(r.evaluated, r.person);
  return carriedKinds(r.evaluated).has(carried) && proposes.has(proposed) && !proposes.has(carried);
}

type Sign = (records: readonly StoryRecord[], everyRecord: readonly EvaluatedRecord[]) => boolean;

const signs: Readonly<Record<FindingCode, Sign>> = {
  "missing-marker": (records) =>
    records.some((r) =>
      [...proposedKinds(r.evaluated, r.person)].some((k) => !carriedKinds(r.evaluated).has(k)),
    ),
  "unsupported-marker": (records) =>
    records.some((r) => [...carriedKinds(r.evaluated)].some((k) => !proposedAnywhere(r.evaluated).has(k))),
  "cse-cce-confusion": (records) =>
    records.some((r) => confuses(r, "CSE", "CCE") || confuses(r, "CCE", "CSE")),
  "cse-csa-confusion": (records) =>
    records.some((r) => confuses(r, "CSE", "CSA") || confuses(r, "CSA", "CSE")),
  "cross-system-disagreement": (records) =>
    records.some(
      (carrier) =>
        carriedKinds(carrier.evaluated).has("CSE") &&
        records.some(
          (other) =>
            other.person === carrier.person &&
            other.evaluated.system !== carrier.evaluated.system &&
            !carriedKinds(other.evaluated).has("CSE") &&
            (proposedKinds(other.evaluated, other.person).has("CSE") ||
              holdsCseSigns(other.evaluated, other.person)),
        ),
    ),
  "age-unknown": (records) =>
    records.some((r) => r.evaluated.decision.dataQuality.some((note) => note.code === "age-unknown")),
  "unmapped-code": (records) => records.some((r) => r.evaluated.record.unmappedCodes.length > 0),
  "unlinked-record": (records, everyRecord) =>
    records.some((r) => {
      const people = new Set(r.evaluated.record.persons.map((p) => p.ref));
      return !everyRecord.some(
        (other) => other.system !== r.evaluated.system && other.record.persons.some((p) => people.has(p.ref)),
      );
    }),
};

/** Whether a story's records show a finding, judged against every record of every system. */
export const showsFinding = (
  code: FindingCode,
  records: readonly StoryRecord[],
  everyRecord: readonly EvaluatedRecord[],
): boolean => signs[code](records, everyRecord);

export const findingCodes = Object.keys(signs) as FindingCode[];
