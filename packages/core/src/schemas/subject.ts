import { z } from "zod";
import { PersonRoleCode } from "./codes.js";
import { Ref } from "./primitives.js";

/**
 * What a marker is placed on: the record, a person in a role, a location or a
 * vehicle. The `type` values are the taxonomy's `subject-type` codes.
 */
export const Subject = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("record") }),
  z.strictObject({ type: z.literal("person"), ref: Ref, role: PersonRoleCode }),
  z.strictObject({ type: z.literal("location"), ref: Ref }),
  z.strictObject({ type: z.literal("vehicle"), ref: Ref }),
]);

export type Subject = z.infer<typeof Subject>;
