import { readdirSync, readFileSync } from "node:fs";
import { parseConceptMap } from "@cse-flags/adapter-kit";
import { describe, expect, it } from "vitest";
import { conceptMapTargets, custodyConceptMaps } from "./concept-maps.js";
import { coArrestedGroups, custodyExportColumns, offenceGroups, riskAnswerGroups } from "./source-schema.js";

const formatDoc = readFileSync(new URL("../../../docs/formats/custody.md", import.meta.url), "utf8");

/** The rows of the first table after a heading: each row's cells, without backquotes. */
function tableAfter(heading: string): string[][] {
  const start = formatDoc.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const lines = formatDoc.slice(start).split("\n");
  const first = lines.findIndex((line) => line.startsWith("|"));
  const table: string[] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith("|")) break;
    table.push(line);
  }
  // Skip the header and the |---| line.
  return table.slice(2).map((line) =>
    line
      .slice(1, -1)
      .split("|")
      .map((cell) => cell.trim().replaceAll("`", "")),
  );
}

/** What a map says about each code, as the doc writes it: `code target relationship`. */
const described = (name: keyof typeof custodyConceptMaps) =>
  custodyConceptMaps[name].entries
    .map((e) => ("noMap" in e ? `${e.code} (none) no map` : `${e.code} ${e.target} ${e.relationship}`))
    .sort();

describe("docs/formats/custody.md code tables", () => {
  it("list every risk-assessment question code in the concept map, and only those, with the same mapping", () => {
    const rows = tableAfter("### Risk-assessment questions");
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.map(([code, , target, relationship]) => `${code} ${target} ${relationship}`).sort()).toEqual(
      described("riskQuestions"),
    );
  });

  it("list every protective marking in the concept map, and only those, with the same mapping", () => {
    const rows = tableAfter("### Protective markings");
    expect(rows.map(([code, target, relationship]) => `${code} ${target} ${relationship}`).sort()).toEqual(
      described("protectiveMarkings"),
    );
  });
});

describe("docs/formats/custody.md, against the code", () => {
  it("lists every column of the export in its field table, and no other", () => {
    const groups: Record<string, number> = {
      offence: offenceGroups,
      ra: riskAnswerGroups,
      co_arrested: coArrestedGroups,
    };
    const documented = tableAfter("## Columns").flatMap(([column = ""]) => {
      const group = /^(offence|ra|co_arrested)_N_/.exec(column)?.[1];
      if (group === undefined) return [column];
      return Array.from({ length: groups[group] ?? 0 }, (_, i) => column.replace("_N_", `_${i + 1}_`));
    });
    expect([...documented].sort()).toEqual([...custodyExportColumns].sort());
  });

  it("lists every reason the adapter rejects a record for, and no other", () => {
    const source = readdirSync(new URL("./", import.meta.url))
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .map((name) => readFileSync(new URL(name, import.meta.url), "utf8"))
      .join("\n");
    const used = new Set([...source.matchAll(/(?:problem|reject)\(\s*"([a-z-]+)"/g)].map((m) => m[1]));
    const documented = tableAfter("## Rejections").map(([reason]) => reason);
    expect([...documented].sort()).toEqual([...used].sort());
  });
});

describe("the default concept maps", () => {
  it("are valid maps to the code sets the adapter expects", () => {
    for (const [name, map] of Object.entries(custodyConceptMaps)) {
      const target = conceptMapTargets[name as keyof typeof conceptMapTargets];
      expect(parseConceptMap(map, { target }).ok, name).toBe(true);
    }
  });

  it("are frozen, entries included", () => {
    expect(Object.isFrozen(custodyConceptMaps)).toBe(true);
    expect(Object.isFrozen(custodyConceptMaps.riskQuestions)).toBe(true);
    expect(Object.isFrozen(custodyConceptMaps.riskQuestions.entries)).toBe(true);
    expect(Object.isFrozen(custodyConceptMaps.riskQuestions.entries[0])).toBe(true);
  });

  it("express, with an equivalent code, every sign the consistency proof needs", () => {
    const equivalent = new Set(
      custodyConceptMaps.riskQuestions.entries.flatMap((e) =>
        "target" in e && e.relationship === "equivalent" ? [e.target] : [],
      ),
    );
    for (const sign of [
      "missing-from-home-or-care",
      "exchange-gifts",
      "exchange-money",
      "associates-with-older-adults",
      "drug-supply",
      "found-out-of-area",
      "online-grooming",
      "staying-out-late",
      "multiple-phones-or-sims",
    ] as const)
      expect(equivalent.has(sign), sign).toBe(true);
  });
});
