import { mapSourceRecord, runAdapter } from "@cse-flags/adapter-kit";
import { arbitraryFromSchema } from "@cse-flags/adapter-kit/conformance";
import { parseRecord } from "@cse-flags/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createIntelligenceAdapter } from "./adapter.js";
import { IntelligenceExportRow } from "./source-schema.js";
import { exampleRow, toCsv } from "./test-rows.js";

const adapter = createIntelligenceAdapter({ force: "example-force" });

// Rows that pass the source schema: generated from it, and a valid row with a few generated
// cells dropped into it (so many get past the first checks in `map` and reach the end).
const generated = arbitraryFromSchema(IntelligenceExportRow);
const columns = Object.keys(exampleRow());
const rows = fc.oneof(
  generated,
  fc
    .tuple(generated, fc.uniqueArray(fc.constantFrom(...columns), { maxLength: 4 }))
    .map(([other, replaced]) => {
      const row: Record<string, string> = { ...exampleRow() };
      for (const key of replaced) row[key] = (other as Record<string, string>)[key] ?? "";
      return row;
    }),
);

describe("arbitrary rows", () => {
  it("never throw: each is mapped to a record core accepts, or rejected with a reason code", () => {
    let mappedCount = 0;
    fc.assert(
      fc.property(rows, (row) => {
        const outcome = mapSourceRecord(adapter, row);
        if (outcome.status === "mapped") {
          mappedCount += 1;
          expect(parseRecord(outcome.record).ok).toBe(true);
        } else {
          expect(outcome.stage).not.toBe("canonical");
          for (const issue of outcome.issues) expect(issue.code).not.toBe("map_threw");
        }
      }),
      { numRuns: 300 },
    );
    // The property says something only if generated rows reach the end of `map` too.
    expect(mappedCount).toBeGreaterThan(10);
  });

  it("always reconcile when run as a CSV export: every row mapped or rejected", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rows, { maxLength: 8 }), async (batch) => {
        const csv = toCsv(batch as IntelligenceExportRow[]);
        let mapped = 0;
        let rejected = 0;
        for await (const event of runAdapter(adapter, csv, { format: "csv" })) {
          if (event.type === "mapped") mapped += 1;
          else if (event.type === "rejected") rejected += 1;
          else {
            expect(event.reconciliation).toMatchObject({ read: batch.length, mapped, rejected });
            expect(event.reconciliation.unaccountedFields).toEqual([]);
          }
        }
        expect(mapped + rejected).toBe(batch.length);
      }),
      { numRuns: 60 },
    );
  });
});
