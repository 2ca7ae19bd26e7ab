import { z } from "zod";
import { publicSchemas } from "./public-schemas.js";

export const jsonSchemaIdPrefix = "urn:cse-flags:schema:";

/**
 * The JSON Schema (draft 2020-12) of every public schema, keyed by file name.
 * Generated from the zod schemas, so the two cannot drift; cross-field checks are
 * listed in `schemas/README.md` because JSON Schema cannot express them.
 */
export function buildJsonSchemas(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const { name, title, schema } of publicSchemas) {
    const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "throw" });
    out[`${name}.schema.json`] = { ...json, $id: `${jsonSchemaIdPrefix}${name}`, title };
  }
  return out;
}
