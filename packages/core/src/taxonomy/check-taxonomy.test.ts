import { describe, expect, it } from "vitest";
import { formatPath } from "../issue.js";
import { parseTaxonomy } from "../parse/parse.js";
import { checkTaxonomy } from "./check-taxonomy.js";
import { taxonomy } from "./taxonomy.js";
import type { TaxonomyDocument } from "./taxonomy-schema.js";

const copy = (): TaxonomyDocument => structuredClone(taxonomy) as TaxonomyDocument;

const problems = (doc: TaxonomyDocument) =>
  checkTaxonomy(doc).map((issue) => `${formatPath(issue.path)} ${issue.message}`);

const at = <T>(items: T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`fixture has no item ${index}`);
  return item;
};

describe("checkTaxonomy", () => {
  it("finds nothing wrong with the shipped taxonomy", () => {
    expect(problems(taxonomy)).toEqual([]);
    expect(parseTaxonomy(taxonomy).ok).toBe(true);
  });

  it("refuses a code used twice in one code set", () => {
    const doc = copy();
    doc.codeSets["marker-kind"].concepts.push({ ...at(doc.codeSets["marker-kind"].concepts, 0) });
    expect(problems(doc)).toContain(
      "/codeSets/marker-kind/concepts/4/code Code is used twice in this code set",
    );
  });

  it("refuses an indicator whose class is not an indicator class", () => {
    const doc = copy();
    at(doc.codeSets.indicator.concepts, 0).class = "sexual";
    expect(problems(doc)).toContain(
      "/codeSets/indicator/concepts/0/class Names a code that is not in indicator-class",
    );
  });

  it("refuses an exchange flag outside sexual-element signs, and a sexual-element sign without one", () => {
    const doc = copy();
    const general = doc.codeSets.indicator.concepts.findIndex((c) => c.class === "general-vulnerability");
    const sexual = doc.codeSets.indicator.concepts.findIndex((c) => c.class === "sexual-element");
    at(doc.codeSets.indicator.concepts, general).exchange = true;
    delete at(doc.codeSets.indicator.concepts, sexual).exchange;
    expect(problems(doc)).toEqual([
      `/codeSets/indicator/concepts/${general}/exchange Only sexual-element signs can be exchanges`,
      `/codeSets/indicator/concepts/${sexual}/exchange A sexual-element sign must say whether it is an exchange`,
    ]);
  });

  it("refuses a mapping that is not a verified equivalent and has no comment", () => {
    const doc = copy();
    delete at(doc.codeSets["risk-london"].concepts, 0).mapsTo.comment;
    expect(problems(doc)).toContain(
      "/codeSets/risk-london/concepts/0/mapsTo/comment A mapping that is not a verified equivalent needs a comment",
    );
  });

  it("refuses a crosswalk to a level that does not exist", () => {
    const doc = copy();
    at(doc.codeSets["risk-seraf"].concepts, 3).mapsTo.code = "critical";
    expect(problems(doc)).toContain(
      "/codeSets/risk-seraf/concepts/3/mapsTo/code Names a code that is not in risk-level",
    );
  });

  it("refuses a source that is not listed", () => {
    const doc = copy();
    at(doc.codeSets["marker-kind"].concepts, 0).sources = ["no-such-source"];
    expect(problems(doc)).toContain(
      "/codeSets/marker-kind/concepts/0/sources/0 Names a source that is not in the taxonomy's sources",
    );
  });

  it("refuses deprecations without successors that exist, and deprecated codes without a deprecation", () => {
    const doc = copy();
    const online = at(doc.codeSets["marker-qualifier"].concepts, 0);
    online.status = "deprecated";
    expect(problems(doc)).toContain(
      "/codeSets/marker-qualifier/concepts/0/deprecation A deprecated concept needs a deprecation",
    );
    online.deprecation = {
      since: "1.0.0",
      reason: "Synthetic test change",
      successors: [{ relation: "replacedBy", code: "nope" }],
    };
    expect(problems(doc)).toContain(
      "/codeSets/marker-qualifier/concepts/0/deprecation Names a successor that is not in this code set",
    );
  });

  it("refuses concepts newer than the taxonomy", () => {
    const doc = copy();
    at(doc.codeSets["marker-kind"].concepts, 1).since = "2.0.0";
    expect(problems(doc)).toContain(
      "/codeSets/marker-kind/concepts/1/since Concept is newer than the taxonomy",
    );
  });

  it("refuses a lifecycle in which software could confirm a marker", () => {
    const doc = copy();
    const confirm = doc.codeSets["marker-transition"].concepts.findIndex((c) => c.code === "confirm");
    at(doc.codeSets["marker-transition"].concepts, confirm).reviewerOnly = false;
    expect(problems(doc)).toContain(
      `/codeSets/marker-transition/concepts/${confirm}/reviewerOnly Only a reviewer may confirm a marker`,
    );
  });

  it("refuses a lifecycle with two ways to create a marker", () => {
    const doc = copy();
    at(doc.codeSets["marker-transition"].concepts, 1).from = [];
    expect(problems(doc)).toContain(
      "/codeSets/marker-transition Exactly one transition must create a marker",
    );
  });

  it("parseTaxonomy reports shape problems before reference problems", () => {
    const doc = copy() as unknown as Record<string, unknown>;
    delete doc.version;
    const parsed = parseTaxonomy(doc);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => formatPath(i.path))).toEqual(["/version"]);
  });
});
