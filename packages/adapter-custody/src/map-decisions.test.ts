import { type MapOutcome, mapSourceRecord } from "@cse-flags/adapter-kit";
import type { CanonicalRecord } from "@cse-flags/core";
import { describe, expect, it } from "vitest";
import { createCustodyAdapter } from "./adapter.js";
import { blankCustodyExportRow } from "./blank-row.js";
import type { CustodyExportRow } from "./source-schema.js";

const adapter = createCustodyAdapter({ force: "example-force" });

/** A minimal good row (a child detained in winter, nothing else known), with changes. */
const row = (changes: Partial<CustodyExportRow> = {}): CustodyExportRow => ({
  ...blankCustodyExportRow(),
  custody_ref: "CU-0001",
  arrival: "14/01/2026 19:05",
  detainee_ref: "CHILD-A",
  ...changes,
});

const map = (changes: Partial<CustodyExportRow> = {}): MapOutcome => mapSourceRecord(adapter, row(changes));

function mapped(changes: Partial<CustodyExportRow> = {}): CanonicalRecord {
  const outcome = map(changes);
  if (outcome.status !== "mapped")
    throw new Error(`expected a mapped record, got ${outcome.issues[0]?.code}`);
  return outcome.record;
}

/** The rejection as `reason at field`, or the issue code for a rejection outside `map`. */
function rejection(changes: Partial<CustodyExportRow>): string {
  const outcome = map(changes);
  if (outcome.status !== "rejected") return "mapped";
  const [issue] = outcome.issues;
  return `${outcome.stage}: ${issue?.reason ?? issue?.code} at ${issue?.path.join("/")}`;
}

describe("arrival and release times", () => {
  it("reads UK local time with the offset of the day: GMT in winter, BST in summer", () => {
    expect(mapped().custody?.arrivedAt).toBe("2026-01-14T19:05:00+00:00");
    expect(mapped({ arrival: "28/03/2026 23:59" }).event.start).toBe("2026-03-28T23:59:00+00:00");
    expect(mapped({ arrival: "29/03/2026 02:00" }).event.start).toBe("2026-03-29T02:00:00+01:00");
    expect(mapped({ arrival: "25/10/2026 00:30" }).event.start).toBe("2026-10-25T00:30:00+01:00");
    expect(mapped({ arrival: "26/10/2026 00:30" }).event.start).toBe("2026-10-26T00:30:00+00:00");
  });

  it("uses the arrival as the event start, when the record was opened, and the release as the end", () => {
    const record = mapped({ released: "15/01/2026 02:10" });
    expect(record.event).toEqual({ start: "2026-01-14T19:05:00+00:00", end: "2026-01-15T02:10:00+00:00" });
    expect(record.recordedAt).toBe("2026-01-14T19:05:00+00:00");
    expect(mapped().event).toEqual({ start: "2026-01-14T19:05:00+00:00" });
  });

  it("rejects dates that do not exist, the hour skipped when clocks go forward, and release before arrival", () => {
    expect(rejection({ arrival: "31/04/2026 10:00" })).toBe("map: invalid-date at arrival");
    expect(rejection({ arrival: "29/03/2026 01:30" })).toBe("map: invalid-date at arrival");
    expect(rejection({ released: "30/02/2026 10:00" })).toBe("map: invalid-date at released");
    expect(rejection({ released: "14/01/2026 19:04" })).toBe("map: released-before-arrival at released");
  });

  it("reads a release in the repeated October hour as GMT when BST would put it before the arrival", () => {
    // 25 October 2026: 01:00 to 01:59 happens twice, first in BST, then in GMT.
    const arrival = "25/10/2026 01:30";
    expect(mapped({ arrival, released: "25/10/2026 01:10" }).event).toEqual({
      start: "2026-10-25T01:30:00+01:00",
      end: "2026-10-25T01:10:00+00:00",
    });
    // When the BST reading already follows the arrival, it stands, as every time in the export.
    expect(mapped({ arrival, released: "25/10/2026 01:45" }).event.end).toBe("2026-10-25T01:45:00+01:00");
    // Outside the repeated hour, and when neither reading follows the arrival, it is refused.
    expect(rejection({ arrival: "24/10/2026 01:30", released: "24/10/2026 01:10" })).toBe(
      "map: released-before-arrival at released",
    );
    expect(rejection({ arrival: "25/10/2026 02:30", released: "25/10/2026 01:10" })).toBe(
      "map: released-before-arrival at released",
    );
  });

  it("refuses an arrival without a time at the source schema: custody logs time every event", () => {
    expect(rejection({ arrival: "14/01/2026" })).toBe("source: invalid_format at arrival");
    expect(rejection({ arrival: "2026-01-14 19:05" })).toBe("source: invalid_format at arrival");
  });
});

