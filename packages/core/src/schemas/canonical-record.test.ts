import { describe, expect, it } from "vitest";
import { expectAccepted, expectOnlyCheckIssue, syntheticCrimeRecord } from "../../test/support.js";
import type { Issue, Result } from "../issue.js";
import { parseRecord } from "../parse/parse.js";
import type { CanonicalRecord } from "./canonical-record.js";
import { recordChecks } from "./record-checks.js";

// All data here is synthetic: made-up forces, systems, references and dates.

/** A record with a second person, locations, vehicles and markers on each kind of subject. */
function richRecord(): CanonicalRecord {
  return {
    ...syntheticCrimeRecord(),
    persons: [
      {
        ref: "P1",
        roles: ["victim", "missing-person"],
        dateOfBirth: "2008-06-01",
        attributes: ["looked-after"],
      },
      { ref: "P2", roles: ["suspect"], ageAtEvent: 34, attributes: [] },
    ],
    locations: [
      { ref: "L1", role: "event-location" },
      { ref: "L2", role: "home" },
    ],
    vehicles: [{ ref: "V1" }, { ref: "V2" }],
    markers: [
      {
        kind: "CSE",
        qualifiers: ["online", "group-based"],
        subject: { type: "person", ref: "P1", role: "victim" },
      },
      { kind: "CSE", qualifiers: [], subject: { type: "location", ref: "L1" } },
      { kind: "CCE", qualifiers: [], subject: { type: "vehicle", ref: "V2" } },
      { kind: "CSA", qualifiers: [], subject: { type: "record" } },
    ],
  };
}

function missingPersonRecord(): CanonicalRecord {
  return {
    ...syntheticCrimeRecord(),
    kind: "missing-person",
    offences: [],
    missingEpisode: {
      personRef: "P1",
      reportedAt: "2026-05-31T22:00:00Z",
      foundAt: "2026-06-01T08:30:00Z",
      riskLevel: "high",
    },
  };
}

function custodyRecord(): CanonicalRecord {
  return {
    ...syntheticCrimeRecord(),
    kind: "custody",
    custody: {
      personRef: "P1",
      arrivedAt: "2026-05-31T23:10:00+01:00",
      juvenile: true,
      appropriateAdult: true,
    },
  };
}

function intelligenceRecord(): CanonicalRecord {
  return {
    ...syntheticCrimeRecord(),
    kind: "intelligence",
    offences: [],
    intelligence: {
      grading: { scheme: "5x5x5", source: "B", intelligence: "2", handling: "1" },
      operations: ["STRIVER"],
    },
  };
}

