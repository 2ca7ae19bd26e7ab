import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditReportFixture, referenceValues } from "../../../test/audit-report-fixture.js";
import { htmlContentSecurityPolicy, renderHtml } from "./render-html.js";

const tagCount = (html: string): number => html.split("<").length - 1;
const headings = (html: string, level: number): string[] =>
  [...html.matchAll(new RegExp(`<h${level}[^>]*>(.*?)</h${level}>`, "g"))].map((m) => m[1] ?? "");

describe("renderHtml", () => {
  it("is one HTML document whose policy lets it load nothing", () => {
    const html = renderHtml(auditReportFixture());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html.endsWith("</html>\n")).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:">`,
    );
    expect(htmlContentSecurityPolicy).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  });

  it("has no script and points at nothing outside itself", () => {
    const html = renderHtml(auditReportFixture({ withReferences: true }));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toContain("@import");
    // The SVG namespace is a name, not a fetch; every other URL is inline data or a fragment.
    expect(html.replaceAll('xmlns="http://www.w3.org/2000/svg"', "")).not.toMatch(/https?:|\/\//);
    for (const [, url] of html.matchAll(/\s(?:src|href)="([^"]*)"/g)) expect(url).toMatch(/^data:/);
    for (const [, url] of html.matchAll(/url\(([^)]*)\)/g)) expect(url).toMatch(/^#chart-\d+-hatch$/);
  });

  it("has the markdown report's sections", () => {
    const html = renderHtml(auditReportFixture());
    expect(headings(html, 1)).toEqual(["CSE flagging audit"]);
    expect(headings(html, 2)).toEqual(["Summary", "Figures", "Findings", "Profile"]);
    expect(headings(html, 3)).toEqual([
      "Missing and unsupported markers",
      "Confused marker kinds",
      "Disagreements across systems",
      "Data quality",
      "Markers",
      "Offence classes",
      "Indicators",
      "Age at the event",
      "Systems",
      "Months",
    ]);
    expect(html).toContain("<dt>Records</dt><dd>214 read, 212 audited, 2 rejected</dd>");
    expect(html).toContain("<dt>Link keys</dt><dd>person, occurrence</dd>");
    expect(html).toContain("From 2024-01 to 2024-06: 48 cases of CSE, 21 of grooming and 4 of trafficking.");
    expect(html).toContain("<li>exports/crime.csv:4 (crime) lacks CSE /persons/0</li>");
  });

  it("draws a chart for the finding counts and for each profile table, each with a table beside it", () => {
    const html = renderHtml(auditReportFixture());
    expect(html.match(/<svg /g)).toHaveLength(7);
    expect(html.match(/<div class="pair"><figure><svg /g)).toHaveLength(7);
    expect(html).toContain('aria-labelledby="chart-1-title chart-1-desc"');
    expect(html).toContain('<title id="chart-2-title">Markers</title>');
    expect(html).toContain('<tr><th scope="row">CSE</th><td class="num">41</td><td class="num">48</td></tr>');
  });

  it("escapes hostile file names everywhere", () => {
    const name = `<script>alert(1)</script>=cmd|' /C calc'!A0.csv`;
    const html = renderHtml(auditReportFixture({ crimeFile: name }));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;=cmd|&#39; /C calc&#39;!A0.csv");
  });

  it("adds no markup, whatever the files are called", () => {
    const tags = tagCount(renderHtml(auditReportFixture()));
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (name) => {
        const html = renderHtml(auditReportFixture({ crimeFile: name }));
        expect(tagCount(html)).toBe(tags);
      }),
      { numRuns: 50 },
    );
  });

  it("shows suppressed counts as c and lists no finding", () => {
    const html = renderHtml(auditReportFixture({ suppressed: true }));
    expect(html).toContain('<tr><th scope="row">CCE</th><td class="num">7</td><td class="num">c</td></tr>');
    expect(html).toContain('<span class="count">c</span>');
    expect(html).toContain('fill="url(#chart-2-hatch)"');
    expect(html).toContain("Findings are given by count only");
    expect(html).toContain("c: a count from 1 to 5, suppressed");
    expect(html).not.toContain("<article");
    expect(renderHtml({ ...auditReportFixture(), suppressed: true })).not.toContain("<article");
  });

  it("warns about references, and shows them, only in a report made with them", () => {
    const withRefs = renderHtml(auditReportFixture({ withReferences: true }));
    expect(withRefs).toContain(
      '<p class="warning" role="note"><strong>Warning:</strong> This report carries',
    );
    expect(withRefs).toContain("<dt>Link values</dt><dd>person: CHILD-A</dd>");
    for (const value of referenceValues) expect(withRefs).toContain(value);

    const without = renderHtml(auditReportFixture());
    expect(without).not.toContain('class="warning"');
    for (const value of referenceValues) expect(without).not.toContain(value);
  });

  it("says None for a profile table with no rows rather than drawing an empty chart", () => {
    const report = auditReportFixture();
    const tables = report.profile.tables.map((table) => ({ ...table, rows: [] }));
    const html = renderHtml({ ...report, profile: { ...report.profile, tables } });
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html.match(/<p>None\.<\/p>/g)).toHaveLength(6);
  });
});
