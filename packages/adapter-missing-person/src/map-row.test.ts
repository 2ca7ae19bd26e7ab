import { type CanonicalRecord, securityClassificationCodes } from "@cse-flags/core";
import { describe, expect, it } from "vitest";
import type { MissingPersonExportRow } from "./source-schema.js";
import { baseRow, mapRowForTest, outcomeOf } from "./test-support/rows.js";

/** Maps a row that must map, and returns its record. */
function mapped(overrides: Partial<MissingPersonExportRow>): CanonicalRecord {
  const outcome = mapRowForTest(baseRow(overrides));
  if (outcome.status !== "mapped") throw new Error(`expected the row to map, got ${outcomeOf(outcome)}`);
  return outcome.record;
}

const rejection = (overrides: Partial<MissingPersonExportRow>): string =>
  outcomeOf(mapRowForTest(baseRow(overrides)));

const signsOf = (record: CanonicalRecord) => record.indicators.map((i) => `${i.code}<-${i.sourcePath}`);

describe("mapping one episode", () => {
  it("maps the base row to the record a reviewer would expect", () => {
    expect(mapped({})).toEqual({
      kind: "missing-person",
      source: {
        force: "force-x",
        system: "missing-person-reference-export",
        recordId: "MP-0100",
        adapter: { id: "missing-person", version: "1.0.0" },
      },
      classification: "OFFICIAL-SENSITIVE",
      // 14 March is before the clocks go forward: GMT.
      event: { start: "2026-03-14T19:05:00+00:00", end: "2026-03-15T02:30:00+00:00" },
      recordedAt: "2026-03-14T19:20:00+00:00",
      persons: [{ ref: "CHILD-A", roles: ["missing-person"], dateOfBirth: "2011-09-02", attributes: [] }],
      offences: [],
      indicators: [
        {
          code: "missing-from-home-or-care",
          personRef: "CHILD-A",
          observedAt: "2026-03-14T19:05:00+00:00",
          sourcePath: "reported_missing",
        },
      ],
      locations: [],
      vehicles: [],
      missingEpisode: {
        personRef: "CHILD-A",
        reportedAt: "2026-03-14T19:05:00+00:00",
        foundAt: "2026-03-15T02:30:00+00:00",
        legacyCategory: "missing",
        riskLevel: "medium",
      },
      markers: [],
      unmappedCodes: [],
    });
  });

  it("records going missing on the child for missing, absent and uncategorised episodes alike", () => {
    for (const category of ["M", "A", ""]) {
      const record = mapped({ category });
      expect(signsOf(record), category).toEqual(["missing-from-home-or-care<-reported_missing"]);
    }
    expect(mapped({ category: "A" }).missingEpisode?.legacyCategory).toBe("absent");
    expect(mapped({ category: "" }).missingEpisode).not.toHaveProperty("legacyCategory");
  });

  it("reads every marking core holds as the record's classification, and refuses no other", () => {
    expect(securityClassificationCodes).toContain("TOP-SECRET");
    for (const marking of securityClassificationCodes)
      expect(mapped({ protective_marking: marking }).classification).toBe(marking);
    expect(rejection({ protective_marking: "" as "OFFICIAL" })).toBe("invalid_value@protective_marking");
    expect(rejection({ protective_marking: "official" as "OFFICIAL" })).toBe(
      "invalid_value@protective_marking",
    );
  });

  it("keeps the event open while the person is still missing", () => {
    const record = mapped({ found: "" });
    expect(record.event).toEqual({ start: "2026-03-14T19:05:00+00:00" });
    expect(record.missingEpisode).not.toHaveProperty("foundAt");
  });
});

