import { formatPath, parseWith } from "@cse-flags/core";
import { z } from "zod";
import type { LinkConfig } from "./audit-model.js";

const maxLinkKeys = 16;
const maxPathsPerKey = 16;

const LinkKeyName = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, "Expected a key name of up to 32 lower-case letters, digits and hyphens");

/** A JSON Pointer (RFC 6901, `~0` and `~1` escapes only) in which a segment may be `*`: every array index. */
const LinkPath = z
  .string()
  .max(256)
  .regex(/^(\/([^/~]|~[01])*)+$/, "Expected a JSON Pointer such as /persons/*/ref");

const SystemName = z.string().min(1).max(128);

/** Where a person key's values are read: each person on its own, so a value names one person. */
const personPathPrefix = "/persons/*/";

const LinkKeySchema = z
  .strictObject({
    name: LinkKeyName,
    entity: z.enum(["person", "occurrence"]),
    paths: z.array(LinkPath).min(1).max(maxPathsPerKey),
    systems: z.array(SystemName).min(1).max(100).optional(),
    ignore: z.array(z.string().min(1).max(128)).min(1).max(100).optional(),
  })
  .superRefine((key, ctx) => {
    if (key.entity === "person") {
      key.paths.forEach((path, i) => {
        if (!path.startsWith(personPathPrefix))
          ctx.addIssue({
            code: "custom",
            path: ["paths", i],
            message: `A person key's paths start ${personPathPrefix}, so each value names one person`,
          });
      });
    }
    const seen = new Set<string>();
    key.systems?.forEach((system, i) => {
      if (seen.has(system))
        ctx.addIssue({ code: "custom", path: ["systems", i], message: "This system is already listed" });
      seen.add(system);
    });
  });

/** The `--links <file>` document: the link keys an audit joins records by. */
export const LinkConfigDocument = z
  .strictObject({ linkKeys: z.array(LinkKeySchema).min(1).max(maxLinkKeys) })
  .superRefine((document, ctx) => {
    const seen = new Set<string>();
    document.linkKeys.forEach((key, i) => {
      if (seen.has(key.name))
        ctx.addIssue({
          code: "custom",
          path: ["linkKeys", i, "name"],
          message: "Another link key has this name: names must be unique",
        });
      seen.add(key.name);
    });
  });

/**
 * The link keys used without `--links`: a person by their reference, and an occurrence by
 * the record's own reference or an offence's (an intelligence report naming a crime's
 * reference links to that crime).
 */
export const defaultLinkConfig: LinkConfig = {
  linkKeys: [
    { name: "person", entity: "person", paths: ["/persons/*/ref"] },
    { name: "occurrence", entity: "occurrence", paths: ["/source/recordId", "/offences/*/ref"] },
  ],
};

export interface LinkConfigIssue {
  /** A JSON Pointer into the document. */
  readonly path: string;
  readonly code: string;
  /** Says what was expected; never quotes the document. */
  readonly message: string;
}

export type LinkConfigResult =
  | { readonly ok: true; readonly value: LinkConfig }
  | { readonly ok: false; readonly issues: readonly LinkConfigIssue[] };

/**
 * Checks a parsed `--links` document. Never throws: core's guard refuses hostile data
 * (prototype keys, deep nesting) first, and every message is core's or ours, never the input.
 */
export function parseLinkConfig(value: unknown): LinkConfigResult {
  const parsed = parseWith(LinkConfigDocument, value);
  if (!parsed.ok)
    return {
      ok: false,
      issues: parsed.issues.map((issue) => ({
        path: formatPath(issue.path),
        code: issue.code,
        message: issue.message,
      })),
    };
  return {
    ok: true,
    value: {
      linkKeys: parsed.value.linkKeys.map((key) => ({
        name: key.name,
        entity: key.entity,
        paths: key.paths,
        ...(key.systems === undefined ? {} : { systems: key.systems }),
      })),
    },
  };
}