function issuesOf(result: Result<CanonicalRecord>): readonly Issue[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

describe("CanonicalRecord fixtures", () => {
  it.each([
    ["crime", syntheticCrimeRecord],
    ["rich crime", richRecord],
    ["missing-person", missingPersonRecord],
    ["custody", custodyRecord],
    ["intelligence", intelligenceRecord],
  ])("accepts the %s fixture and returns it unchanged", (_label, make) => {
    const result = parseRecord(make());
    expectAccepted(result);
    if (result.ok) expect(result.value).toStrictEqual(make());
  });

  it("runs the checks this file tests, in the documented order", () => {
    expect(recordChecks.map((check) => check.id)).toEqual([
      "unique-refs",
      "refs-resolve",
      "offence-has-code",
      "kind-details",
      "times-in-order",
      "ages-agree",
      "ages-plausible",
    ]);
  });
});

describe("check unique-refs", () => {
  it("refuses a person reference used twice, at the repeat", () => {
    const record = richRecord();
    record.persons[1] = { ref: "P1", roles: ["suspect"], attributes: [] };
    record.markers = record.markers.filter((marker) => marker.subject.type !== "person");
    expectOnlyCheckIssue(parseRecord(record), ["persons", 1, "ref"]);
  });

  it("refuses a location reference used twice", () => {
    const record = richRecord();
    record.locations[1] = { ref: "L1", role: "home" };
    expectOnlyCheckIssue(parseRecord(record), ["locations", 1, "ref"]);
  });

  it("refuses a vehicle reference used twice", () => {
    const record = richRecord();
    record.vehicles[1] = { ref: "V1" };
    record.markers = record.markers.filter((marker) => marker.subject.type !== "vehicle");
    expectOnlyCheckIssue(parseRecord(record), ["vehicles", 1, "ref"]);
  });

  it("refuses a role listed twice on a person", () => {
    const record = richRecord();
    record.persons[0] = { ref: "P1", roles: ["victim", "victim"], attributes: [] };
    record.markers = [];
    expectOnlyCheckIssue(parseRecord(record), ["persons", 0, "roles", 1]);
  });

  it("refuses an attribute listed twice on a person", () => {
    const record = richRecord();
    record.persons[1] = {
      ref: "P2",
      roles: ["suspect"],
      attributes: ["looked-after", "learning-disability", "looked-after"],
    };
    expectOnlyCheckIssue(parseRecord(record), ["persons", 1, "attributes", 2]);
  });

  it("refuses a qualifier listed twice on a source marker", () => {
    const record = richRecord();
    record.markers[1] = {
      kind: "CSE",
      qualifiers: ["online", "online"],
      subject: { type: "location", ref: "L1" },
    };
    expectOnlyCheckIssue(parseRecord(record), ["markers", 1, "qualifiers", 1]);
  });

  it("allows the same reference in different collections", () => {
    const record = richRecord();
    record.locations = [{ ref: "X1", role: "home" }];
    record.vehicles = [{ ref: "X1" }];
    record.persons.push({ ref: "X1", roles: ["offender"], attributes: [] });
    record.markers = [];
    expectAccepted(parseRecord(record));
  });
});

describe("check refs-resolve", () => {
  it("refuses an indicator naming a person not on the record", () => {
    const record = syntheticCrimeRecord();
    record.indicators.push({ code: "gang-association", personRef: "P9", sourcePath: "/flags/1" });
    expectOnlyCheckIssue(parseRecord(record), ["indicators", 1, "personRef"]);
  });

  it("accepts an indicator about the record as a whole (no personRef)", () => {
    const record = syntheticCrimeRecord();
    record.indicators = [{ code: "found-out-of-area", sourcePath: "/flags/0" }];
    expectAccepted(parseRecord(record));
  });

  it("refuses a missing episode naming a person not on the record", () => {
    const record = missingPersonRecord();
    if (record.missingEpisode) record.missingEpisode.personRef = "P9";
    expectOnlyCheckIssue(parseRecord(record), ["missingEpisode", "personRef"]);
  });

  it("refuses custody details naming a person not on the record", () => {
    const record = custodyRecord();
    if (record.custody) record.custody.personRef = "P9";
    expectOnlyCheckIssue(parseRecord(record), ["custody", "personRef"]);
  });

  it("refuses a person marker subject not on the record, at its ref", () => {
    const record = richRecord();
    record.markers[0] = {
      kind: "CSE",
      qualifiers: [],
      subject: { type: "person", ref: "P9", role: "victim" },
    };
    expectOnlyCheckIssue(parseRecord(record), ["markers", 0, "subject", "ref"]);
  });

  it("refuses a person marker subject in a role the person does not hold, at its role", () => {
    const record = richRecord();
    record.markers[0] = {
      kind: "CSE",
      qualifiers: [],
      subject: { type: "person", ref: "P2", role: "victim" },
    };
    expectOnlyCheckIssue(parseRecord(record), ["markers", 0, "subject", "role"]);
  });

  it("refuses zero-padded Home Office codes and SOA sections, which would never match the taxonomy", () => {
    const padded = (offence: CanonicalRecord["offences"][number]) =>
      parseRecord({ ...syntheticCrimeRecord(), offences: [offence] });
    const homeOffice = padded({ homeOffice: { code: "071" } });
    const section = padded({ soaSection: "048" });
    expect(!homeOffice.ok && homeOffice.issues.map((i) => [i.path.join("/"), i.code])).toEqual([
      ["offences/0/homeOffice/code", "invalid_format"],
    ]);
    expect(!section.ok && section.issues.map((i) => [i.path.join("/"), i.code])).toEqual([
      ["offences/0/soaSection", "invalid_format"],
    ]);
    expectAccepted(padded({ homeOffice: { code: "71" }, soaSection: "48" }));
  });

  it("accepts a suspect flagged as an offender and anyone flagged as at risk, but not a victim as an offender", () => {
    const withMarker = (ref: string, role: "offender" | "person-at-risk") => {
      const record = richRecord();
      record.markers[0] = { kind: "CSE", qualifiers: [], subject: { type: "person", ref, role } };
      return parseRecord(record);
    };
    expectAccepted(withMarker("P2", "offender"));
    expectAccepted(withMarker("P2", "person-at-risk"));
    expectAccepted(withMarker("P1", "person-at-risk"));
    expectOnlyCheckIssue(withMarker("P1", "offender"), ["markers", 0, "subject", "role"]);
  });

  it("accepts a person marker subject in any role the person holds", () => {
    const record = richRecord();
    record.markers[0] = {
      kind: "CSE",
      qualifiers: [],
      subject: { type: "person", ref: "P1", role: "missing-person" },
    };
    expectAccepted(parseRecord(record));
  });

  it("reports only the duplicate, not a false role issue, when a person reference is used twice", () => {
    const record = syntheticCrimeRecord();
    record.persons = [
      { ref: "P1", roles: ["victim"], attributes: [] },
      { ref: "P1", roles: ["suspect"], attributes: [] },
    ];
    record.indicators = [];
    record.markers = [
      { kind: "CSE", qualifiers: [], subject: { type: "person", ref: "P1", role: "victim" } },
    ];
    const result = parseRecord(record);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toEqual([["persons", 1, "ref"]]);
  });

  it("refuses a location marker subject not on the record", () => {
    const record = richRecord();
    record.markers[1] = { kind: "CSE", qualifiers: [], subject: { type: "location", ref: "L9" } };
    expectOnlyCheckIssue(parseRecord(record), ["markers", 1, "subject", "ref"]);
  });

  it("refuses a vehicle marker subject not on the record", () => {
    const record = richRecord();
    record.markers[2] = { kind: "CCE", qualifiers: [], subject: { type: "vehicle", ref: "V9" } };
    expectOnlyCheckIssue(parseRecord(record), ["markers", 2, "subject", "ref"]);
  });

  it("does not resolve a location subject against vehicles", () => {
    const record = richRecord();
    record.markers[1] = { kind: "CSE", qualifiers: [], subject: { type: "location", ref: "V1" } };
    expectOnlyCheckIssue(parseRecord(record), ["markers", 1, "subject", "ref"]);
  });
});

describe("check offence-has-code", () => {
  it.each([
    ["a Home Office code", { homeOffice: { code: "71" } }],
    ["a Home Office code and subcode", { homeOffice: { code: "19D", subcode: "1" } }],
    ["an SOA 2003 section", { soaSection: "15A" }],
    ["a CJS code", { cjsCode: "SX03001" }],
  ])("accepts an offence with only %s", (_label, offence) => {
    const record = syntheticCrimeRecord();
    record.offences = [offence];
    expectAccepted(parseRecord(record));
  });

  it("refuses an offence with no code, at the offence", () => {
    const record = syntheticCrimeRecord();
    record.offences.push({});
    expectOnlyCheckIssue(parseRecord(record), ["offences", 1]);
  });

  it("refuses an offence with only a reference", () => {
    const record = syntheticCrimeRecord();
    record.offences = [{ ref: "OF-1" }];
    expectOnlyCheckIssue(parseRecord(record), ["offences", 0]);
  });
});

describe("check kind-details", () => {
  it("refuses an intelligence record without intelligence details", () => {
    const { intelligence: _omitted, ...record } = intelligenceRecord();
    expectOnlyCheckIssue(parseRecord(record), ["intelligence"]);
  });

  it("refuses a missing-person record without a missing episode", () => {
    const { missingEpisode: _omitted, ...record } = missingPersonRecord();
    expectOnlyCheckIssue(parseRecord(record), ["missingEpisode"]);
  });

  it("refuses a custody record without custody details", () => {
    const { custody: _omitted, ...record } = custodyRecord();
    expectOnlyCheckIssue(parseRecord(record), ["custody"]);
  });

  it("asks no details of a crime record or of a local x- kind", () => {
    expectAccepted(parseRecord(syntheticCrimeRecord()));
    expectAccepted(parseRecord({ ...syntheticCrimeRecord(), kind: "x-youth-offending" }));
  });

  it("does not accept details of another kind in place of the right ones", () => {
    const record: CanonicalRecord = {
      ...syntheticCrimeRecord(),
      kind: "custody",
      intelligence: { operations: [] },
    };
    expectOnlyCheckIssue(parseRecord(record), ["custody"]);
  });
});

describe("check times-in-order", () => {
  it("accepts an event that ends when it starts or later", () => {
    const sameDay = syntheticCrimeRecord();
    sameDay.event = { start: "2026-05-31", end: "2026-05-31T23:59:00Z" };
    expectAccepted(parseRecord(sameDay));
    const later = syntheticCrimeRecord();
    later.event = { start: "2026-05-31T20:00:00Z", end: "2026-05-31T20:00:00Z" };
    expectAccepted(parseRecord(later));
  });

  it("refuses an event that ends before it starts, at event.end", () => {
    const record = syntheticCrimeRecord();
    record.event = { start: "2026-05-31", end: "2026-05-30" };
    expectOnlyCheckIssue(parseRecord(record), ["event", "end"]);
  });

  it("compares date-times as instants, offsets included", () => {
    const record = syntheticCrimeRecord();
    // 20:00 at +02:00 is 18:00Z: the end is an hour before the start.
    record.event = { start: "2026-05-31T19:00:00Z", end: "2026-05-31T20:00:00+02:00" };
    expectOnlyCheckIssue(parseRecord(record), ["event", "end"]);
  });

  it("refuses a missing person found before being reported, at foundAt", () => {
    const record = missingPersonRecord();
    if (record.missingEpisode) record.missingEpisode.foundAt = "2026-05-31T21:59:59Z";
    expectOnlyCheckIssue(parseRecord(record), ["missingEpisode", "foundAt"]);
  });

  it("refuses a date of birth after the event, at that person's dateOfBirth", () => {
    const record = richRecord();
    record.persons[1] = { ref: "P2", roles: ["suspect"], dateOfBirth: "2026-06-01", attributes: [] };
    expectOnlyCheckIssue(parseRecord(record), ["persons", 1, "dateOfBirth"]);
  });

  it("accepts a date of birth on the day of the event", () => {
    const record = syntheticCrimeRecord();
    record.persons[0] = { ref: "P1", roles: ["victim"], dateOfBirth: "2026-05-31", attributes: [] };
    expectAccepted(parseRecord(record));
  });
});

describe("cross-field checks on a malformed record", () => {
  it("do not run, so a malformed date gets its own issue and nothing else", () => {
    const record = syntheticCrimeRecord();
    record.persons[0] = {
      ref: "P1",
      roles: ["victim"],
      dateOfBirth: "02/09/2011",
      ageAtEvent: 14,
      attributes: [],
    };
    const result = parseRecord(record);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [["persons", 0, "dateOfBirth"], "invalid_format"],
    ]);
  });
});

