import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditReportFixture, referenceValues } from "../../../test/audit-report-fixture.js";
import { renderMarkdown } from "./render-markdown.js";

const hostile = `=cmd|' /C calc'!A0.csv`;

/** The cells of a table row, splitting on pipes that no backslash escapes. */
const cellsOf = (row: string): string[] =>
  row
    .slice(2, -2)
    .split(/(?<=(?:^|[^\\])(?:\\\\)*) \| /)
    .map((cell) => cell.trim());

describe("renderMarkdown", () => {
  it("has the title, summary, figures, findings and profile in order", () => {
    const md = renderMarkdown(auditReportFixture());
    const headings = md.split("\n").filter((line) => line.startsWith("#"));
    expect(headings).toEqual([
      "# CSE flagging audit",
      "## Figures",
      "## Findings",
      "### Missing and unsupported markers",
      "#### missing-marker (high)",
      "#### unsupported-marker (medium)",
      "### Confused marker kinds",
      "#### cse-cce-confusion (high)",
      "### Disagreements across systems",
      "#### cross-system-disagreement (high)",
      "### Data quality",
      "#### unmapped-code (low)",
      "## Profile",
      "### Markers",
      "### Offence classes",
      "### Indicators",
      "### Age at the event",
      "### Systems",
      "### Months",
    ]);
  });

  it("gives the summary: records, versions, link keys, files and systems", () => {
    const md = renderMarkdown(auditReportFixture());
    expect(md).toContain("- Records: 214 read, 212 audited, 2 rejected\n");
    expect(md).toContain("- Taxonomy version: 1.0.0\n");
    expect(md).toContain("- Policy: national 1.0.0 (layers: national, example-force)\n");
    expect(md).toContain("- Link keys: person, occurrence\n");
    expect(md).toContain("| exports/intelligence.csv | intelligence | 60 |\n");
    expect(md).toContain("| missing-person | 30 |\n");
    expect(md).toContain("Small counts are not suppressed");
    expect(md).toContain("Record references and link values are not included");
  });

  it("gives the figures in the founding report's words", () => {
    const md = renderMarkdown(auditReportFixture());
    expect(md).toContain(
      "\nFrom 2024-01 to 2024-06: 48 cases of CSE, 21 of grooming and 4 of trafficking.\n",
    );
    expect(md).toContain("| Children with a CSE marker, carried or proposed, in any system | 40 |\n");
  });

  it("lists each finding with its records, rules and evidence", () => {
    const md = renderMarkdown(auditReportFixture());
    expect(md).toContain("| missing-marker | 12 |\n");
    expect(md).toContain(
      "#### missing-marker (high)\n\nThe policy proposes CSE for person 1 in crime, which the record does not carry.\n",
    );
    expect(md).toContain("  - exports/crime.csv:4 (crime) lacks CSE /persons/0\n");
    expect(md).toContain("- Rules: national/cse-defining-offence\n");
    expect(md).toContain("- Evidence: /offences/0/homeOfficeCode, /persons/0/ageAtEvent\n");
    expect(md).toContain("- Detail: offence-code\n");
  });

  it("renders profile tables with counts right-aligned", () => {
    const md = renderMarkdown(auditReportFixture());
    expect(md).toContain(
      "| marker | carried | proposed |\n| --- | ---: | ---: |\n| CSE | 41 | 48 |\n| CSA | 12 | 9 |\n",
    );
  });

  it("escapes a hostile file name in tables and in the findings", () => {
    const md = renderMarkdown(auditReportFixture({ crimeFile: hostile }));
    expect(md).toContain("| \\=cmd\\|' /C calc'!A0.csv | crime | 80 |\n");
    expect(md).toContain("  - \\=cmd\\|' /C calc'!A0.csv:4 (crime) lacks CSE /persons/0\n");
  });

  it("never lets HTML from a file name through", () => {
    const md = renderMarkdown(auditReportFixture({ crimeFile: "<script>alert(1)</script>.csv" }));
    expect(md).not.toMatch(/(^|[^\\])<script/);
    expect(md).toContain("\\<script\\>alert(1)\\</script\\>.csv");
  });

  it("keeps the file table's shape whatever the file is called", () => {
    const lines = renderMarkdown(auditReportFixture()).split("\n").length;
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (name) => {
        const md = renderMarkdown(auditReportFixture({ crimeFile: name }));
        expect(md.split("\n")).toHaveLength(lines);
        const row = md.split("\n").find((line) => line.endsWith(" | crime | 80 |"));
        expect(row).toBeDefined();
        expect(cellsOf(row ?? "")).toHaveLength(3);
      }),
    );
  });

  it("shows suppressed counts as c and lists no finding", () => {
    const md = renderMarkdown(auditReportFixture({ suppressed: true }));
    expect(md).toContain("| unsupported-marker | c |\n");
    expect(md).toContain("| CCE | 7 | c |\n");
    expect(md).toContain("48 cases of CSE, 21 of grooming and c of trafficking.");
    expect(md).toContain("Small counts are suppressed");
    expect(md).toContain("Findings are given by count only");
    expect(md).not.toContain("####");
    expect(md).not.toContain("exports/crime.csv:");
    // Even a report whose builder left findings in must not list them once suppressed.
    const leaky = { ...auditReportFixture(), suppressed: true };
    expect(renderMarkdown(leaky)).not.toContain("####");
  });

  it("warns about references, and shows them, only in a report made with them", () => {
    const withRefs = renderMarkdown(auditReportFixture({ withReferences: true }));
    expect(withRefs).toMatch(
      /^# CSE flagging audit\n\n> \*\*Warning:\*\* This report carries record references/,
    );
    expect(withRefs).toContain("Record references and link values are included.");
    expect(withRefs).toContain("lacks CSE /persons/0 \\[reference CR-0001\\]");
    expect(withRefs).toContain("- Link values: person: CHILD-A\n");
    for (const value of referenceValues) expect(withRefs).toContain(value);

    const without = renderMarkdown(auditReportFixture());
    expect(without).not.toContain("Warning");
    for (const value of referenceValues) expect(without).not.toContain(value);
  });

  it("says so when there are no findings", () => {
    const md = renderMarkdown({ ...auditReportFixture(), findings: [] });
    expect(md).toContain("No findings.");
  });
});
