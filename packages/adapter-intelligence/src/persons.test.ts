import { mapSourceRecord } from "@cse-flags/adapter-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createIntelligenceAdapter } from "./adapter.js";
import { intelligenceConceptMaps } from "./concept-maps.js";
import { type IntelligenceExportRow, subjectField, subjectSlots } from "./source-schema.js";
import { exampleRow } from "./test-rows.js";

const adapter = createIntelligenceAdapter({ force: "example-force" });

const codesOf = (map: { entries: readonly { code: string }[] }) => map.entries.map((e) => e.code);
const roleMap = intelligenceConceptMaps.subjectRoles;
const hasRole = (code: string) => roleMap.entries.some((e) => e.code === code && "target" in e);

// Mostly blank or N, so that people with nothing recorded on them are common too.
const answer = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("", "N") },
  { weight: 1, arbitrary: fc.constant("Y") },
);

// Subject groups over a few references, so one person often fills two groups; roles include
// deliberately unmapped ones (ASC, MEN) and one not mapped yet, codes every kind of indicator.
const subjectGroup = fc.option(
  fc.record({
    ref: fc.constantFrom("CHILD-A", "CHILD-B", "ADULT-X"),
    role: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...codesOf(roleMap)) },
      { weight: 1, arbitrary: fc.constant("NEWROLE") },
    ),
    looked_after: answer,
    learning_disability: answer,
    indicators: fc.oneof(
      { weight: 2, arbitrary: fc.constant("") },
      {
        weight: 1,
        arbitrary: fc
          .uniqueArray(fc.constantFrom(...codesOf(intelligenceConceptMaps.indicators), "NEWCODE"), {
            minLength: 1,
            maxLength: 3,
          })
          .map((codes) => codes.join(";")),
      },
    ),
  }),
  { nil: undefined },
);

const rows = fc.tuple(...subjectSlots.map(() => subjectGroup)).map((groups) => {
  const row: Record<string, string> = { ...exampleRow({ subject_1_ref: "", subject_1_role: "" }) };
  row[subjectField(1, "dob")] = "";
  row[subjectField(1, "indicators")] = "";
  groups.forEach((group, i) => {
    const slot = subjectSlots[i] ?? 1;
    for (const [cell, value] of Object.entries(group ?? {}))
      row[subjectField(slot, cell as keyof NonNullable<typeof group>)] = value;
  });
  return { row: row as IntelligenceExportRow, groups };
});

describe("gathering people from subject groups", () => {
  it("rejects an unmapped role, keeps every person with facts, and leaves off only people with no role and no facts", () => {
    const seen = { mapped: 0, rejectedForFacts: 0, leftOff: 0 };
    fc.assert(
      fc.property(rows, ({ row, groups }) => {
        const filled = groups.flatMap((group, i) =>
          group === undefined ? [] : [{ ...group, slot: subjectSlots[i] ?? 1 }],
        );
        const outcome = mapSourceRecord(adapter, row);
        const firstNewRole = filled.find((g) => g.role === "NEWROLE");
        if (firstNewRole !== undefined) {
          expect(outcome.status === "rejected" && outcome.issues[0]).toMatchObject({
            reason: "unmapped-person-role",
            path: [subjectField(firstNewRole.slot, "role")],
          });
          return;
        }
        const refs = new Set(filled.map((g) => g.ref));
        const withRole = (ref: string) => filled.some((g) => g.ref === ref && hasRole(g.role));
        const withFacts = (ref: string) =>
          filled.some(
            (g) =>
              g.ref === ref &&
              (g.indicators !== "" || g.looked_after === "Y" || g.learning_disability === "Y"),
          );
        const factsWithoutRole = [...refs].filter((ref) => !withRole(ref) && withFacts(ref));
        if (factsWithoutRole.length > 0) {
          seen.rejectedForFacts += 1;
          expect(outcome.status === "rejected" && outcome.issues[0]?.reason).toBe(
            "facts-on-person-without-role",
          );
          return;
        }
        expect(outcome.status).toBe("mapped");
        if (outcome.status !== "mapped") return;
        seen.mapped += 1;
        const kept = outcome.record.persons.map((p) => p.ref).sort();
        expect(kept).toEqual([...refs].filter(withRole).sort());
        if (kept.length < refs.size) seen.leftOff += 1;
        // Each indicator names the column and the local code it came from, written on that person.
        for (const indicator of outcome.record.indicators) {
          const [column = "", code = ""] = indicator.sourcePath?.split("/") ?? [];
          const group = filled.find((g) => subjectField(g.slot, "indicators") === column);
          expect(group?.ref).toBe(indicator.personRef);
          expect(group?.indicators.split(";")).toContain(code);
        }
      }),
      { numRuns: 400 },
    );
    // Each branch must be reached, or the property says little about it.
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(5);
  });
});
