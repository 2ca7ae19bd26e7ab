import { ageOn, calendarDate, compareInstants } from "../dates.js";
import type { PathSegment } from "../issue.js";
import { type PersonRoleCode, personRoleCodes } from "../taxonomy/codes.generated.js";
import type { CanonicalRecord } from "./canonical-record.js";
import { type NamedCheck, reportDuplicates } from "./check.js";
import { oldestAgeAtEvent } from "./primitives.js";

type RecordCheck = NamedCheck<CanonicalRecord>;

/** Details a record of each taxonomy kind must carry. */
const detailsByKind = {
  intelligence: "intelligence",
  "missing-person": "missingEpisode",
  custody: "custody",
} as const;

/** Collections whose items are named by a `ref` unique within the record. */
const refCollections = [
  ["persons", "Person"],
  ["locations", "Location"],
  ["vehicles", "Vehicle"],
] as const;

/**
 * The record roles that allow a marker naming a person in each role. A marker's role is
 * the one it flags the person in (victim, offender, at risk: VOL), so a suspect or a detainee is
 * flagged as an offender, and a missing child or a juvenile detainee as at risk.
 */
const recordRolesForMarkerRole: Readonly<Record<PersonRoleCode, readonly PersonRoleCode[]>> = {
  victim: ["victim"],
  suspect: ["suspect"],
  offender: ["suspect", "offender", "detainee"],
  // Anyone on a record may be at risk: a child recorded as a suspect or offender may be
  // criminally exploited (CCE), which is why the policy can flag them as at risk.
  "person-at-risk": personRoleCodes,
  "missing-person": ["missing-person"],
  detainee: ["detainee"],
};

/** Whether a person with these record roles may be named in a marker in `role`. */
export const markerRoleFits = (role: PersonRoleCode, recordRoles: ReadonlySet<string>): boolean =>
  recordRolesForMarkerRole[role].some((held) => recordRoles.has(held));

const uniqueRefs: RecordCheck = {
  id: "unique-refs",
  description:
    "Person, location and vehicle references are unique within a record; a person's roles and attributes are not repeated.",
  run(record, report) {
    for (const [field, noun] of refCollections) {
      reportDuplicates(
        record[field],
        (item) => item.ref,
        (i) => [field, i, "ref"],
        `${noun} reference is used twice`,
        report,
      );
    }
    record.persons.forEach((person, p) => {
      reportDuplicates(
        person.roles,
        String,
        (i) => ["persons", p, "roles", i],
        "Role is listed twice",
        report,
      );
      reportDuplicates(
        person.attributes,
        String,
        (i) => ["persons", p, "attributes", i],
        "Attribute is listed twice",
        report,
      );
    });
    record.markers.forEach((marker, m) => {
      reportDuplicates(
        marker.qualifiers,
        String,
        (i) => ["markers", m, "qualifiers", i],
        "Qualifier is listed twice",
        report,
      );
    });
  },
};

const refsResolve: RecordCheck = {
  id: "refs-resolve",
  description:
    "Every person reference (on indicators, the missing episode, the custody details and marker subjects) names a person on the record; a marker names a person in a role their record roles allow (offender for a suspect, offender or detainee, person-at-risk for anyone, otherwise the same role); location and vehicle subjects name a location or vehicle on the record.",
  run(record, report) {
    // Roles by reference; a reference used twice (reported by unique-refs) holds both persons' roles.
    const rolesByRef = new Map<string, Set<string>>();
    for (const person of record.persons) {
      const roles = rolesByRef.get(person.ref) ?? new Set<string>();
      for (const role of person.roles) roles.add(role);
      rolesByRef.set(person.ref, roles);
    }
    const checkPerson = (ref: string | undefined, path: readonly PathSegment[]) => {
      if (ref !== undefined && !rolesByRef.has(ref)) report(path, "Names a person who is not on the record");
    };
    record.indicators.forEach((indicator, i) => {
      checkPerson(indicator.personRef, ["indicators", i, "personRef"]);
    });
    checkPerson(record.missingEpisode?.personRef, ["missingEpisode", "personRef"]);
    checkPerson(record.custody?.personRef, ["custody", "personRef"]);
    const locations = new Set(record.locations.map((l) => l.ref));
    const vehicles = new Set(record.vehicles.map((v) => v.ref));
    record.markers.forEach(({ subject }, m) => {
      const path = ["markers", m, "subject"];
      if (subject.type === "person") {
        const roles = rolesByRef.get(subject.ref);
        if (!roles) report([...path, "ref"], "Names a person who is not on the record");
        else if (!markerRoleFits(subject.role, roles))
          report([...path, "role"], "The person's roles on the record do not allow a marker in this role");
      } else if (subject.type === "location" && !locations.has(subject.ref)) {
        report([...path, "ref"], "Names a location that is not on the record");
      } else if (subject.type === "vehicle" && !vehicles.has(subject.ref)) {
        report([...path, "ref"], "Names a vehicle that is not on the record");
      }
    });
  },
};

