import type { AuditedRecord, Finding, FindingRecord, RejectedRecord } from "./audit-model.js";
import type { RecordLinks } from "./link-records.js";
import { isCseRelated } from "./marker-queries.js";

const dataQuality = (
  code: Finding["code"],
  severity: Finding["severity"],
  message: string,
  records: readonly FindingRecord[],
  evidence: readonly string[],
  detail?: string,
): Finding => ({
  code,
  category: "data-quality",
  severity,
  message,
  markers: [],
  records,
  rules: [],
  evidence,
  ...(detail === undefined ? {} : { detail }),
});

/**
 * One record's data-quality findings: facts the policy needed but the record did not hold
 * (one finding per note code and path), and source codes with no mapping (one per code system).
 */
export function findRecordDataQuality(record: AuditedRecord): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const note of record.facts.dataQuality) {
    const key = `${note.code}\u0000${note.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const where = { ...record.place, subject: note.path };
    findings.push(
      note.code === "age-unknown"
        ? dataQuality(
            "age-unknown",
            "medium",
            "The record holds neither a date of birth nor an age for a person a rule needed the age of.",
            [{ ...where, role: "age unknown" }],
            [note.path],
          )
        : dataQuality(
            "policy-fact-missing",
            "medium",
            `A rule could not decide: the record lacks a fact it needs (${note.code}).`,
            [{ ...where, role: "fact missing" }],
            [note.path],
            note.code,
          ),
    );
  }
  const pathsBySystem = new Map<string, string[]>();
  for (const { system, path } of record.facts.unmappedCodes) {
    const paths = pathsBySystem.get(system) ?? [];
    if (!paths.includes(path)) paths.push(path);
    pathsBySystem.set(system, paths);
  }
  for (const [system, paths] of pathsBySystem) {
    findings.push(
      dataQuality(
        "unmapped-code",
        "low",
        `The record holds ${paths.length === 1 ? "a code" : "codes"} of code system ${system} with no mapping to the taxonomy.`,
        [{ ...record.place, role: "unmapped code" }],
        paths,
        system,
      ),
    );
  }
  return findings;
}

/** Whether each record shares a linked person or a case with a record of another system. */
function linkedToOtherSystem(records: readonly AuditedRecord[], links: RecordLinks): boolean[] {
  const linked = records.map(() => false);
  const markGroups = (groups: Iterable<readonly number[]>): void => {
    for (const group of groups) {
      const systems = new Set(group.map((r) => records[r]?.place.system));
      if (systems.size < 2) continue;
      for (const r of group) linked[r] = true;
    }
  };
  markGroups(links.people.map((appearances) => appearances.map((a) => a.record)));
  const cases = new Map<number, number[]>();
  links.caseOf.forEach((id, record) => {
    const group = cases.get(id);
    if (group === undefined) cases.set(id, [record]);
    else group.push(record);
  });
  markGroups(cases.values());
  return linked;
}

/**
 * `unlinked-record`: a CSE-related record that no person or occurrence links to a record of
 * another system, so nothing can be checked across systems for it. Only raised when the
 * audit holds more than one system: with one, every record would be unlinked.
 */
export function findUnlinkedRecords(records: readonly AuditedRecord[], links: RecordLinks): Finding[] {
  if (new Set(records.map((r) => r.place.system)).size < 2) return [];
  const linked = linkedToOtherSystem(records, links);
  return records.flatMap((record, i) =>
    linked[i] || !isCseRelated(record.facts)
      ? []
      : [
          dataQuality(
            "unlinked-record",
            "low",
            `A CSE-related record of ${record.place.system} shares no person or occurrence link with a record of another system.`,
            [{ ...record.place, role: "unlinked" }],
            [],
          ),
        ],
  );
}

/**
 * `record-rejected`: a record that could not be read or mapped, so the audit could not look
 * at it. Its system is the file's when the run knows it; its kind is not known.
 */
export function findRejectedRecords(
  rejected: readonly RejectedRecord[],
  systemOfFile: ReadonlyMap<string, string>,
): Finding[] {
  return rejected.map((record) =>
    dataQuality(
      "record-rejected",
      "medium",
      "A record could not be read or mapped, so the audit does not cover it.",
      [
        {
          file: record.file,
          index: record.index,
          ...(record.line === undefined ? {} : { line: record.line }),
          system: systemOfFile.get(record.file) ?? "unknown",
          kind: "unknown",
          role: "rejected",
        },
      ],
      [],
      record.codes.join(", "),
    ),
  );
}
