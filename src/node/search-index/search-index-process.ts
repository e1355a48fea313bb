/**
 * buildSearchIndex (search-index.ts) in a Node process of its own. By the end of `astro build`
 * the build's process is at its largest, and preparing every page for Pagefind (parsing each
 * one) grew its heap by garbage that V8 had no reason to collect yet. In a process of its own,
 * with a heap limit, the same work stays small, and its memory is returned when it ends
 * (docs/performance.md has the figures).
 * Node only (build time).
 */
import { fork } from "node:child_process";
import type { IndexStats } from "./search-index.ts";
import { buildCode, type BuildPaths } from "../pipeline/build-paths.ts";

/** What the index process sends back: its figures, or its error. */
type Answer = { stats: IndexStats } | { error: string };

/** The index process's old-generation heap limit (MB): its live data is words, well under this; more only delays collection. */
const HEAP_MB = 512;

if (process.send && process.argv[2] === "--search-index") {
  const send = process.send.bind(process);
  const { buildSearchIndex } = await import("./search-index.ts");
  const [root, projectRoot, cacheDir] = process.argv.slice(3) as [string, string, string];
  const answer: Answer = await buildSearchIndex(root, { root: projectRoot, cacheDir }).then(
    (stats) => ({ stats }),
    (error: unknown) => ({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
  send(answer, () => process.disconnect());
}

/**
 * Indexes the built site at `root` in a child process (this file, run as build-paths.ts runs
 * build code). Rejects with the index's own error, or when the process ends without an answer.
 */
export function buildSearchIndexApart(root: string, paths: BuildPaths): Promise<IndexStats> {
  return new Promise((resolve, reject) => {
    const { path, execArgv } = buildCode(paths, "search-index/search-index-process.ts");
    const child = fork(path, ["--search-index", root, paths.root, paths.cacheDir], {
      execArgv: [...execArgv, `--max-old-space-size=${HEAP_MB}`],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let answer: Answer | undefined;
    child.on("message", (message: Answer) => (answer = message));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (answer && "stats" in answer) resolve(answer.stats);
      else if (answer) reject(new Error(answer.error));
      else reject(new Error(`the search index process ended without an answer (exit code ${code}, signal ${signal})`));
    });
  });
}
