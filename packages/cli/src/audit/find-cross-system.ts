import { isKnownChild, knownBands } from "./age-queries.js";
import type { AuditedRecord, Finding, FindingRecord } from "./audit-model.js";
import type { Appearance, RecordLinks } from "./link-records.js";
import { counts, coversPerson, isSexualSign } from "./marker-queries.js";

const place = (record: AuditedRecord, person: number, role: string): FindingRecord => ({
  ...record.place,
  subject: `/persons/${person}`,
  role,
});

/** A CSE marker that counts, on this person or on the whole record. */
const carriesCseOn = (record: AuditedRecord, person: number): boolean =>
  record.facts.carried.some((m) => m.kind === "CSE" && counts(m) && coversPerson(m, person));

/** Any CSE marker on this person, in any status: a rejected one means a person has already decided. */
const hasAnyCseOn = (record: AuditedRecord, person: number): boolean =>
  record.facts.carried.some((m) => m.kind === "CSE" && coversPerson(m, person));

/** The facts in a record that support CSE for this person: a CSE proposal, or a sexual-element sign observed on them. */
function supportingFacts(
  record: AuditedRecord,
  person: number,
): { rules: string[]; evidence: string[] } | undefined {
  const proposals = record.facts.proposed.filter((m) => m.kind === "CSE" && coversPerson(m, person));
  // Indicators keep the canonical record's order (see extract-facts), so the index is a pointer.
  const signs = record.facts.indicators.flatMap((indicator, index) =>
    indicator.person === person && isSexualSign(indicator.code) ? [`/indicators/${index}`] : [],
  );
  if (proposals.length === 0 && signs.length === 0) return undefined;
  return {
    rules: [...new Set(proposals.flatMap((m) => m.rules))],
    evidence: [...new Set([...proposals.flatMap((m) => m.evidence), ...signs])],
  };
}

/**
 * `cross-system-disagreement`: a linked child carries CSE in one system, and a record in
 * another system holds facts that support CSE for them but carries no CSE marker. One
 * finding per lacking record; it comes first, then the records in other systems that carry CSE.
 *
 * Choices: the person must be a known child (see `isKnownChild`); a lacking record that
 * carries a rejected, withdrawn or expired CSE marker on them is left out, as a person decided.
 */
export function findCrossSystem(records: readonly AuditedRecord[], links: RecordLinks): Finding[] {
  const findings: Finding[] = [];
  links.people.forEach((appearances, i) => {
    if (appearances.length < 2 || !isKnownChild(knownBands(records, appearances))) return;
    // By system, in input order: a finding lists a few carrying records of each other system,
    // so a reference shared by thousands of records (a placeholder such as "NK") stays linear.
    const carryingBySystem = new Map<string, Appearance[]>();
    for (const appearance of appearances) {
      const record = records[appearance.record];
      if (record === undefined || !carriesCseOn(record, appearance.person)) continue;
      const list = carryingBySystem.get(record.place.system) ?? [];
      list.push(appearance);
      carryingBySystem.set(record.place.system, list);
    }
    if (carryingBySystem.size === 0) return;
    const done = new Set<number>();
    for (const lacking of appearances) {
      const record = records[lacking.record];
      if (record === undefined || done.has(lacking.record) || hasAnyCseOn(record, lacking.person)) continue;
      const others = [...carryingBySystem].filter(([system]) => system !== record.place.system);
      if (others.length === 0) continue;
      const support = supportingFacts(record, lacking.person);
      if (support === undefined) continue;
      done.add(lacking.record);
      findings.push(disagreement(records, i + 1, record, lacking, others, support));
    }
  });
  return findings;
}

/** Carrying records listed per finding, at most: the rest are counted in its message. */
export const maxCarryingListed = 5;

function disagreement(
  records: readonly AuditedRecord[],
  person: number,
  lackingRecord: AuditedRecord,
  lacking: Appearance,
  carryingBySystem: readonly (readonly [string, readonly Appearance[]])[],
  support: { rules: string[]; evidence: string[] },
): Finding {
  const carrying = carryingBySystem.reduce((sum, [, list]) => sum + list.length, 0);
  const listed = carryingBySystem
    .flatMap(([, list]) => list.slice(0, maxCarryingListed))
    .sort((a, b) => a.record - b.record)
    .slice(0, maxCarryingListed);
  const carryingRecords = listed.flatMap((a) => {
    const record = records[a.record];
    return record === undefined ? [] : [place(record, a.person, "carries CSE")];
  });
  const systems = carryingBySystem.map(([system]) => system).sort();
  const more =
    carrying > listed.length ? ` ${carrying} records carry it; the first ${listed.length} are listed.` : "";
  return {
    code: "cross-system-disagreement",
    category: "cross-system",
    severity: "high",
    message: `Linked person ${person} carries CSE in ${systems.join(", ")} but not in ${lackingRecord.place.system}, whose record holds facts that support CSE.${more}`,
    markers: ["CSE"],
    person,
    records: [place(lackingRecord, lacking.person, "lacks CSE"), ...carryingRecords],
    rules: support.rules,
    evidence: support.evidence,
  };
}
