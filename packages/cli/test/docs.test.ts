import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, cliBin, repoRoot, runCli } from "./run-cli.js";
import { useTempDir } from "./temp-dir.js";

// docs/cli.md and docs/audit.md are checked against the built binary, so they cannot drift from it. Their
// fenced blocks are marked with an HTML comment on the line before (invisible on GitHub):
//   <!-- help: flag -->       the block is `cse-flags flag --help` exactly (`<!-- help -->`: `cse-flags --help`)
//   <!-- runs: exit 1 -->     a bash block, run in a workspace, that must end with that exit code
//                             (a block that does not exit 0 says `# exit code N` for readers too)
//   <!-- output -->           what the last `runs` block printed (stdout and stderr together);
//                             a line `...` stands for any number of lines
//   <!-- output: x.xml -->    the file x.xml as the last `runs` block left it
//   <!-- file: name.mjs -->   the block is written to that file in the workspace
// Blocks run in document order in one workspace, as a reader would run them from the root
// of a clone: later examples use the files earlier ones wrote.

const docPath = join(repoRoot, "docs/cli.md");

type Marker =
  | { readonly kind: "help"; readonly command: string }
  | { readonly kind: "runs"; readonly exit: number }
  | { readonly kind: "output"; readonly file?: string }
  | { readonly kind: "file"; readonly file: string };

type MarkedBlock = Marker & { readonly line: number; readonly body: string };

function parseMarker(kind: string, argument: string, line: number, doc: string): Marker {
  switch (kind) {
    case "help":
      return { kind, command: argument };
    case "runs": {
      const exit = /^exit ([0-2])$/.exec(argument)?.[1];
      if (exit === undefined) throw new Error(`${doc}:${line}: write <!-- runs: exit N -->`);
      return { kind, exit: Number(exit) };
    }
    case "output":
      return argument === "" ? { kind } : { kind, file: argument };
    case "file":
      if (argument === "") throw new Error(`${doc}:${line}: write <!-- file: <name> -->`);
      return { kind, file: argument };
    default:
      throw new Error(`${doc}:${line}: unknown marker ${kind}`);
  }
}

/** Every marked block, in document order. A marker not followed by a fenced block is an error. */
function markedBlocks(text: string, doc = "docs/cli.md"): MarkedBlock[] {
  const lines = text.split("\n");
  const blocks: MarkedBlock[] = [];
  for (const [i, line] of lines.entries()) {
    const marker = /^<!-- (help|runs|output|file)(?::\s*(.*?))? -->$/.exec(line);
    if (marker === null) continue;
    const fence = lines[i + 1] ?? "";
    if (!/^```\w+$/.test(fence)) throw new Error(`${doc}:${i + 1}: a marker must be followed by a fence`);
    const end = lines.findIndex((l, j) => j > i + 1 && l === "```");
    if (end < 0) throw new Error(`${doc}:${i + 2}: the block is never closed`);
    const body = `${lines.slice(i + 2, end).join("\n")}\n`;
    blocks.push({ ...parseMarker(marker[1] as string, marker[2] ?? "", i + 1, doc), line: i + 1, body });
  }
  return blocks;
}

/** Exact, except that a line `...` in the expected text matches any number of lines. */
function matchesSample(actual: string, expected: string): boolean {
  const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = expected
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => (line === "..." ? "(?:[^\\n]*\\n)*?" : `${escapeRegExp(line)}\\n`))
    .join("");
  return new RegExp(`^${pattern}$`).test(actual);
}

interface BashRun {
  readonly code: number | null;
  readonly output: string;
}

/** Runs a block with bash in the workspace: stdout and stderr in one stream, in the order written. */
function runBash(script: string, cwd: string): Promise<BashRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-e", "-o", "pipefail", "-c", `exec 2>&1\n${script}`], {
      cwd,
      env: {
        ...process.env,
        PATH: `${dirname(cliBin)}${delimiter}${process.env.PATH ?? ""}`,
        CI: "",
        GITHUB_ACTIONS: "",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output: Buffer.concat(chunks).toString("utf8") }));
  });
}

const blocks = markedBlocks(readFileSync(docPath, "utf8"));
const helpBlocks = blocks.filter((b): b is MarkedBlock & { kind: "help" } => b.kind === "help");
const steps = blocks.filter((b) => b.kind !== "help");

