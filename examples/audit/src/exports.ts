// The four example exports, rendered from the stories. Pure: the same stories always give
// the same text, which is what lets a test compare the committed files with it.
import { crimeExportColumns } from "@cse-flags/adapter-crime";
import { custodyExportColumns } from "@cse-flags/adapter-custody";
import { intelligenceExportColumns } from "@cse-flags/adapter-intelligence";
import { missingPersonExportColumns } from "@cse-flags/adapter-missing-person";
import { crimeRow } from "./render/crime.js";
import { custodyRow } from "./render/custody.js";
import { csvText } from "./render/export-text.js";
import { intelligenceRow } from "./render/intelligence.js";
import { missingPersonRow } from "./render/missing-person.js";
import type { SourceRecord, Story, SystemName } from "./story.js";

type RecordOf<S extends SystemName> = Extract<SourceRecord, { system: S }>;

/** The file each system's export is written to, in `examples/audit/exports/`. */
export const exportFiles: Readonly<Record<SystemName, string>> = {
  crime: "crime.csv",
  intelligence: "intelligence.csv",
  custody: "custody.csv",
  "missing-person": "missing-person.csv",
};

/** Each system's columns (the adapter's own list) and how one record becomes a row. */
const layouts: {
  readonly [S in SystemName]: {
    columns: readonly string[];
    row: (record: RecordOf<S>) => Record<string, string>;
  };
} = {
  crime: { columns: crimeExportColumns, row: crimeRow },
  intelligence: { columns: intelligenceExportColumns, row: intelligenceRow },
  custody: { columns: custodyExportColumns, row: custodyRow },
  "missing-person": { columns: missingPersonExportColumns, row: missingPersonRow },
};

/** A system's records from every story, in reference order, as an export lists them. */
function recordsOf<S extends SystemName>(stories: readonly Story[], system: S): RecordOf<S>[] {
  return stories
    .flatMap((story) => story.records)
    .filter((record): record is RecordOf<S> => record.system === system)
    .sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
}

/** A system's export as rows, keyed by column. */
export function renderRows<S extends SystemName>(
  stories: readonly Story[],
  system: S,
): Record<string, string>[] {
  return recordsOf(stories, system).map((record) => layouts[system].row(record));
}

/** Each system's export as CSV text. */
export function renderExports(stories: readonly Story[]): Record<SystemName, string> {
  const text = <S extends SystemName>(system: S): string =>
    csvText(layouts[system].columns, renderRows(stories, system));
  return {
    crime: text("crime"),
    intelligence: text("intelligence"),
    custody: text("custody"),
    "missing-person": text("missing-person"),
  };
}
