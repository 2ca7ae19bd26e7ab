import manifest from "../package.json" with { type: "json" };

/** This package's version, as `cse-flags --version` prints it. */
export const cliVersion: string = manifest.version;
