import { type Adapter, defineAdapter, fromUkDateTime, fromYesNo } from "@cse-flags/adapter-kit";
import type { CanonicalRecord, Indicator, Person } from "@cse-flags/core";
import { readCoArrested, readOffences, readRiskAnswers } from "./column-groups.js";
import type { CustodyConceptMaps } from "./concept-maps.js";
import { type CustodyAdapterOptions, resolveOptions } from "./options.js";
import { readAgeAtArrival, readDateOfBirth } from "./person-dates.js";
import { readRelease } from "./release-time.js";
import { CustodyExportRow, offenceNumbers, riskAnswerNumbers } from "./source-schema.js";

/** The custody adapter's type: its row schema and concept maps. */
export type CustodyAdapter = Adapter<typeof CustodyExportRow, CustodyConceptMaps>;

/** The marking a custody record carries when the export leaves `protective_marking` blank. */
const defaultClassification = "OFFICIAL-SENSITIVE";

/**
 * The adapter for the custody reference export (`docs/formats/custody.md`): one row per
 * custody record, read as CSV or as a JSON array of the same rows. Throws `AdapterKitError`
 * for options it cannot use (a force that is not a reference, a concept map for another
 * code set); never for bad data, which is rejected record by record with a reason code.
 */
export function createCustodyAdapter(options: CustodyAdapterOptions): CustodyAdapter {
  const { force, conceptMaps } = resolveOptions(options);
  const codeFields = Object.fromEntries(
    riskAnswerNumbers.map((n) => [`ra_${n}_question`, { conceptMap: "riskQuestions" as const }]),
  );
  return defineAdapter({
    id: "custody",
    version: "1.0.0",
    recordKind: "custody",
    source: {
      schema: CustodyExportRow,
      formats: ["csv", "json-array"],
      recordIdField: "custody_ref",
      codeFields: { ...codeFields, protective_marking: { conceptMap: "protectiveMarkings" } },
    },
    conceptMaps,
    map(row, ctx) {
      // Free text is never mined for signs; staff and suite identifiers say nothing about the child.
      ctx.ignore("arrest_circumstances", "free-text");
      ctx.ignore("officer_comments", "free-text");
      for (const n of offenceNumbers) ctx.ignore(`offence_${n}_title`, "free-text");
      ctx.ignore("custody_officer", "staff-identifier");
      ctx.ignore("custody_suite", "not-used-in-flagging");

      const arrivedAt = fromUkDateTime(row.arrival);
      if (arrivedAt === undefined) return ctx.reject("invalid-date", "arrival");
      const released = readRelease(row.released, arrivedAt);
      if (!released.ok) return ctx.reject(released.reason, released.field);
      const releasedAt = released.value;

      let classification: CanonicalRecord["classification"] = defaultClassification;
      if (row.protective_marking !== "") {
        const marking = ctx.target("protectiveMarkings", row.protective_marking, "protective_marking");
        // A record whose handling is not known is not mapped on a guess.
        if (marking === undefined) return ctx.reject("unmapped-protective-marking", "protective_marking");
        classification = marking;
      }

      const detaineeRef = row.detainee_ref;
      const dateOfBirth = readDateOfBirth(row.detainee_dob, "detainee_dob", arrivedAt);
      if (!dateOfBirth.ok) return ctx.reject(dateOfBirth.reason, dateOfBirth.field);
      const age = readAgeAtArrival(row.detainee_age, dateOfBirth.value, arrivedAt);
      if (!age.ok) return ctx.reject(age.reason, age.field);
      const offences = readOffences(row);
      if (!offences.ok) return ctx.reject(offences.reason, offences.field);
      const answers = readRiskAnswers(row);
      if (!answers.ok) return ctx.reject(answers.reason, answers.field);
      const coArrested = readCoArrested(row, detaineeRef, arrivedAt);
      if (!coArrested.ok) return ctx.reject(coArrested.reason, coArrested.field);

      const attributes: Person["attributes"] = [];
      if (fromYesNo(row.looked_after) === true) attributes.push("looked-after");
      if (fromYesNo(row.learning_disability) === true) attributes.push("learning-disability");
      const persons: Person[] = [
        {
          ref: detaineeRef,
          roles: ["detainee"],
          ...(dateOfBirth.value === undefined ? {} : { dateOfBirth: dateOfBirth.value }),
          ...(age.value === undefined ? {} : { ageAtEvent: age.value }),
          attributes,
        },
        ...coArrested.value.map(
          (person): Person => ({
            ref: person.ref,
            roles: ["suspect"],
            ...(person.dateOfBirth === undefined ? {} : { dateOfBirth: person.dateOfBirth }),
            attributes: [],
          }),
        ),
      ];

      // Every question code is looked up, whatever the answer, so an unknown one is reported;
      // only a "Y" is a sign seen on the detained person. "N" and blank add nothing.
      const indicators: Indicator[] = [];
      for (const { n, question, answer } of answers.value) {
        const code = ctx.target("riskQuestions", question, `ra_${n}_question`);
        if (code !== undefined && answer === true)
          indicators.push({ code, personRef: detaineeRef, sourcePath: `ra_${n}_question/${question}` });
      }

      // Juvenile status is carried as the custody officer recorded it under PACE Code C at
      // the time: core reads a "not juvenile" on a record before 26 October 2015 as saying
      // nothing about a 17-year-old, so it is never corrected or inferred here.
      // The source schema lets only Y, N and blank through: `?? undefined` only narrows the type.
      const juvenile = fromYesNo(row.juvenile) ?? undefined;
      const appropriateAdult = fromYesNo(row.appropriate_adult) ?? undefined;
      return {
        kind: "custody",
        source: {
          force,
          system: "custody-reference-export",
          recordId: row.custody_ref,
          adapter: ctx.adapter,
        },
        classification,
        event: releasedAt === undefined ? { start: arrivedAt } : { start: arrivedAt, end: releasedAt },
        // The custody record is opened when the detained person arrives.
        recordedAt: arrivedAt,
        persons,
        offences: offences.value,
        indicators,
        locations: [],
        vehicles: [],
        custody: {
          personRef: detaineeRef,
          arrivedAt,
          ...(juvenile === undefined ? {} : { juvenile }),
          ...(appropriateAdult === undefined ? {} : { appropriateAdult }),
        },
        markers: [],
        unmappedCodes: [],
      };
    },
  });
}
