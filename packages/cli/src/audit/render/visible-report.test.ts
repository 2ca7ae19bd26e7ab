import { describe, expect, it } from "vitest";
import { auditReportFixture } from "../../../test/audit-report-fixture.js";
import { visibleReport } from "./visible-report.js";

describe("visibleReport", () => {
  it("drops record references and link values when the report is without references", () => {
    const withRefs = auditReportFixture({ withReferences: true });
    const leaky = { ...withRefs, withReferences: false };
    const shown = JSON.stringify(visibleReport(leaky));
    expect(JSON.stringify(leaky)).toContain("CR-0001");
    expect(shown).not.toContain("CR-0001");
    expect(shown).not.toContain("recordId");
    expect(shown).not.toContain("personKeys");
    expect(visibleReport(leaky).findings).toHaveLength(leaky.findings.length);
  });

  it("keeps them when the report is with references", () => {
    const report = auditReportFixture({ withReferences: true });
    expect(visibleReport(report)).toEqual(report);
  });

  it("lists no finding when small counts are suppressed, but keeps the counts", () => {
    const leaky = { ...auditReportFixture(), suppressed: true };
    expect(leaky.findings.length).toBeGreaterThan(0);
    expect(visibleReport(leaky).findings).toEqual([]);
    expect(visibleReport(leaky).findingCounts).toEqual(leaky.findingCounts);
  });
});
