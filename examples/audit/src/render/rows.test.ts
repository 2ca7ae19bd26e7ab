import { describe, expect, it } from "vitest";
import type { CrimeRecord, CustodyRecord } from "../story.js";
import { crimeRow } from "./crime.js";
import { custodyRow } from "./custody.js";
import { intelligenceRow } from "./intelligence.js";
import { missingPersonRow } from "./missing-person.js";

const crime: CrimeRecord = {
  system: "crime",
  ref: "CR-9001",
  committed: "2026-01-17 20:30",
  offences: [{ homeOffice: "71", soaSection: "48" }],
  victims: [{ ref: "CHILD-001", signs: ["exchange-gifts", "missing-from-home-or-care"] }],
  suspects: [{ ref: "ADULT-001" }],
  carries: ["CSE", "CE"],
  expect: { person: "CHILD-001", proposes: ["CSE"] },
};

const custody: CustodyRecord = {
  system: "custody",
  ref: "CU-9001",
  arrival: "2026-10-07 03:10",
  detainee: { ref: "CHILD-026", signs: ["exchange-gifts"] },
  offences: [{ homeOffice: "46" }],
  carries: [],
  expect: { person: "CHILD-026", proposes: [] },
};

/** The error a render throws, checked to name no value from the story. */
function renderError(render: () => unknown): string {
  try {
    render();
  } catch (error) {
    const message = String(error);
    for (const value of ["CHILD-", "ADULT-", "CR-9001", "CU-9001", "IR-9001", "MP-9001"])
      expect(message).not.toContain(value);
    return message;
  }
  throw new Error("expected the render to throw");
}

describe("rendering a story record as a row", () => {
  it("writes a crime's signs and markers in the crime export's local codes", () => {
    const row = crimeRow(crime);
    expect(row).toMatchObject({
      crime_ref: "CR-9001",
      recorded_date: "18/01/2026 09:00",
      committed_from: "17/01/2026 20:30",
      crime_flags: "CSE;EXPL",
      offence_1_ho_class: "71",
      offence_1_soa_section: "48",
      person_1_ref: "CHILD-001",
      person_1_role: "VIC",
      person_1_dob: "14/05/2010",
      person_1_looked_after: "Y",
      person_1_circumstances: "XGIFT;MISS",
      person_2_role: "SUS",
    });
  });

  it("leaves juvenile status and the appropriate adult blank in custody when no age is known", () => {
    expect(custodyRow(custody)).toMatchObject({
      detainee_dob: "",
      juvenile: "",
      appropriate_adult: "",
      ra_1_question: "GIFTS-FOR-SEX",
      ra_1_answer: "Y",
    });
  });

  it("refuses what a system cannot hold, naming no value from the story", () => {
    const five = ["CHILD-001", "ADULT-001", "ADULT-002", "ADULT-003", "ADULT-004"].map((ref) => ({ ref }));
    expect(renderError(() => crimeRow({ ...crime, suspects: five }))).toContain("more offences or people");
    expect(renderError(() => custodyRow({ ...custody, carries: ["CSE"] }))).toContain("custody cannot hold");
    expect(renderError(() => crimeRow({ ...crime, victims: [{ ref: "CHILD-404" }] }))).toContain("people.ts");
    expect(
      renderError(() =>
        intelligenceRow({
          system: "intelligence",
          ref: "IR-9001",
          seen: "2026-01-10 19:00",
          atRisk: [{ ref: "CHILD-001", signs: ["looked-after-child"] }],
          carries: [],
          expect: { person: "CHILD-001", proposes: [] },
        }),
      ),
    ).toContain("cannot write");
    expect(
      renderError(() =>
        missingPersonRow({
          system: "missing-person",
          ref: "MP-9001",
          reported: "2026-01-09 22:40",
          missing: { ref: "CHILD-001" },
          suspects: five,
          carries: [],
          expect: { person: "CHILD-001", proposes: [] },
        }),
      ),
    ).toContain("more associates");
  });
});
