import { readFileSync } from "node:fs";
import { compilePolicy, nationalPolicy } from "@cse-flags/core";
import { beforeAll, describe, expect, it } from "vitest";
import { type EvaluatedRecord, evaluateExport } from "./evaluate-exports.js";
import { exportFiles, renderExports, renderRows } from "./exports.js";
import {
  carriedKinds,
  findingCodes,
  proposedKinds,
  type StoryRecord,
  showsFinding,
} from "./finding-signs.js";
import { stories } from "./stories.js";
import { type SourceRecord, systemNames } from "./story.js";

const compiled = compilePolicy(nationalPolicy);
if (!compiled.ok) throw new Error("the national policy compiles");
const national = compiled.value;

/** Findings about markers, as against data quality. */
const markerFindingCodes = [
  "missing-marker",
  "unsupported-marker",
  "cse-cce-confusion",
  "cse-csa-confusion",
  "cross-system-disagreement",
] as const;

const committed = (file: string): string =>
  readFileSync(new URL(`../exports/${file}`, import.meta.url), "utf8");
const sorted = <T extends string>(values: Iterable<T>): T[] => [...new Set(values)].sort();

/** People a story's record names. */
function peopleOf(record: SourceRecord): string[] {
  if (record.system === "crime") return [...record.victims, ...record.suspects].map((p) => p.ref);
  if (record.system === "intelligence")
    return [...record.atRisk, ...(record.suspects ?? [])].map((p) => p.ref);
  if (record.system === "custody") return [record.detainee.ref];
  return [record.missing.ref, ...(record.suspects ?? []).map((p) => p.ref)];
}

describe("the committed example exports", () => {
  it.each(systemNames)(
    "hold exactly what the stories generate (%s): run `pnpm generate` after a change",
    (system) => {
      expect(committed(exportFiles[system])).toBe(renderExports(stories)[system]);
    },
  );

  it("give every record a reference of its own, and every person to one story only", () => {
    const refs = stories.flatMap((story) => story.records.map((record) => record.ref));
    expect(new Set(refs).size).toBe(refs.length);
    const storyOf = new Map<string, string>();
    for (const story of stories)
      for (const ref of story.records.flatMap(peopleOf)) {
        expect(storyOf.get(ref) ?? story.id, ref).toBe(story.id);
        storyOf.set(ref, story.id);
      }
  });

  it("keep every free-text cell blank or synthetic", () => {
    const freeText = /(_summary|_notes|_text|_title|_conditions|_circumstances|_comments)$|^circumstances$/;
    let written = 0;
    for (const system of systemNames)
      for (const row of renderRows(stories, system))
        for (const [column, value] of Object.entries(row))
          if (freeText.test(column) && !/_\d_circumstances$/.test(column) && value !== "") {
            expect(value, column).toMatch(/^Synthetic: /);
            written += 1;
          }
    expect(written).toBeGreaterThan(0);
  });
});

describe("the example exports, mapped and evaluated with the national policy", () => {
  const everyRecord: EvaluatedRecord[] = [];
  const byRef = new Map<string, EvaluatedRecord>();

  beforeAll(async () => {
    for (const system of systemNames) {
      const { records, rejected } = await evaluateExport(system, committed(exportFiles[system]), national);
      // The example is clean of rejections: every row maps.
      expect(rejected, system).toBe(0);
      everyRecord.push(...records);
    }
    for (const evaluated of everyRecord) byRef.set(evaluated.record.source.recordId, evaluated);
  });

  const evaluatedOf = (ref: string): EvaluatedRecord => {
    const evaluated = byRef.get(ref);
    if (evaluated === undefined) throw new Error(`no mapped record ${ref}`);
    return evaluated;
  };

  it("map every story record, and nothing else", () => {
    expect(sorted(byRef.keys())).toEqual(sorted(stories.flatMap((s) => s.records.map((r) => r.ref))));
    expect(byRef.size).toBe(everyRecord.length);
  });

  it("span January to October 2026, about 30 children, most of them with no marker finding", () => {
    const months = sorted(everyRecord.map((r) => r.record.event.start.slice(0, 7)));
    expect(months[0]).toBe("2026-01");
    expect(months.at(-1)).toBe("2026-10");
    const children = new Set(
      stories.flatMap((s) => s.records.flatMap(peopleOf)).filter((r) => r.startsWith("CHILD-")),
    );
    expect(children.size).toBeGreaterThanOrEqual(28);
    const markerFindings = new Set<string>(markerFindingCodes);
    const consistentChildren = stories
      .filter((s) => !s.findings.some((code) => markerFindings.has(code)))
      .flatMap((s) => s.records.flatMap(peopleOf))
      .filter((ref) => ref.startsWith("CHILD-"));
    expect(new Set(consistentChildren).size * 2).toBeGreaterThan(children.size);
  });

  describe.each(stories.map((story) => [story.id, story] as const))("story %s", (_, story) => {
    it.each(story.records.map((record) => [record.ref, record] as const))(
      "%s carries what the story says and gets the proposals it states",
      (ref, source) => {
        const evaluated = evaluatedOf(ref);
        const { person, proposes, qualifiers = [], notes = [] } = source.expect;
        expect(sorted(carriedKinds(evaluated)), "carried").toEqual(sorted(source.carries));
        expect(sorted(proposedKinds(evaluated, person)), "proposed").toEqual(sorted(proposes));
        const cse = evaluated.decision.proposals.find(
          (p) => p.kind === "CSE" && p.subject.type === "person" && p.subject.ref === person,
        );
        expect(cse === undefined ? [] : sorted(cse.qualifiers), "qualifiers").toEqual(sorted(qualifiers));
        expect(sorted(evaluated.decision.dataQuality.map((n) => n.code)), "notes").toEqual(sorted(notes));
      },
    );

    const storyRecords = (): StoryRecord[] =>
      story.records.map((record) => ({ evaluated: evaluatedOf(record.ref), person: record.expect.person }));

    if (story.findings.length === 0)
      it("is consistent: every record carries exactly the kinds the policy proposes", () => {
        for (const { evaluated, person } of storyRecords())
          expect(sorted(carriedKinds(evaluated)), evaluated.record.source.recordId).toEqual(
            sorted(proposedKinds(evaluated, person)),
          );
      });
    else
      it.each(story.findings)("shows %s", (code) => {
        expect(showsFinding(code, storyRecords(), everyRecord)).toBe(true);
      });

    // Data-quality findings are rare in the example: only the stories written for them show them.
    it.each(
      (["age-unknown", "unmapped-code", "unlinked-record"] as const).filter(
        (code) => !story.findings.includes(code),
      ),
    )("does not show %s", (code) => {
      expect(findingCodes).toContain(code);
      expect(showsFinding(code, storyRecords(), everyRecord)).toBe(false);
    });
  });
});