describe("UK local times", () => {
  it("gives each time its offset: GMT, BST, a date alone, the repeated autumn hour as BST", () => {
    const reported = (cell: string) =>
      mapped({ reported_missing: cell, found: "" }).missingEpisode?.reportedAt;
    expect(reported("29/03/2026 00:30")).toBe("2026-03-29T00:30:00+00:00");
    expect(reported("29/03/2026 02:30")).toBe("2026-03-29T02:30:00+01:00");
    expect(reported("25/10/2026 01:30")).toBe("2026-10-25T01:30:00+01:00");
    expect(reported("25/10/2026 02:30")).toBe("2026-10-25T02:30:00+00:00");
    expect(reported("14/03/2026")).toBe("2026-03-14");
  });

  it("rejects a time the clocks skipped and a date that does not exist, naming the column", () => {
    expect(rejection({ reported_missing: "29/03/2026 01:30", found: "" })).toBe(
      "invalid-date@reported_missing",
    );
    expect(rejection({ reported_missing: "31/02/2026 10:00", found: "" })).toBe(
      "invalid-date@reported_missing",
    );
    expect(rejection({ found: "30/02/2026" })).toBe("invalid-date@found");
    expect(rejection({ date_created: "29/02/2026 10:00" })).toBe("invalid-date@date_created");
    expect(rejection({ rhi_offered: "31/04/2026 10:00" })).toBe("invalid-date@rhi_offered");
    expect(rejection({ rhi_completed: "31/06/2026" })).toBe("invalid-date@rhi_completed");
    expect(rejection({ date_of_birth: "29/02/2011" })).toBe("invalid-date@date_of_birth");
  });

  it("rejects a person found before they were reported, comparing dates alone by the day", () => {
    expect(rejection({ found: "14/03/2026 19:04" })).toBe("found-before-reported@found");
    expect(rejection({ found: "13/03/2026" })).toBe("found-before-reported@found");
    expect(mapped({ found: "14/03/2026" }).missingEpisode?.foundAt).toBe("2026-03-14");
  });

  it("keeps the return home interview's times", () => {
    const record = mapped({ rhi_offered: "15/03/2026 10:00", rhi_completed: "" });
    expect(record.missingEpisode?.returnHomeInterview).toEqual({ offeredAt: "2026-03-15T10:00:00+00:00" });
    expect(mapped({}).missingEpisode).not.toHaveProperty("returnHomeInterview");
  });
});

describe("the missing person", () => {
  it("adds an attribute for Y only: N and a blank (not answered) add nothing", () => {
    const attributes = (looked_after: "Y" | "N" | "", learning_disability: "Y" | "N" | "") =>
      mapped({ looked_after, learning_disability }).persons[0]?.attributes;
    // Canonical order: attributes sorted.
    expect(attributes("Y", "Y")).toEqual(["learning-disability", "looked-after"]);
    expect(attributes("Y", "")).toEqual(["looked-after"]);
    expect(attributes("N", "Y")).toEqual(["learning-disability"]);
    expect(attributes("", "N")).toEqual([]);
  });

  it("refuses an answer other than Y, N or blank, such as Yes or a lower-case y", () => {
    for (const answer of ["Yes", "No", "y", "n"])
      expect(rejection({ looked_after: answer as "Y" })).toBe("invalid_value@looked_after");
    expect(rejection({ learning_disability: "yes" as "Y" })).toBe("invalid_value@learning_disability");
  });

  it("keeps a stated age when no date of birth is held, and checks it when one is", () => {
    expect(mapped({ date_of_birth: "", age_at_report: "13" }).persons[0]).toEqual({
      ref: "CHILD-A",
      roles: ["missing-person"],
      ageAtEvent: 13,
      attributes: [],
    });
    // Born 02/09/2011: 14 on 14/03/2026.
    expect(mapped({ age_at_report: "14" }).persons[0]?.ageAtEvent).toBe(14);
    expect(rejection({ age_at_report: "13" })).toBe("age-does-not-match-date-of-birth@age_at_report");
    expect(rejection({ date_of_birth: "", age_at_report: "131" })).toBe("invalid-age@age_at_report");
  });

  it("rejects a date of birth after the report", () => {
    expect(rejection({ date_of_birth: "15/03/2026" })).toBe("born-after-event@date_of_birth");
    expect(mapped({ date_of_birth: "14/03/2026" }).persons[0]?.dateOfBirth).toBe("2026-03-14");
  });

  it("rejects a date of birth giving an age over 130, rather than mapping the child as an adult", () => {
    // A year typed wrongly (1011 for 2011) would make Child A 1014 at the report.
    expect(rejection({ date_of_birth: "02/09/1011" })).toBe("implausible-date-of-birth@date_of_birth");
    expect(rejection({ date_of_birth: "01/01/0000" })).toBe("implausible-date-of-birth@date_of_birth");
    // Reported 14/03/2026: born 15/03/1895 is 130, the oldest core holds; a day earlier is 131.
    expect(mapped({ date_of_birth: "15/03/1895" }).persons[0]?.dateOfBirth).toBe("1895-03-15");
    expect(rejection({ date_of_birth: "14/03/1895" })).toBe("implausible-date-of-birth@date_of_birth");
    expect(
      rejection({ associate_1_ref: "ADULT-X", associate_1_type: "SUSP", associate_1_dob: "01/01/1019" }),
    ).toBe("implausible-date-of-birth@associate_1_dob");
  });
});

