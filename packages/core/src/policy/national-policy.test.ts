import { it } from "vitest";
import * as b from "../../test/policy-records.js";
import { compilePolicy } from "./compile-policy.js";
import { nationalPolicy } from "./national-policy.js";

it("explore", () => {
  const c = compilePolicy(nationalPolicy);
  if (!c.ok) throw new Error(JSON.stringify(c.issues));
  const show = (name: string, r: ReturnType<typeof b.crimeRecord>) =>
    console.log(
      name,
      JSON.stringify(
        {
          p: c.value.evaluate(r).proposals,
          n: c.value.evaluate(r).reviewNotes,
          d: c.value.evaluate(r).dataQuality,
        },
        null,
        1,
      ),
    );
  show(
    "71",
    b.crimeRecord({
      persons: [b.childVictim(), b.adultSuspect(), b.person("P-X", ["victim"], { age: 19 })],
      offences: [b.hoOffence("71")],
    }),
  );
  show(
    "88A unknown",
    b.crimeRecord({
      persons: [b.person(b.CHILD_A, ["victim"]), b.person(b.SUSPECT_A, ["suspect"])],
      offences: [b.hoOffence("88A")],
    }),
  );
  show(
    "missing mixed",
    b.missingRecord({
      persons: [b.person(b.CHILD_A, ["missing-person"], { age: 15 })],
      indicators: [b.indicator("drug-supply", b.CHILD_A), b.indicator("sexual-activity-reported")],
    }),
  );
  show(
    "custody 71 adult",
    b.custodyRecord({
      detaineeRef: b.ADULT_A,
      persons: [b.person(b.ADULT_A, ["detainee"], { age: 40 })],
      offences: [b.hoOffence("71")],
    }),
  );
  show(
    "strIVER false",
    b.intelligenceRecord({
      operations: ["STRIVER"],
      grading: { scheme: "5x5x5", source: "B", intelligence: "5", handling: "1" },
      persons: [b.childVictim()],
    }),
  );
  show("striver nograde", b.intelligenceRecord({ operations: ["STRIVER"] }));
});