describe("check ages-plausible", () => {
  const bornOn = (dateOfBirth: string): CanonicalRecord => {
    const record = syntheticCrimeRecord();
    record.event = { start: "2026-05-31" };
    record.persons[0] = { ref: "P1", roles: ["victim"], dateOfBirth, attributes: [] };
    return record;
  };

  it("accepts an age of 130 at the event and refuses 131, at the date of birth", () => {
    expectAccepted(parseRecord(bornOn("1896-05-31")));
    expectOnlyCheckIssue(parseRecord(bornOn("1895-05-31")), ["persons", 0, "dateOfBirth"]);
  });

  it("refuses a mistyped year that would make a child a very old adult", () => {
    expectOnlyCheckIssue(parseRecord(bornOn("1011-09-02")), ["persons", 0, "dateOfBirth"]);
  });
});

describe("check ages-agree", () => {
  const withAge = (ageAtEvent: number, start = "2026-05-31", dateOfBirth = "2008-06-01"): CanonicalRecord => {
    const record = syntheticCrimeRecord();
    record.event = { start };
    record.persons[0] = { ref: "P1", roles: ["victim"], dateOfBirth, ageAtEvent, attributes: [] };
    return record;
  };

  it("accepts a person aged 17 (born 2008-06-01, event 2026-05-31) with ageAtEvent 17", () => {
    expectAccepted(parseRecord(withAge(17)));
  });

  it("refuses the same person with ageAtEvent 18, at ageAtEvent", () => {
    expectOnlyCheckIssue(parseRecord(withAge(18)), ["persons", 0, "ageAtEvent"]);
  });

  it("counts the birthday itself: 18 on 2026-06-01", () => {
    expectAccepted(parseRecord(withAge(18, "2026-06-01")));
    expectOnlyCheckIssue(parseRecord(withAge(17, "2026-06-01")), ["persons", 0, "ageAtEvent"]);
  });

  it("reads a date-time event as its date in the UK, so the same instant gives the same age", () => {
    // 23:30 at UTC-5 on 31 May is 05:30 BST on 1 June: the 18th birthday.
    expectAccepted(parseRecord(withAge(18, "2026-05-31T23:30:00-05:00")));
    expectAccepted(parseRecord(withAge(18, "2026-06-01T04:30:00Z")));
    // 23:30 UTC on 31 May is 00:30 BST on 1 June; 22:30 UTC is still 31 May.
    expectAccepted(parseRecord(withAge(18, "2026-05-31T23:30:00Z")));
    expectAccepted(parseRecord(withAge(17, "2026-05-31T22:30:00Z")));
  });

  it("gives a 29 February birthday on 1 March in other years", () => {
    expectAccepted(parseRecord(withAge(17, "2026-02-28", "2008-02-29")));
    expectAccepted(parseRecord(withAge(18, "2026-03-01", "2008-02-29")));
  });

  it("accepts an age at the event with no date of birth", () => {
    const record = syntheticCrimeRecord();
    record.persons[0] = { ref: "P1", roles: ["victim"], ageAtEvent: 15, attributes: [] };
    expectAccepted(parseRecord(record));
  });
});

