import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AuditFacts } from "./audit-model.js";
import { linkRecords } from "./link-records.js";
import { auditedRecord, auditedRecordsArb, person } from "./test-records.js";

const facts = (options: Partial<AuditFacts>): AuditFacts => auditedRecord(options).facts;

describe("linkRecords", () => {
  it("links appearances that share a value of one person key, numbering people by first appearance", () => {
    const links = linkRecords([
      facts({ persons: [person("CHILD-B"), person("CHILD-A")] }),
      facts({ persons: [person("CHILD-A")] }),
      facts({ persons: [person("CHILD-C"), person("CHILD-B")] }),
    ]);
    expect(links.personOf).toEqual([[1, 2], [2], [3, 1]]);
    expect(links.people).toEqual([
      [
        { record: 0, person: 0 },
        { record: 2, person: 1 },
      ],
      [
        { record: 0, person: 1 },
        { record: 1, person: 0 },
      ],
      [{ record: 2, person: 0 }],
    ]);
  });

  it("never matches values of different keys, and links through any key transitively", () => {
    const links = linkRecords([
      facts({ persons: [person(undefined, "13-15", { keys: { person: ["P-1"] } })] }),
      facts({ persons: [person(undefined, "13-15", { keys: { "nhs-number": ["P-1"] } })] }),
      facts({ persons: [person(undefined, "13-15", { keys: { "nhs-number": ["P-1"], person: ["P-2"] } })] }),
      facts({ persons: [person(undefined, "13-15", { keys: { person: ["P-2"] } })] }),
    ]);
    // Records 1, 2 and 3 link (nhs-number, then person); record 0's `person` value meets no `person` value.
    expect(links.personOf).toEqual([[1], [2], [2], [2]]);
  });

  it("leaves a person with no key value on their own", () => {
    const links = linkRecords([
      facts({ persons: [person(undefined), person(undefined)] }),
      facts({ persons: [person(undefined)] }),
    ]);
    expect(links.personOf).toEqual([[1, 2], [3]]);
  });

  it("puts records that share an occurrence value in one case, and a record with none in its own", () => {
    const links = linkRecords([
      facts({ persons: [], occurrenceKeys: { occurrence: ["CR-0001"] } }),
      facts({ persons: [], occurrenceKeys: {} }),
      facts({ persons: [], occurrenceKeys: { occurrence: ["IR-0001", "CR-0001"] } }),
      facts({ persons: [], occurrenceKeys: { occurrence: ["IR-0001"], other: ["CR-0002"] } }),
      facts({ persons: [], occurrenceKeys: { other: ["CR-0001"] } }),
    ]);
    expect(links.caseOf).toEqual([1, 2, 1, 1, 3]);
  });

  it("puts a child's records in one case, but not the records a suspect shares", () => {
    const child = (ref: string) => person(undefined, "13-15", { keys: { person: [ref] } });
    const suspect = (ref: string) =>
      person(undefined, "18-or-over", { roles: ["suspect"], keys: { person: [ref] } });
    const links = linkRecords([
      facts({ persons: [child("CHILD-A"), suspect("ADULT-X")], occurrenceKeys: {} }),
      facts({ persons: [child("CHILD-B"), suspect("ADULT-X")], occurrenceKeys: {} }),
      facts({ persons: [child("CHILD-A")], occurrenceKeys: {} }),
      facts({ persons: [suspect("CHILD-B")], occurrenceKeys: {} }),
    ]);
    expect(links.caseOf).toEqual([1, 2, 1, 3]);
  });

  it("places every appearance in exactly one person, numbered 1..n in order of first appearance", () => {
    fc.assert(
      fc.property(auditedRecordsArb(), (records) => {
        const links = linkRecords(records.map((r) => r.facts));
        const seen = links.people.flat().map((a) => `${a.record}/${a.person}`);
        const all = records.flatMap((r, record) => r.facts.persons.map((_, person) => `${record}/${person}`));
        expect([...seen].sort()).toEqual([...all].sort());
        links.people.forEach((appearances, i) => {
          for (const { record, person } of appearances) expect(links.personOf[record]?.[person]).toBe(i + 1);
        });
        // Read in input order, the numbers first appear as 1, 2, 3...
        const firsts = links.personOf.flat().filter((n, i, list) => list.indexOf(n) === i);
        expect(firsts).toEqual(firsts.map((_, i) => i + 1));
        // Appearances that share a value of one key share a number; a lone appearance has a value or is alone.
        const numberOfValue = new Map<string, number>();
        records.forEach((r, record) => {
          r.facts.persons.forEach((p, index) => {
            for (const [name, values] of Object.entries(p.keys))
              for (const value of values) {
                const n = links.personOf[record]?.[index] as number;
                const earlier = numberOfValue.get(`${name}=${value}`);
                if (earlier !== undefined) expect(n).toBe(earlier);
                numberOfValue.set(`${name}=${value}`, n);
              }
          });
        });
        for (const appearances of links.people) {
          if (appearances.length < 2) continue;
          for (const { record, person } of appearances)
            expect(
              Object.values(records[record]?.facts.persons[person]?.keys ?? {}).flat().length,
            ).toBeGreaterThan(0);
        }
      }),
    );
  });
});
