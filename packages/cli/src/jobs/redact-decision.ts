import { type CanonicalRecord, canonicalizeRecord, type Decision, type Subject } from "@cse-flags/core";

/** A subject named by where it is in the canonical record, never by its reference. */
export type SubjectAt =
  | { readonly type: "record" }
  | { readonly type: "person"; readonly at: string; readonly role: string }
  | { readonly type: "location" | "vehicle"; readonly at: string };

/**
 * A decision as the `--output json` report prints it: the same proposals, rules, evidence
 * paths and notes, with the record's id left out and each subject named by its JSON Pointer
 * (`/persons/0`) instead of its reference, so a report that leaves the force (a CI log, an
 * artifact) carries no value from a record. `--decisions <file>` writes decisions in full.
 */
export interface RedactedDecision {
  readonly record: Omit<Decision["record"], "recordId">;
  readonly taxonomyVersion: string;
  readonly policy: Decision["policy"];
  readonly proposals: readonly (Omit<Decision["proposals"][number], "subject"> & {
    readonly subject: SubjectAt;
  })[];
  readonly reviewNotes: readonly (Omit<Decision["reviewNotes"][number], "withheld"> & {
    readonly withheld: readonly (Omit<Decision["reviewNotes"][number]["withheld"][number], "subject"> & {
      readonly subject: SubjectAt;
    })[];
  })[];
  readonly dataQuality: Decision["dataQuality"];
}

export function redactDecision(decision: Decision, record: CanonicalRecord): RedactedDecision {
  const canonical = canonicalizeRecord(record);
  const at = (list: "persons" | "locations" | "vehicles", ref: string): string => {
    const index = canonical[list].findIndex((item) => item.ref === ref);
    // Never happens for a decision made from this record; a path that resolves nowhere says so without the ref.
    return index < 0 ? `/${list}/-` : `/${list}/${index}`;
  };
  const subjectAt = (subject: Subject): SubjectAt => {
    switch (subject.type) {
      case "record":
        return { type: "record" };
      case "person":
        return { type: "person", at: at("persons", subject.ref), role: subject.role };
      case "location":
        return { type: "location", at: at("locations", subject.ref) };
      case "vehicle":
        return { type: "vehicle", at: at("vehicles", subject.ref) };
    }
  };
  const { recordId: _withheld, ...recordFacts } = decision.record;
  return {
    record: recordFacts,
    taxonomyVersion: decision.taxonomyVersion,
    policy: decision.policy,
    proposals: decision.proposals.map((proposal) => ({ ...proposal, subject: subjectAt(proposal.subject) })),
    reviewNotes: decision.reviewNotes.map((note) => ({
      ...note,
      withheld: note.withheld.map((w) => ({ ...w, subject: subjectAt(w.subject) })),
    })),
    dataQuality: decision.dataQuality,
  };
}
