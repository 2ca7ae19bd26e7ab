import { readFileSync } from "node:fs";
import { type CanonicalRecord, compilePolicy, nationalPolicy, parseRecord } from "@cse-flags/core";
import { describe, expect, it } from "vitest";
import type { LinkConfig } from "./audit-model.js";
import { ageBandOf, extractAuditFacts } from "./extract-facts.js";
import { defaultLinkConfig } from "./link-config.js";

const compiled = compilePolicy(nationalPolicy);
if (!compiled.ok) throw new Error("the national policy must compile");
const policy = compiled.value;

function example(name: string): CanonicalRecord {
  const url = new URL(`../../../../examples/records/${name}.json`, import.meta.url);
  const parsed = parseRecord(JSON.parse(readFileSync(url, "utf8")));
  if (!parsed.ok) throw new Error(`${name} must be a valid record`);
  return parsed.value;
}

const factsOf = (record: CanonicalRecord, links: LinkConfig = defaultLinkConfig) =>
  extractAuditFacts(record, policy.evaluate(record), links);

describe("ageBandOf", () => {
  it("bands ages as the offence codes draw them", () => {
    expect([undefined, 0, 12, 13, 15, 16, 17, 18, 90].map(ageBandOf)).toEqual([
      "unknown",
      "under-13",
      "under-13",
      "13-15",
      "13-15",
      "16-17",
      "16-17",
      "18-or-over",
      "18-or-over",
    ]);
  });
});

describe("extractAuditFacts", () => {
  const crime = example("crime-0001");

  it("keeps what the audit needs of a crime record and its decision", () => {
    const facts = factsOf(crime);
    expect(facts).toMatchObject({
      kind: "crime",
      system: "crime-system",
      recordId: "CR-EXAMPLE-0001",
      month: "2026-03",
      persons: [
        { roles: ["suspect"], ageBand: "18-or-over", keys: { person: ["P-ADULT-X"] } },
        { roles: ["suspect"], ageBand: "18-or-over", keys: { person: ["P-ADULT-Y"] } },
        { roles: ["victim"], ageBand: "13-15", keys: { person: ["P-CHILD-A"] } },
      ],
      offenceClasses: ["cse-defining"],
      homeOfficeCodes: ["71"],
      soaSections: ["48"],
      indicators: [
        { code: "exchange-alcohol", person: 2 },
        { code: "gets-into-cars-with-unknown-adults", person: 2 },
      ],
      carried: [{ kind: "CSE", qualifiers: [], subject: { type: "record" }, rules: [], evidence: [] }],
      occurrenceKeys: { occurrence: ["CR-EXAMPLE-0001", "OFF-1"] },
    });
    expect(
      facts.proposed.some((p) => p.kind === "CSE" && p.subject.type === "person" && p.subject.person === 2),
    ).toBe(true);
    expect(facts.missingEpisode).toBeUndefined();
  });

  it("gives the same facts whatever order the record lists its people and indicators in", () => {
    // The decision's evidence points into the canonical order; the facts' indexes must too.
    const reordered: CanonicalRecord = {
      ...crime,
      persons: [...crime.persons].reverse(),
      indicators: [...crime.indicators].reverse(),
    };
    expect(factsOf(reordered)).toEqual(factsOf(crime));
  });

  it("reads a missing episode's person and the larger count of earlier episodes", () => {
    const missing = example("missing-person-0001");
    expect(factsOf(missing).missingEpisode).toEqual({ person: 0, priorEpisodes: 2 });
    const counted = {
      ...missing,
      missingEpisode: { ...missing.missingEpisode, priorEpisodeCount: 5 },
    } as CanonicalRecord;
    expect(factsOf(counted).missingEpisode).toEqual({ person: 0, priorEpisodes: 5 });
  });

  it("reads only the link keys that apply to the record's system", () => {
    const links: LinkConfig = {
      linkKeys: [
        { name: "person", entity: "person", paths: ["/persons/*/ref"], systems: ["intelligence-system"] },
        { name: "crime-ref", entity: "occurrence", paths: ["/offences/*/ref"], systems: ["crime-system"] },
      ],
    };
    const facts = factsOf(crime, links);
    expect(facts.persons.map((p) => p.keys)).toEqual([{}, {}, {}]);
    expect(facts.occurrenceKeys).toEqual({ "crime-ref": ["OFF-1"] });
  });

  it("leaves out the values a link key ignores, so a placeholder links no one", () => {
    const all = factsOf(crime, {
      linkKeys: [{ name: "person", entity: "person", paths: ["/persons/*/ref"] }],
    });
    const ignored = all.persons[0]?.keys.person?.[0] as string;
    const links: LinkConfig = {
      linkKeys: [{ name: "person", entity: "person", paths: ["/persons/*/ref"], ignore: [ignored] }],
    };
    const facts = factsOf(crime, links);
    expect(facts.persons[0]?.keys).toEqual({ person: [] });
    expect(facts.persons.slice(1).map((p) => p.keys)).toEqual(all.persons.slice(1).map((p) => p.keys));
  });

  it("holds no value from the record but its reference and the link values", () => {
    const text = JSON.stringify(factsOf(crime));
    for (const value of [
      "1990-01-20",
      "2011-09-02",
      "LOC-EXAMPLE-7",
      "VEH-EXAMPLE-3",
      "example-force",
      "circumstances",
    ])
      expect(text).not.toContain(value);
  });
});