describe("concern codes: risk factors and return-home-interview findings", () => {
  it("puts each sign on the missing person with its column and local code as source path", () => {
    const record = mapped({
      risk_factors: "OLDER; GIFTS;;OLDER",
      rhi_findings: "OOA;CONTROL",
      rhi_completed: "16/03/2026 14:00",
    });
    expect(record.indicators).toEqual([
      // Canonical order: by code, then source path. A narrower local code still reaches its indicator.
      {
        code: "associates-with-older-adults",
        personRef: "CHILD-A",
        observedAt: "2026-03-16T14:00:00+00:00",
        sourcePath: "rhi_findings/CONTROL",
      },
      {
        code: "associates-with-older-adults",
        personRef: "CHILD-A",
        observedAt: "2026-03-14T19:05:00+00:00",
        sourcePath: "risk_factors/OLDER",
      },
      {
        code: "exchange-gifts",
        personRef: "CHILD-A",
        observedAt: "2026-03-14T19:05:00+00:00",
        sourcePath: "risk_factors/GIFTS",
      },
      {
        code: "found-out-of-area",
        personRef: "CHILD-A",
        observedAt: "2026-03-16T14:00:00+00:00",
        sourcePath: "rhi_findings/OOA",
      },
      {
        code: "missing-from-home-or-care",
        personRef: "CHILD-A",
        observedAt: "2026-03-14T19:05:00+00:00",
        sourcePath: "reported_missing",
      },
    ]);
  });

  it("leaves the observed time off findings from an interview with no recorded completion", () => {
    const [finding] = mapped({ rhi_findings: "PHONES" }).indicators.filter(
      (i) => i.code !== "missing-from-home-or-care",
    );
    expect(finding).toEqual({
      code: "multiple-phones-or-sims",
      personRef: "CHILD-A",
      sourcePath: "rhi_findings/PHONES",
    });
  });

  it("reports a code with no mapping, and drops only explicitly unmapped codes", () => {
    const record = mapped({ risk_factors: "RADIC;LATE", rhi_findings: "NOCONCERN;RADIC" });
    expect(signsOf(record)).toEqual([
      "missing-from-home-or-care<-reported_missing",
      "staying-out-late<-risk_factors/LATE",
    ]);
    expect(record.unmappedCodes).toEqual([
      { system: "missing-person-reference/concern-codes", code: "RADIC", path: "risk_factors" },
      { system: "missing-person-reference/concern-codes", code: "RADIC", path: "rhi_findings" },
    ]);
  });

  it("refuses codes that are not in the code-list form before mapping", () => {
    expect(rejection({ risk_factors: "gifts" })).toBe("invalid_format@risk_factors");
    expect(rejection({ risk_factors: "-GIFTS" })).toBe("invalid_format@risk_factors");
    // The limits docs/formats/missing-person.md states: 16 characters a code, 500 a list.
    expect(mapped({ risk_factors: `GIFTS;${"A".repeat(16)}` }).unmappedCodes).toHaveLength(1);
    expect(rejection({ risk_factors: "A".repeat(17) })).toBe("invalid_format@risk_factors");
    expect(mapped({ risk_factors: "LATE;".repeat(100) }).indicators).toHaveLength(2);
    expect(rejection({ risk_factors: `${"LATE;".repeat(100)}X` })).toBe("too_big@risk_factors");
  });
});

describe("category, risk grade and warning markers", () => {
  it("maps the risk continuum and leaves a pending grade unset", () => {
    const level = (risk_grade: string) => mapped({ risk_grade }).missingEpisode?.riskLevel;
    expect(["NAR", "LOW", "MED", "HIGH", "PEND", ""].map(level)).toEqual([
      "no-apparent-risk",
      "low",
      "medium",
      "high",
      undefined,
      undefined,
    ]);
  });

  it("reports a category or grade with no mapping", () => {
    const record = mapped({ category: "X", risk_grade: "VHIGH" });
    expect(record.missingEpisode).not.toHaveProperty("legacyCategory");
    expect(record.unmappedCodes).toEqual([
      { system: "missing-person-reference/categories", code: "X", path: "category" },
      { system: "missing-person-reference/risk-grades", code: "VHIGH", path: "risk_grade" },
    ]);
  });

  it("carries warning markers as markers naming the missing person at risk", () => {
    const record = mapped({ warning_markers: "CSE;VIOL;EXPL;NEWMK" });
    expect(record.markers).toEqual([
      {
        kind: "CSE",
        qualifiers: [],
        subject: { type: "person", ref: "CHILD-A", role: "person-at-risk" },
        sourceCode: { system: "missing-person-reference/warning-markers", code: "CSE" },
      },
      {
        kind: "CE",
        qualifiers: [],
        subject: { type: "person", ref: "CHILD-A", role: "person-at-risk" },
        sourceCode: { system: "missing-person-reference/warning-markers", code: "EXPL" },
      },
    ]);
    expect(record.unmappedCodes).toEqual([
      { system: "missing-person-reference/warning-markers", code: "NEWMK", path: "warning_markers" },
    ]);
  });
});

