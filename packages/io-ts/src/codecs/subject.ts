import { literal } from "../combinators/scalars.js";
import { strictObject } from "../combinators/strict-object.js";
import { taggedUnion } from "../combinators/union.js";
import { PersonRoleCode } from "./codes.js";
import { Ref } from "./primitives.js";

/** What a marker is placed on: the record, a person in a role, a location or a vehicle. */
export const Subject = taggedUnion("Subject", "type", {
  record: strictObject("RecordSubject", { type: literal("record") }),
  person: strictObject("PersonSubject", { type: literal("person"), ref: Ref, role: PersonRoleCode }),
  location: strictObject("LocationSubject", { type: literal("location"), ref: Ref }),
  vehicle: strictObject("VehicleSubject", { type: literal("vehicle"), ref: Ref }),
});
