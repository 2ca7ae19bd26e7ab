#!/usr/bin/env node
import { run } from "./cli.js";
import { errorCode } from "./errors.js";
import { exitCodes } from "./exit-codes.js";

let outputFailed = false;
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error) => {
    // A reader that goes away (`cse-flags flag ... | head`) is not a crash: stop quietly.
    if (errorCode(error) === "EPIPE") process.exit(process.exitCode ?? exitCodes.error);
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
