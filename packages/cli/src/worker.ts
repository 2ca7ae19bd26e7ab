// A worker thread of `cse-flags --jobs N`: builds the same processors as the main thread from
// the job spec, then maps, validates or flags each batch it is sent, in order.
import { parentPort, workerData } from "node:worker_threads";
import { UsageError } from "./errors.js";
import { processNdjsonLine } from "./jobs/executor.js";
import type { JobSpec } from "./jobs/job-spec.js";
import { createProcessor, internalFailure, lostStage, type Processor } from "./jobs/processor.js";
import type { WorkerReply, WorkerRequest } from "./jobs/worker-messages.js";

const port = parentPort;
if (port === null) throw new Error("worker.js runs only as a worker thread of cse-flags");
const spec = workerData as JobSpec;
const reply = (message: WorkerReply): void => port.postMessage(message);

let processors: Processor[] = [];
try {
  processors = await Promise.all(
    spec.sources.map((source) =>
      createProcessor(spec.command, source, spec.overlays, spec.decisions, spec.links),
    ),
  );
  reply({ type: "ready" });
} catch (error) {
  reply(
    error instanceof UsageError
      ? { type: "failed", message: error.message, ...(error.hint === undefined ? {} : { hint: error.hint }) }
      : { type: "failed", message: "a worker thread could not start" },
  );
}

port.on("message", (request: WorkerRequest) => {
  const processor = processors[request.source];
  // Never leave a request unanswered: a batch this worker cannot process comes back failed, each record counted.
  const outcomes =
    request.type === "lines"
      ? request.lines.map((line) =>
          processor === undefined ? internalFailure(lostStage) : processNdjsonLine(processor, line),
        )
      : request.values.map((value) =>
          processor === undefined ? internalFailure(lostStage) : processor.process(value),
        );
  const reconciliation = processor?.reconciliation();
  reply({
    type: "done",
    id: request.id,
    outcomes,
    ...(reconciliation === undefined ? {} : { reconciliation }),
  });
});
