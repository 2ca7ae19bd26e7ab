import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validRecordArb } from "../../test/record-arbitrary.js";
import { syntheticCrimeRecord } from "../../test/support.js";
import { parseRecord } from "../parse/parse.js";
import type { CanonicalRecord } from "../schemas/canonical-record.js";
import { compilePolicy } from "./compile-policy.js";
import { explainDecision } from "./explain.js";
import { nationalPolicy } from "./national-policy.js";

// All data here is synthetic. Every reference is given a marker prefix so that a leak
// of any value from the record into an explanation line can be seen.

const compiled = compilePolicy(nationalPolicy);
if (!compiled.ok) throw new Error("the national policy must compile");
const policy = compiled.value;

const marked = (value: string, i: number): string => `ZQX${i}-${value}`.slice(0, 120);

/** The record with every reference, id and source path replaced by a marked one. */
function withMarkedValues(record: CanonicalRecord): CanonicalRecord {
  const refs = new Map(record.persons.map((person, i) => [person.ref, marked(person.ref, i)]));
  const ref = (value: string): string => refs.get(value) ?? value;
  return {
    ...record,
    source: { ...record.source, force: "ZQX-force", system: "ZQX-system", recordId: "ZQX-record" },
    persons: record.persons.map((person) => ({ ...person, ref: ref(person.ref) })),
    indicators: record.indicators.map((indicator, i) => ({
      ...indicator,
      ...(indicator.personRef === undefined ? {} : { personRef: ref(indicator.personRef) }),
      sourcePath: marked("path", i),
    })),
    locations: record.locations.map((location, i) => ({ ...location, ref: marked("loc", i) })),
    vehicles: record.vehicles.map((vehicle, i) => ({ ...vehicle, ref: marked("veh", i) })),
    markers: [],
    ...(record.missingEpisode
      ? { missingEpisode: { ...record.missingEpisode, personRef: ref(record.missingEpisode.personRef) } }
      : {}),
    ...(record.custody ? { custody: { ...record.custody, personRef: ref(record.custody.personRef) } } : {}),
  };
}

describe("explainDecision", () => {
  it("names subjects by path and never prints a value from the record", () => {
    fc.assert(
      fc.property(validRecordArb, (json) => {
        const parsed = parseRecord(json);
        if (!parsed.ok) throw new Error("generated records are valid");
        const record = withMarkedValues(parsed.value);
        expect(parseRecord(record).ok).toBe(true);
        const lines = explainDecision(policy.evaluate(record), record);
        for (const line of lines) expect(line).not.toMatch(/ZQX/);
      }),
      { numRuns: 300 },
    );
  });

  it("says which rules and evidence are behind each proposal", () => {
    const record = syntheticCrimeRecord();
    expect(explainDecision(policy.evaluate(record), record)).toEqual([
      "propose CSE on the record: rules national:cse-defining-offence; evidence /offences/0/homeOffice/code",
      "propose CE on person /persons/0 as person-at-risk: rules national:child-shared-signs; evidence /event/start /indicators/0/code /persons/0/dateOfBirth",
      "propose CSE on person /persons/0 as victim: rules national:cse-defining-offence; evidence /event/start /offences/0/homeOffice/code /persons/0/dateOfBirth /persons/0/roles/0",
    ]);
  });

  it("does not invent a path for a subject that is not on the record it is given", () => {
    const record = syntheticCrimeRecord();
    const decision = policy.evaluate(record);
    const other: CanonicalRecord = {
      ...record,
      persons: [{ ...record.persons[0], ref: "P2", roles: ["victim"], attributes: [] }],
    };
    // [1] is the CE on the same person, from the shared sign the record shows on them.
    expect(explainDecision(decision, other)[2]).toMatch(
      /^propose CSE on person \(not on this record\) as victim/,
    );
  });
});
