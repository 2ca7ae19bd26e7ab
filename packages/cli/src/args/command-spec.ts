/** One option of a command: how it parses, and how `--help` describes it. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** The option may be given more than once; its values are kept in order. */
  readonly multiple?: boolean;
  /** The value's placeholder in help, e.g. `<id>`. */
  readonly value?: string;
  /** Allowed values, checked after parsing and listed in help. */
  readonly choices?: readonly string[];
  readonly description: string;
}

export interface Example {
  /** The command line, without the leading `$ `. */
  readonly command: string;
  /** What it does, in one sentence. */
  readonly explains: string;
}

/** A command's interface: parsing, checking and `--help` all come from it, so they cannot drift. */
export interface CommandSpec {
  /** As typed: `validate`, `taxonomy diff`. */
  readonly name: string;
  readonly summary: string;
  /** What follows the command name in the usage line, e.g. `[options] <file...>`. */
  readonly usage: string;
  /** Paragraphs after the usage line. */
  readonly description: readonly string[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** How many positional arguments the command takes, and what they are called in errors. */
  readonly positionals: { readonly min: number; readonly max?: number; readonly name: string };
  readonly examples: readonly Example[];
}

/** What parsing gives a command: option values by name, and the positional arguments. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}
