/**
 * A worker thread that makes the files of src/node/pipeline/beside-pages.ts (Open Graph cards, QR codes)
 * in the cache, so their JavaScript never waits for the pages on the main thread nor holds them
 * up: one worker per kind of file, started on first use by inWorker() and ended by stopWorker()
 * once its files are made, so its heap and sharp's memory are not held through the rest of the build.
 * Node only (build time).
 */
import { ogCardFile, type OgCard } from "../cards/og-card.ts";
import { qrCodeFile } from "../cards/qr-files.ts";
import { answerCalls, startWorker, workerStartedAs, type WorkerCalls } from "./worker-calls.ts";
import type { BuildPaths } from "./build-paths.ts";

/** What each worker makes: its input, and the maker, which returns the cache file. */
const MAKERS = {
  og: (card: OgCard, paths: BuildPaths) => ogCardFile(card, paths),
  qr: (url: string, paths: BuildPaths) => qrCodeFile(url, paths),
};
type Task = keyof typeof MAKERS;
type Input<T extends Task> = Parameters<(typeof MAKERS)[T]>[0];

const started = workerStartedAs("besidePages");
if (started) {
  const make = MAKERS[started["task"] as Task] as (input: unknown, paths: BuildPaths) => Promise<string>;
  const paths = started["paths"] as BuildPaths;
  answerCalls((input) => make(input, paths));
}

const workers = new Map<Task, WorkerCalls<unknown, string>>();

function workerFor(task: Task, paths: BuildPaths): WorkerCalls<unknown, string> {
  let running = workers.get(task);
  if (running) return running;
  running = startWorker<unknown, string>(paths, "pipeline/beside-worker.ts", { besidePages: true, task, paths }, () =>
    workers.delete(task),
  );
  running.worker.unref();
  workers.set(task, running);
  return running;
}

/** Makes a file in the worker of its kind; resolves to its cache file. */
export function inWorker<T extends Task>(paths: BuildPaths, task: T, input: Input<T>): Promise<string> {
  return workerFor(task, paths).call(input);
}

/** Ends the worker of `task`, if it runs (the next inWorker() call would start another). */
export async function stopWorker(task: Task): Promise<void> {
  const running = workers.get(task);
  workers.delete(task);
  await running?.worker.terminate();
}
