import { readFile } from "node:fs/promises";
import type { CompiledPolicy } from "@cse-flags/core";
import { type FlaggedExport, flagExport, markersOnPerson } from "./flag-export.js";
import type { SystemUnderTest } from "./system.js";
import { systems } from "./systems.js";

/** The hand-written exports: the same golden children in each system's own format. */
export const exportsDir = new URL("../exports/", import.meta.url);

/** One system's golden export, mapped and evaluated. */
export interface GoldenExport {
  readonly system: SystemUnderTest["name"];
  /** The file, relative to the example's folder. */
  readonly file: string;
  readonly result: FlaggedExport;
}

/** Maps and evaluates each system's golden export (`exports/<system>.csv`). */
export async function flagGoldenExports(policy: CompiledPolicy): Promise<GoldenExport[]> {
  const out: GoldenExport[] = [];
  for (const system of systems) {
    const file = `exports/${system.name}.csv`;
    const text = await readFile(new URL(`${system.name}.csv`, exportsDir), "utf8");
    out.push({
      system: system.name,
      file,
      result: await flagExport(system.adapter, { format: "csv", text }, policy),
    });
  }
  return out;
}

/** Where a person appears in one system's export, and what was proposed for them there. */
export interface Appearance {
  readonly system: SystemUnderTest["name"];
  /** The line of the record in the export. */
  readonly line: number | undefined;
  readonly markers: readonly string[];
  /** Data-quality note codes on that record that point at this person. */
  readonly notes: readonly string[];
}

/**
 * Each person across the exports, linked by person reference (exact match only: people are
 * never matched on names or other details), with their markers in each system.
 */
export function appearancesByPerson(exports: readonly GoldenExport[]): Map<string, Appearance[]> {
  const byPerson = new Map<string, Appearance[]>();
  for (const { system, result } of exports) {
    for (const { record, decision, position } of result.flagged) {
      record.persons.forEach((person, index) => {
        const notes = decision.dataQuality
          .filter((note) => note.path === `/persons/${index}` || note.path.startsWith(`/persons/${index}/`))
          .map((note) => note.code);
        const appearance: Appearance = {
          system,
          line: position.line,
          markers: markersOnPerson(decision, person.ref),
          notes: [...new Set(notes)].sort(),
        };
        byPerson.set(person.ref, [...(byPerson.get(person.ref) ?? []), appearance]);
      });
    }
  }
  return byPerson;
}