describe("free text", () => {
  it("never costs an episode, however long the notes (up to the reader's limits)", () => {
    const notes = "Synthetic interview notes. ".repeat(2000);
    expect(notes.length).toBeGreaterThan(50_000);
    const record = mapped({ rhi_notes: notes, circumstances: notes });
    expect(record.source.recordId).toBe("MP-0100");
    expect(JSON.stringify(record)).not.toContain("Synthetic interview notes");
  });
});

describe("where found", () => {
  it("adds the location as where-found", () => {
    expect(mapped({ found_location_ref: "LOC-0001" }).locations).toEqual([
      { ref: "LOC-0001", role: "where-found" },
    ]);
  });

  it("rejects a where-found location on an episode with no found time", () => {
    expect(rejection({ found: "", found_location_ref: "LOC-0001" })).toBe(
      "found-location-without-found-time@found_location_ref",
    );
  });
});

describe("episode history", () => {
  it("keeps a count, dated earlier episodes, or both", () => {
    expect(mapped({ prior_episode_count: "4" }).missingEpisode?.priorEpisodeCount).toBe(4);
    expect(mapped({ prior_episode_count: "0" }).missingEpisode?.priorEpisodeCount).toBe(0);
    expect(mapped({ prior_episode_dates: "01/02/2026 21:00; 01/03/2026" }).missingEpisode).toMatchObject({
      priorEpisodes: [{ reportedAt: "2026-02-01T21:00:00+00:00" }, { reportedAt: "2026-03-01" }],
    });
    expect(mapped({}).missingEpisode).not.toHaveProperty("priorEpisodeCount");
    expect(mapped({}).missingEpisode).not.toHaveProperty("priorEpisodes");
  });

  it("rejects a history that contradicts itself, naming the column", () => {
    expect(rejection({ prior_episode_count: "1", prior_episode_dates: "01/02/2026;01/03/2026" })).toBe(
      "prior-episode-count-below-history@prior_episode_count",
    );
    expect(rejection({ prior_episode_dates: "15/03/2026" })).toBe(
      "prior-episode-not-before-report@prior_episode_dates",
    );
  });
});

describe("associates", () => {
  it("adds associates in the role their type maps to, and leaves off those with no role", () => {
    const record = mapped({
      associate_1_ref: "ADULT-X",
      associate_1_type: "SUSP",
      associate_1_dob: "01/01/1990",
      associate_2_ref: "CHILD-G",
      associate_2_type: "COMISS",
    });
    expect(record.persons).toEqual([
      { ref: "ADULT-X", roles: ["suspect"], dateOfBirth: "1990-01-01", attributes: [] },
      { ref: "CHILD-A", roles: ["missing-person"], dateOfBirth: "2011-09-02", attributes: [] },
      { ref: "CHILD-G", roles: ["person-at-risk"], attributes: [] },
    ]);
    const noRole = mapped({
      associate_1_ref: "ADULT-Y",
      associate_1_type: "ASSOC",
      associate_2_ref: "ADULT-Z",
      associate_2_type: "LODGER",
    });
    expect(noRole.persons.map((p) => p.ref)).toEqual(["CHILD-A"]);
    expect(noRole.unmappedCodes).toEqual([
      { system: "missing-person-reference/associate-types", code: "LODGER", path: "associate_2_type" },
    ]);
  });

  it("rejects an associate born after the report", () => {
    expect(
      rejection({ associate_1_ref: "ADULT-X", associate_1_type: "SUSP", associate_1_dob: "01/04/2026" }),
    ).toBe("born-after-event@associate_1_dob");
  });
});
