import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { subjectField, subjectSlots } from "./source-schema.js";
import { groupSubjects } from "./subjects.js";
import { blankRow } from "./test-rows.js";

describe("groupSubjects", () => {
  it("reads the filled groups in order, whichever slots they are in", () => {
    const row = {
      ...blankRow(),
      subject_2_ref: "CHILD-A",
      subject_2_role: "PAR",
      subject_2_indicators: "MFH;LATE",
      subject_4_ref: "ADULT-X",
      subject_4_role: "SUS",
      subject_4_dob: "01/01/1990",
    };
    expect(groupSubjects(row)).toEqual({
      ok: true,
      value: [
        {
          slot: 2,
          cells: {
            ref: "CHILD-A",
            role: "PAR",
            dob: "",
            looked_after: "",
            learning_disability: "",
            indicators: "MFH;LATE",
          },
        },
        {
          slot: 4,
          cells: {
            ref: "ADULT-X",
            role: "SUS",
            dob: "01/01/1990",
            looked_after: "",
            learning_disability: "",
            indicators: "",
          },
        },
      ],
    });
  });

  it("keeps every complete group and rejects any partial one, naming its blank cell", () => {
    // Each slot: blank, complete, or one cell filled without a reference or role.
    const slotState = fc.constantFrom("blank", "complete", "dob-only", "ref-only", "role-only");
    fc.assert(
      fc.property(fc.tuple(slotState, slotState, slotState, slotState), (states) => {
        const row = blankRow();
        subjectSlots.forEach((slot, i) => {
          const state = states[i];
          if (state === "complete" || state === "ref-only") row[subjectField(slot, "ref")] = `P-${slot}`;
          if (state === "complete" || state === "role-only") row[subjectField(slot, "role")] = "PAR";
          if (state === "dob-only") row[subjectField(slot, "dob")] = "01/01/2010";
        });
        const result = groupSubjects(row);
        const firstPartial = states.findIndex((s) => s !== "blank" && s !== "complete");
        if (firstPartial === -1) {
          expect(result.ok && result.value.map((s) => s.slot)).toEqual(
            subjectSlots.filter((_, i) => states[i] === "complete"),
          );
        } else {
          const slot = subjectSlots[firstPartial] ?? 1;
          const blankCell = states[firstPartial] === "ref-only" ? "role" : "ref";
          expect(result).toEqual({
            ok: false,
            reason: "incomplete-person",
            field: subjectField(slot, blankCell),
          });
        }
      }),
    );
  });

  it("keeps both groups of a person linked twice, for readPersons to merge", () => {
    const row = {
      ...blankRow(),
      subject_1_ref: "CHILD-A",
      subject_1_role: "PAR",
      subject_3_ref: "CHILD-A",
      subject_3_role: "VIC",
    };
    const result = groupSubjects(row);
    expect(result.ok && result.value.map((s) => [s.slot, s.cells.ref, s.cells.role])).toEqual([
      [1, "CHILD-A", "PAR"],
      [3, "CHILD-A", "VIC"],
    ]);
  });
});