describe("the detained person", () => {
  it("is the detainee, with date of birth, age at arrival and attributes from Y answers", () => {
    const record = mapped({
      detainee_dob: "02/09/2011",
      detainee_age: "14",
      looked_after: "Y",
      learning_disability: "Y",
    });
    expect(record.persons).toEqual([
      {
        ref: "CHILD-A",
        roles: ["detainee"],
        dateOfBirth: "2011-09-02",
        ageAtEvent: 14,
        attributes: ["learning-disability", "looked-after"],
      },
    ]);
  });

  it("holds an age with no date of birth, as custody officers record an age they are told", () => {
    expect(mapped({ detainee_age: "15" }).persons[0]).toEqual({
      ref: "CHILD-A",
      roles: ["detainee"],
      ageAtEvent: 15,
      attributes: [],
    });
  });

  it("adds no attribute for N or a blank answer", () => {
    for (const answer of ["N", ""] as const)
      expect(mapped({ looked_after: answer, learning_disability: answer }).persons[0]?.attributes).toEqual(
        [],
      );
  });

  it("rejects an impossible date of birth, one after the arrival, and an age that disagrees with it", () => {
    expect(rejection({ detainee_dob: "29/02/2011" })).toBe("map: invalid-date at detainee_dob");
    expect(rejection({ detainee_dob: "15/01/2026" })).toBe("map: born-after-event at detainee_dob");
    expect(rejection({ detainee_dob: "02/09/2011", detainee_age: "15" })).toBe(
      "map: age-does-not-match-date-of-birth at detainee_age",
    );
    expect(rejection({ detainee_age: "131" })).toBe("map: invalid-age at detainee_age");
    // A mistyped year would make the child an adult of over 130, whom no child rule protects.
    expect(rejection({ detainee_dob: "02/09/1011" })).toBe("map: implausible-date-of-birth at detainee_dob");
    expect(rejection({ detainee_dob: "14/01/1895" })).toBe("map: implausible-date-of-birth at detainee_dob");
    expect(mapped({ detainee_dob: "15/01/1895" }).persons[0]?.dateOfBirth).toBe("1895-01-15");
    expect(rejection({ co_arrested_1_ref: "ADULT-X", co_arrested_1_dob: "03/03/1090" })).toBe(
      "map: implausible-date-of-birth at co_arrested_1_dob",
    );
    // The arrival day itself is not after the arrival: only later days are refused.
    expect(rejection({ detainee_dob: "14/01/2026" })).toBe("mapped");
  });
});

describe("juvenile status and appropriate adult (PACE Code C)", () => {
  it("carries Y and N as recorded, and leaves a blank out: not answered is not no", () => {
    expect(mapped({ juvenile: "Y", appropriate_adult: "Y" }).custody).toEqual({
      personRef: "CHILD-A",
      arrivedAt: "2026-01-14T19:05:00+00:00",
      juvenile: true,
      appropriateAdult: true,
    });
    expect(mapped({ juvenile: "N", appropriate_adult: "N" }).custody).toMatchObject({
      juvenile: false,
      appropriateAdult: false,
    });
    const blank = mapped().custody;
    expect(blank).toEqual({ personRef: "CHILD-A", arrivedAt: "2026-01-14T19:05:00+00:00" });
    expect(blank && "juvenile" in blank).toBe(false);
  });

  it("never corrects the recorded status from the date of birth, before or after 26 October 2015", () => {
    // A 17-year-old was an adult in custody until 25 October 2015, and a juvenile from 26 October.
    const seventeen = { detainee_dob: "01/01/1998", juvenile: "N", appropriate_adult: "N" } as const;
    expect(mapped({ ...seventeen, arrival: "25/10/2015 23:50" }).custody?.juvenile).toBe(false);
    expect(mapped({ ...seventeen, arrival: "26/10/2015 00:10" }).custody?.juvenile).toBe(false);
    expect(mapped({ ...seventeen, juvenile: "Y", arrival: "26/10/2015 00:10" }).custody?.juvenile).toBe(true);
  });

  it("refuses an answer other than Y, N or blank", () => {
    for (const answer of ["yes", "Yes", "No", "y", "n"])
      expect(rejection({ juvenile: answer as "Y" })).toBe("source: invalid_value at juvenile");
    expect(rejection({ ra_1_question: "MISSING", ra_1_answer: "Yes" as "Y" })).toBe(
      "source: invalid_value at ra_1_answer",
    );
    expect(rejection({ appropriate_adult: "?" as "Y" })).toBe("source: invalid_value at appropriate_adult");
  });
});

