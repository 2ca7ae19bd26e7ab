import type { TaxonomyDocument } from "../src/taxonomy/taxonomy-schema.js";

type AnyConcept = Record<string, unknown> & {
  code: string;
  label: string;
  definition: string;
  sources: string[];
};

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** Set-specific properties, shown in an extra column after the definition. */
function properties(concept: AnyConcept): string {
  const parts: string[] = [];
  const add = (name: string, value: unknown) => {
    if (value !== undefined)
      parts.push(`${name}: ${typeof value === "string" ? value : JSON.stringify(value)}`);
  };
  add("class", concept.class);
  if (concept.exchange === true) parts.push("exchange");
  add("indicator", concept.indicator);
  add("offence class", concept.offenceClass);
  add("rank", concept.rank);
  if (concept.terminal === true) parts.push("terminal");
  if (Array.isArray(concept.from)) add("from", concept.from.length === 0 ? "(new)" : concept.from.join(", "));
  add("to", concept.to);
  if (concept.reviewerOnly === true) parts.push("reviewer only");
  if (concept.reasonRequired === true) parts.push("reason required");
  if (concept.suspectedFalse === true) parts.push("suspected false");
  if (concept.scoreMin !== undefined) {
    parts.push(
      `score ${String(concept.scoreMin)}${concept.scoreMax === undefined ? "+" : `-${String(concept.scoreMax)}`}`,
    );
  }
  const mapsTo = concept.mapsTo as
    | { code: string; relationship: string; verified: boolean; comment?: string }
    | undefined;
  if (mapsTo) {
    parts.push(`maps to ${mapsTo.code} (${mapsTo.relationship}${mapsTo.verified ? "" : ", unverified"})`);
    if (mapsTo.comment) parts.push(mapsTo.comment);
  }
  if (typeof concept.note === "string") parts.push(`Note: ${concept.note}`);
  return parts.join("; ");
}

function status(concept: AnyConcept): string {
  const deprecation = concept.deprecation as
    | { since: string; successors: { relation: string; code: string }[] }
    | undefined;
  if (!deprecation) return String(concept.status);
  const successors = deprecation.successors.map((s) => `${s.relation} ${s.code}`).join(", ");
  return `deprecated in ${deprecation.since}${successors ? ` (${successors})` : ""}`;
}

/** Renders `docs/taxonomy.md` from the taxonomy document. */
export function renderTaxonomyMarkdown(doc: TaxonomyDocument): string {
  const lines: string[] = [
    "<!-- Generated from packages/core/taxonomy/ by `pnpm generate`. Do not edit. -->",
    "",
    `# The cse-flags taxonomy, version ${doc.version}`,
    "",
    doc.description,
    "",
    "Codes are forever: a code is deprecated with a successor, never deleted or reused.",
    "See [concepts](concepts.md) for how the taxonomy is versioned and used.",
    "",
    "## Code sets",
    "",
    ...Object.values(doc.codeSets).map(
      (set) => `- [${set.label}](#${set.id}) (\`${set.id}\`, ${set.concepts.length} codes)`,
    ),
    "",
  ];
  for (const set of Object.values(doc.codeSets)) {
    lines.push(
      `<a id="${set.id}"></a>`,
      "",
      `## ${set.label}`,
      "",
      `Code set \`${set.id}\`. ${set.description}`,
      "",
    );
    lines.push(
      "| code | label | definition | properties | sources | since | status |",
      "|---|---|---|---|---|---|---|",
    );
    for (const concept of set.concepts as unknown as AnyConcept[]) {
      lines.push(
        `| \`${concept.code}\` | ${cell(concept.label)} | ${cell(concept.definition)} | ${cell(properties(concept))} | ${concept.sources.map((s) => `[${s}](#source-${s})`).join(", ")} | ${String(concept.since)} | ${status(concept)} |`,
      );
    }
    lines.push("");
  }
  lines.push("## Sources", "");
  for (const source of doc.sources) {
    lines.push(
      `- <a id="source-${source.id}"></a>\`${source.id}\`: ${source.title}. ${source.publisher}${source.year ? `, ${source.year}` : ""}.`,
    );
  }
  lines.push("");
  return lines.join("\n");
}
