import { describe, expect, it } from "vitest";
import { auditReportFixture } from "../../../test/audit-report-fixture.js";
import type { Figures, FindingRecord } from "../audit-model.js";
import {
  disclosureText,
  figuresSentence,
  groupFindings,
  personKeysText,
  recordPlaceText,
  summaryItems,
} from "./report-wording.js";

const figures: Figures = {
  cseCases: 143,
  groomingCases: 71,
  traffickingCases: 4,
  groupBasedCases: 0,
  children: 0,
  repeatMissingWithIndicators: 0,
};

const place: FindingRecord = {
  file: "crime.csv",
  index: 2,
  system: "crime",
  kind: "crime",
  role: "lacks CSE",
};

describe("figuresSentence", () => {
  it("reads like the founding report", () => {
    expect(figuresSentence(figures)).toBe("143 cases of CSE, 71 of grooming and 4 of trafficking.");
  });

  it("names the period, or the one month", () => {
    expect(figuresSentence({ ...figures, period: { from: "2012-01", to: "2012-12" } })).toBe(
      "From 2012-01 to 2012-12: 143 cases of CSE, 71 of grooming and 4 of trafficking.",
    );
    expect(figuresSentence({ ...figures, period: { from: "2012-03", to: "2012-03" } })).toMatch(
      /^In 2012-03: /,
    );
  });

  it("says one case, and c for a suppressed count", () => {
    expect(figuresSentence({ ...figures, cseCases: 1 })).toMatch(/^1 case of CSE,/);
    expect(figuresSentence({ ...figures, cseCases: "c", traffickingCases: "c" })).toBe(
      "c cases of CSE, 71 of grooming and c of trafficking.",
    );
  });
});

describe("recordPlaceText", () => {
  it("gives file:line (system) role subject", () => {
    expect(recordPlaceText({ ...place, line: 4, subject: "/persons/0" })).toBe(
      "crime.csv:4 (crime) lacks CSE /persons/0",
    );
  });

  it("counts records from 1 when there is no line", () => {
    expect(recordPlaceText(place)).toBe("crime.csv (record 3) (crime) lacks CSE");
  });

  it("adds the reference only when the record has one", () => {
    expect(recordPlaceText({ ...place, line: 4, recordId: "CR-0001" })).toBe(
      "crime.csv:4 (crime) lacks CSE [reference CR-0001]",
    );
  });
});

describe("summary", () => {
  it("lists records, people, versions and link keys", () => {
    const items = summaryItems(auditReportFixture());
    expect(items.map((item) => item.label)).toEqual([
      "Records",
      "Linked people",
      "Taxonomy version",
      "Policy",
      "Link keys",
    ]);
  });

  it("says none for no link keys, and leaves out empty layers", () => {
    const report = auditReportFixture();
    const bare = {
      ...report,
      summary: { ...report.summary, linkKeys: [], policy: { id: "national", version: "2.1.0", layers: [] } },
    };
    expect(summaryItems(bare)).toContainEqual({ label: "Link keys", value: "none" });
    expect(summaryItems(bare)).toContainEqual({ label: "Policy", value: "national 2.1.0" });
  });

  it("says whether counts are suppressed and references included", () => {
    expect(disclosureText(auditReportFixture({ suppressed: true }))).toBe(
      "Small counts are suppressed: a count from 1 to 5 reads c, and findings are given by count only. " +
        "Record references and link values are not included: records are named by file and line only.",
    );
    expect(disclosureText(auditReportFixture({ withReferences: true }))).toBe(
      "Small counts are not suppressed: findings are listed with the records they name. " +
        "Record references and link values are included.",
    );
  });
});

describe("findings", () => {
  it("groups by category in a fixed order, leaving out empty ones", () => {
    const report = auditReportFixture();
    const reversed = [...report.findings].reverse().filter((finding) => finding.category !== "confusion");
    expect(
      groupFindings(reversed).map((group) => [group.category, group.findings.map((f) => f.code)]),
    ).toEqual([
      ["marker", ["unsupported-marker", "missing-marker"]],
      ["cross-system", ["cross-system-disagreement"]],
      ["data-quality", ["unmapped-code"]],
    ]);
  });

  it("gives a person's link values only when the finding has them", () => {
    const [withKeys] = auditReportFixture({ withReferences: true }).findings;
    const [withoutKeys] = auditReportFixture().findings;
    expect(withKeys && personKeysText(withKeys)).toBe("person: CHILD-A");
    expect(withoutKeys && personKeysText(withoutKeys)).toBeUndefined();
  });
});