describe("protective marking", () => {
  it("maps the marking through the concept map, and a blank to OFFICIAL-SENSITIVE", () => {
    expect(mapped({ protective_marking: "OFFICIAL" }).classification).toBe("OFFICIAL");
    expect(mapped({ protective_marking: "SECRET" }).classification).toBe("SECRET");
    expect(mapped({ protective_marking: "" }).classification).toBe("OFFICIAL-SENSITIVE");
    // A marking from before April 2014 on an older record (related-to, with its comment).
    expect(mapped({ protective_marking: "RESTRICTED" }).classification).toBe("OFFICIAL-SENSITIVE");
  });

  it("rejects a record whose marking has no mapping rather than guess its handling", () => {
    expect(rejection({ protective_marking: "NOT-MARKED" })).toBe(
      "map: unmapped-protective-marking at protective_marking",
    );
    expect(rejection({ protective_marking: "TOP SECRET" })).toBe(
      "map: unmapped-protective-marking at protective_marking",
    );
    // Any text reaches the map, which decides: the default map has no lower-case marking.
    expect(rejection({ protective_marking: "official" })).toBe(
      "map: unmapped-protective-marking at protective_marking",
    );
  });
});

describe("arrest offences (offence_N_ columns)", () => {
  it("groups each offence's columns, skips blank groups, and drops leading zeros from HO codes", () => {
    const record = mapped({
      offence_1_cjs_code: "SYN0001",
      offence_1_title: "Synthetic title",
      offence_3_ho_code: "071",
      offence_3_ho_subcode: "2",
    });
    expect(record.offences).toEqual([{ cjsCode: "SYN0001" }, { homeOffice: { code: "71", subcode: "2" } }]);
  });

  it("does not read a title: an offence named only in free text is not an offence", () => {
    expect(mapped({ offence_2_title: "Synthetic title" }).offences).toEqual([]);
  });

  it("rejects a subcode with no class and a class of zeros, with the crime adapter's reason codes", () => {
    expect(rejection({ offence_2_ho_subcode: "1" })).toBe("map: incomplete-offence at offence_2_ho_code");
    expect(rejection({ offence_2_cjs_code: "SYN0001", offence_2_ho_subcode: "1" })).toBe(
      "map: incomplete-offence at offence_2_ho_code",
    );
    expect(rejection({ offence_1_ho_code: "000" })).toBe("map: invalid-ho-class at offence_1_ho_code");
    expect(rejection({ offence_1_ho_code: "0A" })).toBe("map: invalid-ho-class at offence_1_ho_code");
  });
});

