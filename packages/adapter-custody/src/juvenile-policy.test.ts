import { mapSourceRecord } from "@cse-flags/adapter-kit";
import { type CanonicalRecord, compilePolicy, type Policy, taxonomyVersion } from "@cse-flags/core";
import { describe, expect, it } from "vitest";
import { createCustodyAdapter } from "./adapter.js";
import { blankCustodyExportRow } from "./blank-row.js";
import type { CustodyExportRow } from "./source-schema.js";

// The adapter carries juvenile status as recorded; core decides what it means. These tests
// check the two together, either side of 26 October 2015 (before it, PACE Code C treated
// 17-year-olds as adults in custody), with a one-rule policy written here, so that they do
// not depend on the national policy's rule ids.

const juvenileDetainee = { all: [{ role: ["detainee"] }, { juvenile: true }] } as const;
const policy = {
  id: "juvenile-test",
  version: "1.0.0",
  description: "One rule: a juvenile detainee is proposed as a person at risk.",
  taxonomyVersion,
  sources: [],
  parameters: {},
  rules: [
    {
      id: "juvenile-detainee",
      version: "1.0.0",
      description: "A detained juvenile (by age, or by the custody record when no age is held).",
      sources: ["pace-code-c"],
      appliesTo: ["custody"],
      when: { person: juvenileDetainee },
      propose: [
        {
          kind: "CE",
          subject: { type: "person", where: juvenileDetainee, as: "person-at-risk" },
          status: "suspected",
        },
      ],
    },
  ],
  holds: [],
  qualifierRules: [],
  riskFloors: [],
} as unknown as Policy;

const compiled = compilePolicy(policy);
if (!compiled.ok) throw new Error("the test policy compiles");
const { evaluate } = compiled.value;

const adapter = createCustodyAdapter({ force: "example-force" });

function record(changes: Partial<CustodyExportRow>): CanonicalRecord {
  const outcome = mapSourceRecord(adapter, {
    ...blankCustodyExportRow(),
    custody_ref: "CU-2015",
    detainee_ref: "CHILD-A",
    ...changes,
  });
  if (outcome.status !== "mapped") throw new Error("expected the row to map");
  return outcome.record;
}

/** What core made of the record: whether it proposed, and its data-quality notes. */
function decide(changes: Partial<CustodyExportRow>): { proposed: boolean; notes: string[] } {
  const decision = evaluate(record(changes));
  return { proposed: decision.proposals.length > 0, notes: decision.dataQuality.map((n) => n.code) };
}

const dayBefore = "25/10/2015 22:00";
const dayOf = "26/10/2015 09:00";

describe("a 17-year-old recorded as not a juvenile", () => {
  const seventeen = { detainee_dob: "01/06/1998", juvenile: "N" } as const;

  it("before 26 October 2015: the flag followed the old rule, so it does not conflict with the age", () => {
    expect(decide({ ...seventeen, arrival: dayBefore })).toEqual({ proposed: true, notes: [] });
  });

  it("from 26 October 2015: the flag should have been Y, and core notes the conflict", () => {
    expect(decide({ ...seventeen, arrival: dayOf })).toEqual({
      proposed: true,
      notes: ["juvenile-flag-conflicts-with-age"],
    });
  });
});

describe("a detained person with no date of birth or age", () => {
  it("recorded as not a juvenile before 26 October 2015: could have been 17, so the age is unknown", () => {
    expect(decide({ juvenile: "N", arrival: dayBefore })).toEqual({
      proposed: false,
      notes: ["age-unknown"],
    });
  });

  it("recorded as not a juvenile from 26 October 2015: an adult", () => {
    expect(decide({ juvenile: "N", arrival: dayOf })).toEqual({ proposed: false, notes: [] });
  });

  it("recorded as a juvenile, on either side: a juvenile", () => {
    expect(decide({ juvenile: "Y", arrival: dayBefore })).toEqual({ proposed: true, notes: [] });
    expect(decide({ juvenile: "Y", arrival: dayOf })).toEqual({ proposed: true, notes: [] });
  });

  it("with the status left blank: unknown, never read as an adult", () => {
    expect(decide({ juvenile: "", arrival: dayOf })).toEqual({ proposed: false, notes: ["age-unknown"] });
  });
});