const offencesHaveCodes: RecordCheck = {
  id: "offence-has-code",
  description:
    "Every offence carries at least one of: a Home Office code, a Sexual Offences Act 2003 section, a CJS code.",
  run(record, report) {
    record.offences.forEach((offence, i) => {
      if (!offence.homeOffice && !offence.soaSection && !offence.cjsCode) {
        report(["offences", i], "Offence needs a Home Office code, an SOA 2003 section or a CJS code");
      }
    });
  },
};

const kindDetails: RecordCheck = {
  id: "kind-details",
  description:
    "An intelligence record carries intelligence details, a missing-person record a missing episode, and a custody record custody details.",
  run(record, report) {
    const field = detailsByKind[record.kind as keyof typeof detailsByKind];
    if (field && record[field] === undefined)
      report([field], `A ${record.kind} record needs ${field} details`);
  },
};

const timesInOrder: RecordCheck = {
  id: "times-in-order",
  description:
    "The event ends no earlier than it starts, a missing person is found no earlier than reported, and dates of birth are not after the event.",
  run(record, report) {
    const { start, end } = record.event;
    if (end !== undefined && compareInstants(end, start) < 0)
      report(["event", "end"], "Event ends before it starts");
    const episode = record.missingEpisode;
    if (episode?.foundAt !== undefined && compareInstants(episode.foundAt, episode.reportedAt) < 0) {
      report(["missingEpisode", "foundAt"], "Found before reported missing");
    }
    record.persons.forEach((person, i) => {
      if (person.dateOfBirth !== undefined && person.dateOfBirth > calendarDate(start)) {
        report(["persons", i, "dateOfBirth"], "Date of birth is after the event");
      }
    });
  },
};

const agesAgree: RecordCheck = {
  id: "ages-agree",
  description: "Where a person has both a date of birth and an age at the event, the two agree.",
  run(record, report) {
    record.persons.forEach((person, i) => {
      const { dateOfBirth, ageAtEvent } = person;
      if (
        dateOfBirth !== undefined &&
        ageAtEvent !== undefined &&
        ageOn(dateOfBirth, record.event.start) !== ageAtEvent
      ) {
        report(["persons", i, "ageAtEvent"], "Age at the event does not match the date of birth");
      }
    });
  },
};

const agesPlausible: RecordCheck = {
  id: "ages-plausible",
  description: `A date of birth gives an age at the event of at most ${oldestAgeAtEvent}, as an age at the event may be.`,
  run(record, report) {
    // A mistyped year (1011 for 2011) would make a child a very old adult, and no child rule
    // would then apply: refuse it rather than let it pass as an adult.
    record.persons.forEach((person, i) => {
      const { dateOfBirth } = person;
      if (dateOfBirth !== undefined && ageOn(dateOfBirth, record.event.start) > oldestAgeAtEvent) {
        report(
          ["persons", i, "dateOfBirth"],
          `Date of birth gives an age over ${oldestAgeAtEvent} at the event`,
        );
      }
    });
  },
};

/** The record's cross-field rules, in the order they run. */
export const recordChecks: readonly RecordCheck[] = [
  uniqueRefs,
  refsResolve,
  offencesHaveCodes,
  kindDetails,
  timesInOrder,
  agesAgree,
  agesPlausible,
];