describe("docs/cli.md: every pasted --help", () => {
  it("is there for the main command, every command the main help lists, and the taxonomy group", async () => {
    const main = await runCli(["--help"]);
    const listed = /\nCommands:\n([\s\S]*?)\n\n/.exec(main.stdout)?.[1] ?? "";
    const commands = listed.split("\n").map((line) => line.trim().split(/ {2,}/)[0] as string);
    const groups = commands.filter((c) => c.includes(" ")).map((c) => c.split(" ")[0] as string);
    expect(commands.length).toBeGreaterThanOrEqual(5);
    expect(helpBlocks.map((b) => b.command).sort()).toEqual(
      [...new Set(["", ...commands, ...groups])].sort(),
    );
  });

  it.each(helpBlocks.map((b) => [`docs/cli.md:${b.line}: cse-flags ${b.command} --help`, b] as const))(
    "%s",
    async (_, { command, body }) => {
      const run = await runCli([...command.split(" ").filter((w) => w !== ""), "--help"]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe(body);
    },
  );
});

/** The docs whose examples run against the binary, and how many of each kind they must hold. */
const runnableDocs = [
  { doc: "docs/cli.md", steps, minRuns: 25, minOutputs: 15 },
  {
    doc: "docs/audit.md",
    steps: markedBlocks(readFileSync(join(repoRoot, "docs/audit.md"), "utf8"), "docs/audit.md"),
    minRuns: 4,
    minOutputs: 3,
  },
];

describe.each(runnableDocs)(
  "$doc: the examples, run in document order",
  ({ doc, steps: docSteps, minRuns, minOutputs }) => {
    const workspace = useTempDir();
    let last: BashRun | undefined;

    beforeAll(() => {
      assertBuilt();
      // The bundled data a clone has, copied so that no example can change the repository.
      for (const dir of [
        "examples/records",
        "examples/policy-overlays",
        "examples/consistent-flagging/exports",
        "examples/audit/exports",
      ])
        cpSync(join(repoRoot, dir), join(workspace.path(), dir), { recursive: true });
      // What `pnpm install` gives a clone's root, and zod for the custom adapter example.
      mkdirSync(join(workspace.path(), "node_modules"));
      for (const name of ["@cse-flags", "zod"])
        symlinkSync(
          join(repoRoot, "packages/cli/node_modules", name),
          join(workspace.path(), "node_modules", name),
        );
    });

    it("runs enough examples to matter", () => {
      // Only docs/cli.md's help blocks are compared with --help.
      if (doc !== "docs/cli.md") expect(docSteps.filter((s) => s.kind === "help")).toEqual([]);
      expect(docSteps.filter((s) => s.kind === "runs").length).toBeGreaterThanOrEqual(minRuns);
      expect(docSteps.filter((s) => s.kind === "output").length).toBeGreaterThanOrEqual(minOutputs);
    });

    const title = (step: MarkedBlock): string =>
      step.kind === "runs"
        ? `runs and exits ${step.exit}`
        : step.kind === "output"
          ? `printed what it shows${step.file === undefined ? "" : ` in ${step.file}`}`
          : step.kind === "file"
            ? `writes ${step.file}`
            : "help";
    it.each(
      docSteps
        .filter((step) => step.kind !== "help")
        .map((step) => [`${doc}:${step.line}: ${title(step)}`, step] as const),
    )("%s", async (_, step) => {
      if (step.kind === "file") {
        writeFileSync(join(workspace.path(), step.file), step.body);
      } else if (step.kind === "runs") {
        // A reader cannot see the marker: a block that fails says so in a comment too.
        if (step.exit !== 0) expect(step.body).toContain(`# exit code ${step.exit}\n`);
        last = await runBash(step.body, workspace.path());
        expect(last.code, last.output).toBe(step.exit);
      } else if (step.kind === "output") {
        if (last === undefined) throw new Error(`${doc}:${step.line}: no runs block before this output`);
        const actual =
          step.file === undefined ? last.output : readFileSync(join(workspace.path(), step.file), "utf8");
        if (step.body.split("\n").includes("..."))
          expect(matchesSample(actual, step.body), actual).toBe(true);
        else expect(actual).toBe(step.body);
      }
    });
  },
);
