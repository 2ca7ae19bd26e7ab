import { conceptsOf, type IndicatorCode, type MarkerStatusCode } from "@cse-flags/core";
import type { AuditFacts, AuditMarker, AuditSubject } from "./audit-model.js";

/** Statuses a person set to say the marker no longer stands. */
const decidedAgainst: ReadonlySet<MarkerStatusCode> = new Set(["rejected", "withdrawn", "expired"]);

/** Whether a carried marker stands: it counts unless a person rejected, withdrew or expired it. */
export const counts = (marker: AuditMarker): boolean =>
  marker.status === undefined || !decidedAgainst.has(marker.status);

export const sameSubject = (a: AuditSubject, b: AuditSubject): boolean => {
  if (a.type !== b.type) return false;
  if (a.type === "record") return true;
  if (a.type === "person") return b.type === "person" && a.person === b.person;
  return b.type !== "record" && b.type !== "person" && a.index === b.index;
};

/** Whether a marker is on this person, or on the record as a whole (which stands for everyone on it). */
export const coversPerson = (marker: AuditMarker, person: number): boolean =>
  marker.subject.type === "record" || (marker.subject.type === "person" && marker.subject.person === person);

/** A subject as reports show it: `record`, or a pointer such as `/persons/0` into the canonical record. */
export function subjectPath(subject: AuditSubject): string {
  switch (subject.type) {
    case "record":
      return "record";
    case "person":
      return `/persons/${subject.person}`;
    case "location":
      return `/locations/${subject.index}`;
    case "vehicle":
      return `/vehicles/${subject.index}`;
  }
}

/** A CSE marker the record carries and that counts. */
export const carriesCse = (facts: AuditFacts): boolean =>
  facts.carried.some((marker) => marker.kind === "CSE" && counts(marker));

export const proposesCse = (facts: AuditFacts): boolean =>
  facts.proposed.some((marker) => marker.kind === "CSE");

/** A CSE-related record: it carries a CSE marker that counts, or the policy proposes one. */
export const isCseRelated = (facts: AuditFacts): boolean => carriesCse(facts) || proposesCse(facts);

/** Indicator classes that point at sexual exploitation itself, not general vulnerability or crime. */
const cseSignClasses: ReadonlySet<string> = new Set(["sexual-element", "shared-exploitation-sign"]);
const cseSigns: ReadonlySet<string> = new Set(
  conceptsOf("indicator")
    .filter((concept) => cseSignClasses.has(concept.class))
    .map((concept) => concept.code),
);

/** Whether an indicator's taxonomy class is `sexual-element` or `shared-exploitation-sign`. */
export const isCseSign = (code: IndicatorCode): boolean => cseSigns.has(code);

const sexualSigns: ReadonlySet<string> = new Set(
  conceptsOf("indicator")
    .filter((concept) => concept.class === "sexual-element")
    .map((concept) => concept.code),
);

/**
 * Whether an indicator's taxonomy class is `sexual-element`: a sign of sexual exploitation
 * itself. Shared signs (going missing, staying out late) point at criminal exploitation as
 * much, and every missing-person record holds one, so they alone support no CSE marker.
 */
export const isSexualSign = (code: IndicatorCode): boolean => sexualSigns.has(code);
