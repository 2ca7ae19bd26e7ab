import type { CanonicalRecord } from "../schemas/canonical-record.js";
import type { Subject } from "../schemas/subject.js";
import { canonicalizeRecord } from "./canonical-order.js";
import type { Decision, FiredRule } from "./decision.js";

const ruleNames = (rules: readonly FiredRule[]): string =>
  rules.map((rule) => `${rule.layer}:${rule.id}`).join(", ");

/**
 * One line per proposal, review note and data-quality note, built from codes, rule
 * ids and evidence paths only. Subjects are named by their path in the canonical
 * record (`/persons/0`), never by a reference from the record, so the lines are
 * safe to print and log.
 */
export function explainDecision(decision: Decision, record: CanonicalRecord): string[] {
  const canonical = canonicalizeRecord(record);
  const at = (list: "persons" | "locations" | "vehicles", ref: string): string => {
    const index = canonical[list].findIndex((item) => item.ref === ref);
    return index < 0 ? "(not on this record)" : `/${list}/${index}`;
  };
  const pathOf = (subject: Subject): string => {
    switch (subject.type) {
      case "record":
        return "the record";
      case "person":
        return `person ${at("persons", subject.ref)} as ${subject.role}`;
      case "location":
        return `location ${at("locations", subject.ref)}`;
      case "vehicle":
        return `vehicle ${at("vehicles", subject.ref)}`;
    }
  };
  const lines: string[] = [];
  for (const proposal of decision.proposals) {
    const qualifiers = proposal.qualifiers.length > 0 ? ` [${proposal.qualifiers.join(", ")}]` : "";
    const risk = proposal.minimumRiskLevel ? `, risk at least ${proposal.minimumRiskLevel}` : "";
    lines.push(
      `propose ${proposal.kind}${qualifiers} on ${pathOf(proposal.subject)}${risk}: ` +
        `rules ${ruleNames(proposal.rules)}; evidence ${proposal.evidence.join(" ") || "none"}`,
    );
  }
  for (const note of decision.reviewNotes) {
    lines.push(
      `review ${note.code} (${ruleNames([note.hold])}): ${note.withheld.length} proposal(s) withheld; ` +
        `evidence ${note.evidence.join(" ") || "none"}`,
    );
  }
  for (const note of decision.dataQuality) {
    lines.push(`data quality ${note.code} at ${note.path}: needed by ${ruleNames(note.rules) || "no rule"}`);
  }
  return lines;
}