describe("CanonicalRecord shape", () => {
  it("refuses an unknown top-level key with unrecognized_key at that key's path", () => {
    const record = { ...syntheticCrimeRecord(), zzNotInSchema: "Child A" };
    const result = parseRecord(record);
    expect(issuesOf(result)).toEqual([
      { path: ["zzNotInSchema"], code: "unrecognized_key", message: expect.any(String) },
    ]);
  });

  it("refuses an unknown nested key at its full path, without quoting its value", () => {
    const record = syntheticCrimeRecord();
    const persons: unknown[] = [{ ...record.persons[0], name: "Child A" }];
    const issues = issuesOf(parseRecord({ ...record, persons }));
    expect(issues).toEqual([
      { path: ["persons", 0, "name"], code: "unrecognized_key", message: expect.any(String) },
    ]);
    expect(issues[0]?.message).not.toContain("Child A");
  });

  it("accepts an x- prefixed local record kind", () => {
    const result = parseRecord({ ...syntheticCrimeRecord(), kind: "x-youth-offending" });
    expectAccepted(result);
    if (result.ok) expect(result.value.kind).toBe("x-youth-offending");
  });

  it.each(["burglary", "x-", "x-Youth", "x-youth offending", "X-youth"])(
    "refuses the record kind %j",
    (kind) => {
      const issues = issuesOf(parseRecord({ ...syntheticCrimeRecord(), kind }));
      expect(issues.map((issue) => issue.path)).toEqual([["kind"]]);
    },
  );

  it("accepts an intelligence record with a 5x5x5 grading", () => {
    expectAccepted(parseRecord(intelligenceRecord()));
  });

  it("accepts an intelligence record with a 3x5x2 grading", () => {
    const record = intelligenceRecord();
    record.intelligence = {
      grading: { scheme: "3x5x2", source: "1", intelligence: "A", handling: "P" },
      operations: [],
    };
    expectAccepted(parseRecord(record));
  });

  it("refuses a 5x5x5 grading carrying 3x5x2 codes", () => {
    const record = {
      ...intelligenceRecord(),
      intelligence: {
        grading: { scheme: "5x5x5", source: "1", intelligence: "A", handling: "P" },
        operations: [],
      },
    };
    const issues = issuesOf(parseRecord(record));
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      [["intelligence", "grading", "source"], "invalid_value"],
      [["intelligence", "grading", "intelligence"], "invalid_value"],
      [["intelligence", "grading", "handling"], "invalid_value"],
    ]);
  });

  it("refuses a 3x5x2 grading carrying a 5x5x5 handling code", () => {
    const record = {
      ...intelligenceRecord(),
      intelligence: {
        grading: { scheme: "3x5x2", source: "1", intelligence: "A", handling: "1" },
        operations: [],
      },
    };
    const issues = issuesOf(parseRecord(record));
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      [["intelligence", "grading", "handling"], "invalid_value"],
    ]);
  });

  it("refuses an unknown grading scheme at the scheme", () => {
    const record = {
      ...intelligenceRecord(),
      intelligence: {
        grading: { scheme: "4x4", source: "B", intelligence: "2", handling: "1" },
        operations: [],
      },
    };
    const issues = issuesOf(parseRecord(record));
    expect(issues.map((issue) => issue.path)).toEqual([["intelligence", "grading", "scheme"]]);
  });

  it("reports shape errors plainly, not as unreadable input, when the cross-field checks cannot run", () => {
    // Were the checks run on this shape, `persons.forEach` would throw.
    const record = { ...richRecord(), persons: "P1", classification: "RESTRICTED" };
    const issues = issuesOf(parseRecord(record));
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      [["classification"], "invalid_value"],
      [["persons"], "invalid_type"],
    ]);
  });
});
