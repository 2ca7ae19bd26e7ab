#!/usr/bin/env node
import { writeSync } from "node:fs";
import { run } from "./cli.js";
import { errorCode } from "./errors.js";
import { exitCodes } from "./exit-codes.js";

let outputFailed = false;
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error) => {
    // A reader that goes away (`cse-flags flag ... | head`) is not a crash: stop quietly.
    if (errorCode(error) === "EPIPE") {
      // Say why on stderr when it is still there (stdout went to `head`, stderr to the log).
      if (stream === process.stdout)
        try {
          writeSync(2, "cse-flags: the output was closed before the command finished\n");
        } catch {
          // stderr is gone too: the exit code says it.
        }
      process.exit(exitCodes.error);
    }
    // Any other failure (a full disk) is reported by the write that met it, if stderr still
    // works; either way it is not a crash, and the exit code says the job was not done.
    outputFailed = true;
    process.exitCode = exitCodes.error;
  });

const code = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = outputFailed ? exitCodes.error : code;
