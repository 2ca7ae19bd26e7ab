import { readFile } from "node:fs/promises";
import { compilePolicy, nationalPolicy } from "@cse-flags/core";
import { beforeAll, describe, expect, it } from "vitest";
import { appearancesByPerson, flagGoldenExports, type GoldenExport } from "./golden-exports.js";
import { systems } from "./systems.js";

interface Expected {
  readonly children: Record<
    string,
    { readonly markers: readonly string[]; readonly notes: readonly string[] }
  >;
}
const expected = JSON.parse(
  await readFile(new URL("../expected-markers.json", import.meta.url), "utf8"),
) as Expected;

const compiled = compilePolicy(nationalPolicy);
if (!compiled.ok) throw new Error("the national policy compiles");

let exports: GoldenExport[] = [];
beforeAll(async () => {
  exports = await flagGoldenExports(compiled.value);
});

describe("the golden children in all four systems", () => {
  it("maps every record of every export, rejecting none", () => {
    expect(exports.map((e) => e.system)).toEqual(systems.map((s) => s.name));
    for (const { system, result } of exports) {
      expect(result.rejected, system).toEqual([]);
      expect(result.reconciliation.read, system).toBe(result.flagged.length);
      expect(result.reconciliation.unmappedCodes, system).toEqual([]);
    }
  });

  const children = Object.entries(expected.children);
  it.each(children)("gives %s the expected markers and notes in every system", (ref, want) => {
    const appearances = appearancesByPerson(exports).get(ref) ?? [];
    expect(appearances.map((a) => a.system)).toEqual(systems.map((s) => s.name));
    for (const appearance of appearances) {
      expect(appearance.markers, appearance.system).toEqual(want.markers);
      expect(appearance.notes, appearance.system).toEqual(want.notes);
    }
  });

  it("proposes nothing on the records themselves or on anyone but the golden children", () => {
    for (const { system, result } of exports) {
      for (const { decision } of result.flagged) {
        const others = decision.proposals.filter(
          (p) => p.subject.type !== "person" || !(p.subject.ref in expected.children),
        );
        expect(others, system).toEqual([]);
      }
    }
  });
});
