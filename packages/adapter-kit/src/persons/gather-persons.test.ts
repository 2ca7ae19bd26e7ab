import { describe, expect, it } from "vitest";
import { AdapterKitError } from "../issue.js";
import { gatherPersons, type PersonGroup } from "./gather-persons.js";

const victim = { status: "mapped", target: "victim", relationship: "equivalent" } as const;
const suspect = { status: "mapped", target: "suspect", relationship: "equivalent" } as const;
const witness = { status: "no-map", comment: "A witness has no role in the taxonomy" } as const;

const group = (n: number, parts: Partial<PersonGroup>): PersonGroup => ({
  ref: "CHILD-A",
  role: victim,
  roleField: `person_${n}_role`,
  dateOfBirth: "",
  dateOfBirthField: `person_${n}_dob`,
  attributes: [],
  signs: [],
  signsField: `person_${n}_signs`,
  ...parts,
});

const event = "2026-03-20T22:00:00+00:00";

describe("gatherPersons", () => {
  it("makes one person of two groups with one reference: both roles, the facts of both, one sign once", () => {
    const step = gatherPersons(
      [
        group(1, {
          dateOfBirth: "02/09/2011",
          attributes: ["looked-after"],
          signs: [{ code: "MISS", indicator: "missing-from-home-or-care" }],
        }),
        group(2, {
          role: suspect,
          signs: [
            { code: "RUN", indicator: "missing-from-home-or-care" },
            { code: "NEW", indicator: undefined },
          ],
        }),
      ],
      event,
    );
    expect(step).toEqual({
      ok: true,
      value: {
        persons: [
          {
            ref: "CHILD-A",
            roles: ["victim", "suspect"],
            dateOfBirth: "2011-09-02",
            attributes: ["looked-after"],
          },
        ],
        indicators: [
          { code: "missing-from-home-or-care", personRef: "CHILD-A", sourcePath: "person_1_signs/MISS" },
        ],
      },
    });
  });

  it("rejects, naming the field, what it cannot keep", () => {
    const reject = (groups: PersonGroup[]) => {
      const step = gatherPersons(groups, event);
      return step.ok ? "mapped" : `${step.reason} at ${step.field}`;
    };
    expect(reject([group(1, { role: { status: "not-yet-mapped" } })])).toBe(
      "unmapped-person-role at person_1_role",
    );
    expect(reject([group(1, { dateOfBirth: "31/02/2011" })])).toBe("invalid-date at person_1_dob");
    expect(reject([group(1, { dateOfBirth: "02/09/1011" })])).toBe(
      "implausible-date-of-birth at person_1_dob",
    );
    expect(reject([group(1, { dateOfBirth: "21/03/2026" })])).toBe("born-after-event at person_1_dob");
    expect(reject([group(1, { dateOfBirth: "02/09/2011" }), group(2, { dateOfBirth: "03/09/2011" })])).toBe(
      "conflicting-date-of-birth at person_2_dob",
    );
    // A witness with a sign (even one with no mapping) or an attribute: nowhere to keep it.
    expect(reject([group(1, { role: witness, signs: [{ code: "NEW", indicator: undefined }] })])).toBe(
      "facts-on-person-without-role at person_1_role",
    );
    expect(reject([group(1, { role: witness, attributes: ["learning-disability"] })])).toBe(
      "facts-on-person-without-role at person_1_role",
    );
  });

  it("leaves off a person with no role and no facts, and gives no role for a not-related-to mapping", () => {
    const step = gatherPersons(
      [
        group(1, { ref: "WITNESS-W", role: witness, dateOfBirth: "01/01/1990" }),
        group(2, {
          ref: "ADULT-X",
          role: { status: "mapped", target: "suspect", relationship: "not-related-to" },
        }),
        group(3, {}),
      ],
      event,
    );
    expect(step.ok && step.value.persons.map((p) => p.ref)).toEqual(["CHILD-A"]);
  });

  it("answers groups that are not an array with an AdapterKitError", () => {
    expect(() => gatherPersons(null as unknown as PersonGroup[], event)).toThrow(AdapterKitError);
  });
});
