import { run } from "./cli.js";
import { errorCode } from "./errors.js";

// A reader that goes away (`cse-flags flag ... | head`) is not a crash: stop quietly.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error) => {
    if (errorCode(error) === "EPIPE") process.exit(process.exitCode ?? 2);
    throw error;
  });

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
