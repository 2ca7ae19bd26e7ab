import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { AdapterKitError } from "../issue.js";
import { loadConceptMapFile } from "./load-concept-map-file.js";
import { conceptMapFromCsv, parseConceptMapCsv } from "./parse-concept-map-csv.js";

const meta = { id: "force-x-flags", version: "1.0.0", source: "force-x/flags", target: "indicator" } as const;

const csv = [
  "code,target,relationship,comment",
  "MISS,missing-from-home-or-care,equivalent,",
  'ONL,online-grooming,related-to,"Any online concern, not only grooming"',
  "ADMIN,,no-map,Administrative only",
].join("\n");

const dir = await mkdtemp(join(tmpdir(), "cse-flags-concept-map-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("parseConceptMapCsv", () => {
  it("reads entries, treating empty cells as absent and no-map as explicitly unmapped", () => {
    const result = parseConceptMapCsv(`\uFEFF${csv}\n`, meta);
    expect(result.ok && result.value.entries).toEqual([
      { code: "MISS", target: "missing-from-home-or-care", relationship: "equivalent" },
      {
        code: "ONL",
        target: "online-grooming",
        relationship: "related-to",
        comment: "Any online concern, not only grooming",
      },
      { code: "ADMIN", noMap: true, comment: "Administrative only" },
    ]);
  });

  it("reports problems by line and column, never by value", () => {
    const text = `${csv}\nGIFT,exchange-gift,source-is-narrower-than-target,\nMISS,cuckooing,equivalent,`;
    const result = parseConceptMapCsv(text, meta);
    expect(result.ok ? [] : result.issues).toEqual([
      { path: ["target"], code: "unknown_target", message: expect.any(String), line: 5 },
      { path: ["comment"], code: "comment_required", message: expect.any(String), line: 5 },
      { path: ["code"], code: "duplicate_code", message: expect.any(String), line: 6 },
    ]);
  });

  it("refuses unknown, missing, repeated and prototype-reaching columns", () => {
    const codes = (text: string) => {
      const result = parseConceptMapCsv(text, meta);
      return result.ok ? [] : result.issues.map((i) => i.code);
    };
    expect(codes("code,owner\nA,B")).toEqual(["unrecognized_key"]);
    expect(codes("target\nA")).toEqual(["missing_header"]);
    expect(codes("code,code\nA,B")).toEqual(["duplicate_header"]);
    expect(codes("code,__proto__\nA,B")).toEqual(["forbidden_key", "unrecognized_key"]);
    expect(codes("")).toEqual(["missing_header"]);
    expect(codes("code,target\nA")).toContain("wrong_field_count");
  });

  it("conceptMapFromCsv throws a typed error", () => {
    expect(() => conceptMapFromCsv("code\nA", meta)).toThrow(AdapterKitError);
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom("code", "target", ",", "\n", '"', "A", "equivalent", "no-map", "cuckooing"),
          maxLength: 30,
        }),
        (text) => {
          expect(() => parseConceptMapCsv(text, meta)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("loadConceptMapFile", () => {
  it("loads CSV (with meta) and JSON files", async () => {
    const csvPath = join(dir, "flags.csv");
    const jsonPath = join(dir, "flags.json");
    await writeFile(csvPath, csv);
    const fromCsv = await loadConceptMapFile(csvPath, { csv: meta });
    expect(fromCsv.ok).toBe(true);
    if (!fromCsv.ok) return;
    await writeFile(jsonPath, JSON.stringify(fromCsv.value));
    const fromJson = await loadConceptMapFile(jsonPath, { expect: { target: "indicator" } });
    expect(fromJson).toEqual(fromCsv);
  });

  it("answers a missing file, a CSV without meta and another extension with issues", async () => {
    const code = async (...args: Parameters<typeof loadConceptMapFile>) => {
      const result = await loadConceptMapFile(...args);
      return result.ok ? "ok" : result.issues[0]?.code;
    };
    expect(await code(join(dir, "missing.json"))).toBe("unreadable_input");
    await writeFile(join(dir, "a.csv"), csv);
    await writeFile(join(dir, "a.txt"), csv);
    expect(await code(join(dir, "a.csv"))).toBe("invalid_options");
    expect(await code(join(dir, "a.txt"))).toBe("invalid_options");
  });
});
