import type { MarkerKindCode } from "@cse-flags/core";
import type { AuditedRecord, AuditMarker, AuditSubject, Finding, FindingCode } from "./audit-model.js";
import { counts, sameSubject, subjectPath } from "./marker-queries.js";

/**
 * A carried marker and a proposal match when they are of one kind and on one subject; a
 * marker carried on the record as a whole stands for every subject on it. The same test
 * says a proposal is not missing and a carried marker is not unsupported.
 */
/** A subject in a sentence: `the record as a whole`, or the JSON Pointer to the person, location or vehicle. */
const subjectWords = (subject: AuditSubject): string =>
  subject.type === "record" ? "the record as a whole" : subjectPath(subject);

const matches = (proposal: AuditMarker, carried: AuditMarker): boolean =>
  proposal.kind === carried.kind &&
  // A record-level proposal is met by the kind on anyone in the record: systems that flag
  // people rather than crimes have flagged the record.
  (carried.subject.type === "record" ||
    proposal.subject.type === "record" ||
    sameSubject(proposal.subject, carried.subject));

/** Pairs of kinds that published reviews found recorded one for the other (IICSA: Durham, London). */
function confusionCode(carried: MarkerKindCode, proposed: MarkerKindCode): FindingCode | undefined {
  const pair = new Set([carried, proposed]);
  if (!pair.has("CSE")) return undefined;
  if (pair.has("CCE")) return "cse-cce-confusion";
  if (pair.has("CSA")) return "cse-csa-confusion";
  return undefined;
}

/**
 * The marker findings of one record: proposals it lacks, carried markers the policy does
 * not propose, and the two read together as CSE/CCE or CSE/CSA confusion. `personOf`
 * gives the linked person's number for each of the record's persons, when known.
 */
export function findMarkerFindings(record: AuditedRecord, personOf: readonly number[] = []): Finding[] {
  const { facts, place } = record;
  const missing = facts.proposed.filter((proposal) => !facts.carried.some((c) => matches(proposal, c)));
  const unsupported = facts.carried
    .map((marker, index) => ({ marker, index }))
    .filter(({ marker }) => counts(marker) && !facts.proposed.some((p) => matches(p, marker)));

  const linkedPerson = (subject: AuditSubject): { person?: number } => {
    const n = subject.type === "person" ? personOf[subject.person] : undefined;
    return n === undefined ? {} : { person: n };
  };
  const at = (subject: AuditSubject, role: string) => ({ ...place, subject: subjectPath(subject), role });

  // Confusion pairs first: each unsupported carried marker takes the first missing proposal
  // it pairs with (same subject, or carried on the whole record), and the pair is one finding.
  const paired = new Set<AuditMarker>();
  const pairedCarried = new Set<number>();
  const confusions: Finding[] = [];
  for (const { marker: carried, index } of unsupported) {
    for (const proposal of missing) {
      const code = confusionCode(carried.kind, proposal.kind);
      const sameThing = carried.subject.type === "record" || sameSubject(carried.subject, proposal.subject);
      if (code === undefined || !sameThing || paired.has(proposal)) continue;
      paired.add(proposal);
      pairedCarried.add(index);
      confusions.push({
        code,
        category: "confusion",
        severity: "high",
        message: `The record carries ${carried.kind} where the policy proposes ${proposal.kind}: a possible ${code === "cse-cce-confusion" ? "CSE/CCE" : "CSE/CSA"} confusion, for a person to review.`,
        markers: [carried.kind, proposal.kind],
        ...linkedPerson(proposal.subject),
        records: [at(proposal.subject, `carries ${carried.kind}, proposes ${proposal.kind}`)],
        rules: proposal.rules,
        evidence: [`/markers/${index}`, ...proposal.evidence],
      });
      break;
    }
  }

  const findings: Finding[] = [];
  for (const proposal of missing) {
    if (paired.has(proposal)) continue;
    findings.push({
      code: "missing-marker",
      category: "marker",
      severity: proposal.kind === "CSE" ? "high" : "medium",
      message: `The policy proposes ${proposal.kind} on ${subjectWords(proposal.subject)}, which the record does not carry.`,
      markers: [proposal.kind],
      ...linkedPerson(proposal.subject),
      records: [at(proposal.subject, `lacks ${proposal.kind}, proposes ${proposal.kind}`)],
      rules: proposal.rules,
      evidence: proposal.evidence,
    });
  }
  for (const { marker, index } of unsupported) {
    if (pairedCarried.has(index)) continue;
    findings.push({
      code: "unsupported-marker",
      category: "marker",
      severity: "medium",
      message: `The record carries ${marker.kind} on ${subjectWords(marker.subject)}, which the policy does not propose: a candidate misrecording for a person to review. It is never removed automatically.`,
      markers: [marker.kind],
      ...linkedPerson(marker.subject),
      records: [at(marker.subject, `carries ${marker.kind}, not proposed`)],
      rules: [],
      // Carried markers keep the record's order (see extract-facts), so this points at the marker.
      evidence: [`/markers/${index}`],
    });
  }
  return [...findings, ...confusions];
}