describe("risk-assessment answers (ra_N_ columns)", () => {
  it("makes each Y answer an indicator on the detained person, pointing at its question", () => {
    const record = mapped({
      ra_1_question: "MISSING",
      ra_1_answer: "Y",
      ra_2_question: "PHONES",
      ra_2_answer: "N",
      ra_3_question: "LATE-NIGHTS",
      ra_3_answer: "",
      ra_5_question: "ARRESTED-AWAY",
      ra_5_answer: "Y",
    });
    expect(record.indicators).toEqual([
      { code: "found-out-of-area", personRef: "CHILD-A", sourcePath: "ra_5_question/ARRESTED-AWAY" },
      { code: "missing-from-home-or-care", personRef: "CHILD-A", sourcePath: "ra_1_question/MISSING" },
    ]);
  });

  it("reports a question code with no mapping, whatever the answer, and keeps the record", () => {
    for (const answer of ["Y", "N", ""] as const) {
      const outcome = map({ ra_2_question: "NEW-QUESTION", ra_2_answer: answer });
      expect(outcome.status).toBe("mapped");
      if (outcome.status !== "mapped") continue;
      expect(outcome.record.unmappedCodes).toEqual([
        { system: "custody-reference/risk-questions", code: "NEW-QUESTION", path: "ra_2_question" },
      ]);
      expect(outcome.record.indicators).toEqual([]);
    }
  });

  it("adds nothing for a question that is explicitly not mapped, and says so in the lookups", () => {
    const outcome = map({ ra_1_question: "EXPLOITATION-CONCERN", ra_1_answer: "Y" });
    expect(outcome.status === "mapped" && outcome.record.indicators).toEqual([]);
    expect(outcome.report.lookups.map((l) => l.status)).toEqual(["no-map"]);
  });

  it("rejects an answer with no question, and a question answered both Y and N", () => {
    expect(rejection({ ra_4_answer: "Y" })).toBe("map: answer-without-question at ra_4_answer");
    expect(
      rejection({ ra_1_question: "MISSING", ra_1_answer: "Y", ra_6_question: "MISSING", ra_6_answer: "N" }),
    ).toBe("map: conflicting-answers at ra_6_answer");
  });

  it("keeps a question asked again without contradiction: each Y is a sign, a blank adds nothing", () => {
    const record = mapped({
      ra_1_question: "MISSING",
      ra_1_answer: "Y",
      ra_3_question: "MISSING",
      ra_3_answer: "",
      ra_6_question: "MISSING",
      ra_6_answer: "Y",
      ra_7_question: "PHONES",
      ra_7_answer: "N",
      ra_8_question: "PHONES",
      ra_8_answer: "",
    });
    expect(record.indicators).toEqual([
      { code: "missing-from-home-or-care", personRef: "CHILD-A", sourcePath: "ra_1_question/MISSING" },
      { code: "missing-from-home-or-care", personRef: "CHILD-A", sourcePath: "ra_6_question/MISSING" },
    ]);
  });
});

describe("people arrested with the detained person (co_arrested_N_ columns)", () => {
  it("adds each as a suspect, with a date of birth when held", () => {
    const record = mapped({
      co_arrested_1_ref: "ADULT-X",
      co_arrested_1_dob: "03/03/1990",
      co_arrested_2_ref: "ADULT-Y",
    });
    expect(record.persons.filter((p) => p.roles.includes("suspect"))).toEqual([
      { ref: "ADULT-X", roles: ["suspect"], dateOfBirth: "1990-03-03", attributes: [] },
      { ref: "ADULT-Y", roles: ["suspect"], attributes: [] },
    ]);
  });

  it("rejects a date of birth with no reference, a person named twice, and a bad date", () => {
    expect(rejection({ co_arrested_2_dob: "03/03/1990" })).toBe("map: dob-without-ref at co_arrested_2_dob");
    expect(rejection({ co_arrested_1_ref: "CHILD-A" })).toBe("map: repeated-person at co_arrested_1_ref");
    expect(rejection({ co_arrested_1_ref: "ADULT-X", co_arrested_2_ref: "ADULT-X" })).toBe(
      "map: repeated-person at co_arrested_2_ref",
    );
    expect(rejection({ co_arrested_1_ref: "ADULT-X", co_arrested_1_dob: "32/01/1990" })).toBe(
      "source: invalid_format at co_arrested_1_dob",
    );
    expect(rejection({ co_arrested_1_ref: "ADULT-X", co_arrested_1_dob: "31/09/1990" })).toBe(
      "map: invalid-date at co_arrested_1_dob",
    );
  });
});

describe("free text", () => {
  it("is declared ignored and never reaches the record", () => {
    const outcome = map({ arrest_circumstances: "Synthetic note: MISSING", officer_comments: "Synthetic" });
    expect(outcome.report.ignored).toEqual(
      expect.arrayContaining([
        { field: "arrest_circumstances", reason: "free-text" },
        { field: "officer_comments", reason: "free-text" },
        { field: "offence_1_title", reason: "free-text" },
      ]),
    );
    expect(outcome.report.accessed).not.toContain("arrest_circumstances");
    expect(outcome.report.accessed).not.toContain("offence_1_title");
    expect(JSON.stringify(outcome.status === "mapped" && outcome.record)).not.toContain("Synthetic");
  });

  it("never refuses a record over a column it does not read, whatever its length or shape", () => {
    const record = mapped({
      arrest_circumstances: "Synthetic note. ".repeat(1000),
      officer_comments: 'Synthetic, with a "quote"\nand a line break',
      offence_1_cjs_code: "SYN0001",
      offence_1_title: "Synthetic title ".repeat(400),
      custody_officer: "ps 1001/synthetic",
      custody_suite: "North suite (synthetic)",
    });
    expect(record.offences).toEqual([{ cjsCode: "SYN0001" }]);
  });
});
