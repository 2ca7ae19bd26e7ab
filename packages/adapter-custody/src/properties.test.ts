import { mapSourceRecord, runAdapter } from "@cse-flags/adapter-kit";
import { arbitraryFromSchema } from "@cse-flags/adapter-kit/conformance";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCustodyAdapter } from "./adapter.js";
import { blankCustodyExportRow } from "./blank-row.js";
import { custodyConceptMaps } from "./concept-maps.js";
import { CustodyExportRow, riskAnswerNumbers } from "./source-schema.js";

const adapter = createCustodyAdapter({ force: "example-force" });
const questionCodes = custodyConceptMaps.riskQuestions.entries.map((e) => e.code);

describe("any row", () => {
  it("maps or is rejected with a reason, never throws, and the run reconciles", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryFromSchema(CustodyExportRow), { maxLength: 8 }), async (rows) => {
        let mapped = 0;
        let rejected = 0;
        for await (const event of runAdapter(adapter, { records: rows })) {
          if (event.type === "mapped") mapped += 1;
          if (event.type === "rejected") {
            rejected += 1;
            // Never the adapter's fault: map did not throw, and what it made passed core.
            expect(event.stage).not.toBe("canonical");
            expect(event.issues.map((i) => i.code)).not.toContain("map_threw");
          }
          if (event.type === "reconciliation") {
            expect(event.reconciliation).toMatchObject({ read: rows.length, mapped, rejected });
            expect(event.reconciliation.unaccountedFields).toEqual([]);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** A good row whose risk-assessment groups hold the given questions and answers. */
const answeredRow = fc
  .uniqueArray(fc.constantFrom(...questionCodes, "NEW-QUESTION", "OTHER-LOCAL"), {
    maxLength: riskAnswerNumbers.length,
  })
  .chain((questions) =>
    fc
      .tuple(
        fc.array(fc.constantFrom("Y" as const, "N" as const, "" as const), {
          minLength: questions.length,
          maxLength: questions.length,
        }),
        fc.shuffledSubarray([...riskAnswerNumbers], {
          minLength: questions.length,
          maxLength: questions.length,
        }),
      )
      .map(([answers, slots]) => ({ questions, answers, slots })),
  );

describe("risk-assessment answers", () => {
  it("give exactly one indicator per Y answer to a mapped question, and report every unknown question", () => {
    fc.assert(
      fc.property(answeredRow, ({ questions, answers, slots }) => {
        const row: Record<string, string> = {
          ...blankCustodyExportRow(),
          custody_ref: "CU-0001",
          arrival: "20/03/2026 22:00",
          detainee_ref: "CHILD-A",
        };
        questions.forEach((question, i) => {
          row[`ra_${slots[i]}_question`] = question;
          row[`ra_${slots[i]}_answer`] = answers[i] ?? "";
        });
        const outcome = mapSourceRecord(adapter, row);
        expect(outcome.status).toBe("mapped");
        if (outcome.status !== "mapped") return;
        const expected = questions.flatMap((question, i) => {
          const entry = custodyConceptMaps.riskQuestions.entries.find((e) => e.code === question);
          return answers[i] === "Y" && entry !== undefined && "target" in entry
            ? [`${entry.target} ra_${slots[i]}_question/${question}`]
            : [];
        });
        expect(outcome.record.indicators.map((i) => `${i.code} ${i.sourcePath}`).sort()).toEqual(
          expected.sort(),
        );
        expect(outcome.record.indicators.every((i) => i.personRef === "CHILD-A")).toBe(true);
        const unknown = questions.filter((q) => !questionCodes.includes(q));
        expect(outcome.record.unmappedCodes.map((u) => u.code).sort()).toEqual(unknown.sort());
      }),
    );
  });
});
