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

/** What each worker makes: its input, and the maker, which returns the cache file. */
const MAKERS = {
  og: (card: OgCard) => ogCardFile(card),
  qr: (url: string) => qrCodeFile(url),
};
type Task = keyof typeof MAKERS;
type Input<T extends Task> = Parameters<(typeof MAKERS)[T]>[0];

const started = workerStartedAs("besidePages");
if (started) answerCalls(MAKERS[started["task"] as Task] as (input: unknown) => Promise<string>);

const workers = new Map<Task, WorkerCalls<unknown, string>>();

function workerFor(task: Task): WorkerCalls<unknown, string> {
  let running = workers.get(task);
  if (running) return running;
  running = startWorker<unknown, string>("pipeline/beside-worker.ts", { besidePages: true, task }, () => workers.delete(task));
  running.worker.unref();
  workers.set(task, running);
  return running;
}

/** Makes a file in the worker of its kind; resolves to its cache file. */
export function inWorker<T extends Task>(task: T, input: Input<T>): Promise<string> {
  return workerFor(task).call(input);
}

/** Ends the worker of `task`, if it runs (the next inWorker() call would start another). */
export async function stopWorker(task: Task): Promise<void> {
  const running = workers.get(task);
  workers.delete(task);
  await running?.worker.terminate();
}
