import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parseTaxonomy } from "../parse/parse.js";
import { diffTaxonomy } from "./diff-taxonomy.js";
import { compareVersions } from "./semver.js";
import { taxonomy } from "./taxonomy.js";
import type { TaxonomyDocument } from "./taxonomy-schema.js";

// Each released taxonomy is kept in taxonomy/released/<version>.json. On release,
// copy taxonomy.json there; this test then holds every later change to the rules.
const releasedDir = new URL("../../taxonomy/released/", import.meta.url);

async function lastReleased(): Promise<TaxonomyDocument> {
  const versions = (await readdir(releasedDir))
    .filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name))
    .map((name) => name.slice(0, -".json".length))
    .sort(compareVersions);
  const latest = versions.at(-1);
  if (latest === undefined) throw new Error("no released taxonomy snapshot in taxonomy/released/");
  const parsed = parseTaxonomy(JSON.parse(await readFile(new URL(`${latest}.json`, releasedDir), "utf8")));
  if (!parsed.ok) throw new Error(`released snapshot ${latest} is not a valid taxonomy`);
  return parsed.value;
}

const mutable = (doc: TaxonomyDocument): TaxonomyDocument => structuredClone(doc) as TaxonomyDocument;

describe("taxonomy compatibility with the last released snapshot", () => {
  it("the shipped taxonomy may be released after the last snapshot", async () => {
    const diff = diffTaxonomy(await lastReleased(), taxonomy);
    expect(diff.problems).toEqual([]);
    expect(diff.compatible).toBe(true);
  });

  it("fails when a code disappears, whatever the version", async () => {
    const next = mutable(taxonomy);
    next.codeSets.indicator.concepts = next.codeSets.indicator.concepts.filter(
      (c) => c.code !== "exchange-money",
    );
    next.version = "9.0.0";
    const diff = diffTaxonomy(await lastReleased(), next);
    expect(diff.compatible).toBe(false);
    expect(diff.changes).toContainEqual({ codeSet: "indicator", code: "exchange-money", kind: "removed" });
    expect(diff.problems.join("\n")).toContain("indicator/exchange-money was removed");
  });

  it("fails when a code changes meaning without a major version, and passes with one", async () => {
    const released = await lastReleased();
    const next = mutable(taxonomy);
    const drugs = next.codeSets.indicator.concepts.find((c) => c.code === "found-with-drugs-or-weapons");
    if (!drugs) throw new Error("fixture code missing");
    drugs.class = "shared-exploitation-sign";
    next.version = "1.1.0";
    const minor = diffTaxonomy(released, next);
    expect(minor.compatible).toBe(false);
    expect(minor.requiredBump).toBe("major");
    expect(minor.changes).toContainEqual({
      codeSet: "indicator",
      code: "found-with-drugs-or-weapons",
      kind: "meaning-changed",
      fields: ["class"],
    });
    next.version = "2.0.0";
    expect(diffTaxonomy(released, next).compatible).toBe(true);
  });

  it("fails when a definition is reworded without a major version", async () => {
    const next = mutable(taxonomy);
    const cse = next.codeSets["marker-kind"].concepts[0];
    if (!cse) throw new Error("fixture code missing");
    cse.definition = `${cse.definition} Reworded.`;
    next.version = "1.0.1";
    expect(diffTaxonomy(await lastReleased(), next).requiredBump).toBe("major");
  });

  it("needs a minor version to add or deprecate a code, and a patch for a new label", async () => {
    const released = await lastReleased();
    const next = mutable(taxonomy);
    const online = next.codeSets["marker-qualifier"].concepts[0];
    if (!online) throw new Error("fixture code missing");
    next.codeSets["marker-qualifier"].concepts.push({ ...online, code: "familial", since: "1.1.0" });
    online.status = "deprecated";
    online.deprecation = { since: "1.1.0", reason: "Synthetic test change", successors: [] };
    next.version = "1.0.1";
    const patch = diffTaxonomy(released, next);
    expect(patch.requiredBump).toBe("minor");
    expect(patch.compatible).toBe(false);
    next.version = "1.1.0";
    const minor = diffTaxonomy(released, next);
    expect(minor.compatible).toBe(true);
    expect(minor.changes).toEqual(
      expect.arrayContaining([
        { codeSet: "marker-qualifier", code: "online", kind: "deprecated" },
        { codeSet: "marker-qualifier", code: "familial", kind: "added" },
      ]),
    );

    const relabelled = mutable(taxonomy);
    const group = relabelled.codeSets["marker-qualifier"].concepts[1];
    if (!group) throw new Error("fixture code missing");
    group.label = "Group-based (two or more offenders)";
    relabelled.version = "1.0.1";
    const described = diffTaxonomy(released, relabelled);
    expect(described.requiredBump).toBe("patch");
    expect(described.compatible).toBe(true);
  });

  it("fails when the version goes down", async () => {
    const next = mutable(taxonomy);
    next.version = "0.9.0";
    expect(diffTaxonomy(await lastReleased(), next).problems).toContain("The version went down");
  });
});
