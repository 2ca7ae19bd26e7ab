import type { CommandSpec, ParsedArgs } from "../args/command-spec.js";
import type { ExitCode } from "../exit-codes.js";
import type { CliIo } from "../io.js";

export interface LoadedCommand {
  readonly spec: CommandSpec;
  readonly run: (args: ParsedArgs, io: CliIo) => Promise<ExitCode>;
}

export interface CommandEntry {
  /** As typed, `taxonomy diff` included. */
  readonly name: string;
  readonly summary: string;
  /** Loaded only when used, so `--version` and `--help` start without the adapters. */
  readonly load: () => Promise<LoadedCommand>;
}

export const commands: readonly CommandEntry[] = [
  {
    name: "validate",
    summary: "check canonical documents, or source exports through an adapter",
    load: async () => {
      const m = await import("./validate.js");
      return { spec: m.validateSpec, run: m.validate };
    },
  },
  {
    name: "map",
    summary: "map source exports onto canonical records (NDJSON on stdout)",
    load: async () => {
      const m = await import("./map.js");
      return { spec: m.mapSpec, run: m.map };
    },
  },
  {
    name: "flag",
    summary: "evaluate records with the flagging policy: one decision per record",
    load: async () => {
      const m = await import("./flag.js");
      return { spec: m.flagSpec, run: m.flag };
    },
  },
  {
    name: "audit",
    summary: "check carried markers against the policy and across systems; the CSE problem profile",
    load: async () => {
      const m = await import("./audit.js");
      return { spec: m.auditSpec, run: m.audit };
    },
  },
  {
    name: "schema",
    summary: "write the JSON Schemas, or check a copy of them",
    load: async () => {
      const m = await import("./schema.js");
      return { spec: m.schemaSpec, run: m.schema };
    },
  },
  {
    name: "taxonomy list",
    summary: "list the taxonomy's codes",
    load: async () => {
      const m = await import("./taxonomy.js");
      return { spec: m.taxonomyListSpec, run: m.taxonomyList };
    },
  },
  {
    name: "taxonomy show",
    summary: "show one code: label, definition, status, sources",
    load: async () => {
      const m = await import("./taxonomy.js");
      return { spec: m.taxonomyShowSpec, run: m.taxonomyShow };
    },
  },
  {
    name: "taxonomy diff",
    summary: "compare two taxonomy versions and say which version step the changes need",
    load: async () => {
      const m = await import("./taxonomy.js");
      return { spec: m.taxonomyDiffSpec, run: m.taxonomyDiff };
    },
  },
];
