import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCsv } from "@cse-flags/adapter-kit";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvLine, type ExportFormat, exportLines, writeExport } from "../src/export-writer.js";
import { generators, systemNames } from "../src/generators/index.js";
import { createRandom } from "../src/random.js";
import { cliBin, recordValue, runNode } from "./run-node.js";

const exampleHeader = async (system: string): Promise<string[]> => {
  const path = new URL(`../../examples/consistent-flagging/exports/${system}.csv`, import.meta.url);
  return ((await readFile(path, "utf8")).split("\n")[0] ?? "").split(",");
};

describe("seeded random source", () => {
  it("gives the same numbers for the same seed, within the bounds asked", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -50, max: 50 }), fc.nat(100), (seed, min, span) => {
        const a = createRandom(seed);
        const b = createRandom(seed);
        for (let i = 0; i < 20; i += 1) {
          const n = a.int(min, min + span);
          expect(n).toBe(b.int(min, min + span));
          expect(n).toBeGreaterThanOrEqual(min);
          expect(n).toBeLessThanOrEqual(min + span);
        }
      }),
    );
  });

  it("samples distinct items", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.uniqueArray(fc.string(), { maxLength: 20 }),
        fc.nat(25),
        (seed, items, k) => {
          const drawn = createRandom(seed).sample(items, k);
          expect(drawn).toHaveLength(Math.min(k, items.length));
          expect(new Set(drawn).size).toBe(drawn.length);
        },
      ),
    );
  });
});

describe("CSV lines", () => {
  it("read back as the same cells through the adapter kit's reader", async () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "Z", "1", ",", '"', "\n", " ", ";", "é") });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 5 }), async (rows) => {
        const text = csvLine(["a", "b", "c"]) + rows.map((row) => csvLine(row)).join("");
        const read: unknown[] = [];
        for await (const item of readCsv(text)) if (item.kind === "record") read.push(item.value);
        expect(read).toEqual(rows.map(([a, b, c]) => ({ a, b, c })));
      }),
      { numRuns: 50 },
    );
  });
});

describe.each(systemNames)("the %s generator", (system) => {
  const generator = generators[system];

  it("writes the reference export's columns, in its order", async () => {
    expect(generator.columns).toEqual(await exampleHeader(system));
  });

  it("writes the same lines for the same seed, and other lines for another", () => {
    const lines = (seed: number, format: ExportFormat) =>
      [...exportLines(generator, 50, format, seed)].join("");
    expect(lines(7, "csv")).toBe(lines(7, "csv"));
    expect(lines(7, "ndjson")).not.toBe(lines(8, "ndjson"));
  });

  it("fills every column with a string in every row", () => {
    const random = createRandom(1);
    for (let index = 0; index < 200; index += 1) {
      const row = generator.row(random, index);
      expect(Object.keys(row)).toEqual(generator.columns);
      expect(Object.values(row).every((value) => typeof value === "string")).toBe(true);
    }
  });
});

// Through the built command: the exports are realistic if the reference adapters map nearly all
// rows (the few rejected are the deliberate faults) and flag a minority of them.
describe("generated exports, flagged by the built cse-flags", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "cse-bench-gen-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const faultCodes: Record<string, string> = {
    crime: "adapter_rejected:invalid-date",
    intelligence: "adapter_rejected:invalid-date",
    custody: "adapter_rejected:released-before-arrival",
    "missing-person": "adapter_rejected:found-before-reported",
  };

  it.each(
    systemNames.flatMap((system) => (["csv", "ndjson"] as const).map((format) => [system, format] as const)),
  )(
    "%s as %s: mapped but for the deliberate faults, one row in 20 to 2 in 5 flagged",
    async (system, format) => {
      const rows = 400;
      const file = join(dir, `${system}.${format}`);
      await writeExport(file, generators[system], rows, format, 11);
      const run = await runNode([
        cliBin,
        "flag",
        "--force",
        "bench-force",
        "--adapter",
        system,
        "--output",
        "json",
        file,
      ]);
      expect([0, 1]).toContain(run.code);
      const summary = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as {
        read: number;
        ok: number;
        rejected: number;
        flagged: number;
        rejectedBy: { code: string; count: number }[];
      };
      expect(summary.read).toBe(rows);
      expect(summary.ok + summary.rejected).toBe(rows);
      expect(summary.rejected).toBeLessThanOrEqual(rows * 0.02);
      for (const { code } of summary.rejectedBy) expect(code).toBe(faultCodes[system]);
      expect(summary.flagged).toBeGreaterThanOrEqual(rows * 0.05);
      expect(summary.flagged).toBeLessThanOrEqual(rows * 0.4);
      expect(run.stderr).not.toMatch(recordValue);
    },
  );
});
