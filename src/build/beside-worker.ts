/**
 * A worker thread that makes the files of src/build/beside-pages.ts (Open Graph cards, QR codes)
 * in the cache, so their JavaScript never waits for the pages on the main thread nor holds them
 * up: one worker per kind of file, started on first use by inWorker().
 * Node only (build time).
 */
import { join } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { ogCardFile, type OgCard } from "./og-card.ts";
import { qrCodeFile } from "./qr-files.ts";

/** What each worker makes: its input, and the maker, which returns the cache file. */
const MAKERS = {
  og: (card: OgCard) => ogCardFile(card),
  qr: (url: string) => qrCodeFile(url),
};
type Task = keyof typeof MAKERS;
type Input<T extends Task> = Parameters<(typeof MAKERS)[T]>[0];

interface Request {
  id: number;
  input: unknown;
}
interface Answer {
  id: number;
  file?: string;
  error?: string;
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const make = MAKERS[(workerData as { task: Task }).task] as (input: unknown) => Promise<string>;
  port.on("message", ({ id, input }: Request) => {
    make(input).then(
      (file) => port.postMessage({ id, file } satisfies Answer),
      (error: unknown) => port.postMessage({ id, error: String(error) } satisfies Answer),
    );
  });
}

const workers = new Map<Task, { worker: Worker; waiting: Map<number, (answer: Answer) => void> }>();
let nextId = 0;

function workerFor(task: Task) {
  let running = workers.get(task);
  if (running) return running;
  // Found from the project's root, where the build runs (the caches live there too): bundled code
  // has no path of its own to this file. Node strips its types itself, by default from 22.18 and
  // behind the flag from 22.12; the build's own flags are not passed on (a worker refuses some,
  // such as a heap size or a profiler).
  const worker = new Worker(join(process.cwd(), "src", "build", "beside-worker.ts"), {
    workerData: { task },
    execArgv: ["--experimental-strip-types"],
  });
  worker.unref();
  const waiting = new Map<number, (answer: Answer) => void>();
  worker.on("message", (answer: Answer) => {
    waiting.get(answer.id)?.(answer);
    waiting.delete(answer.id);
  });
  worker.on("error", (error) => {
    for (const answer of waiting.values()) answer({ id: -1, error: String(error) });
    waiting.clear();
    workers.delete(task);
  });
  running = { worker, waiting };
  workers.set(task, running);
  return running;
}

/** Makes a file in the worker of its kind; resolves to its cache file. */
export function inWorker<T extends Task>(task: T, input: Input<T>): Promise<string> {
  const { worker, waiting } = workerFor(task);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, ({ file, error }) => (file !== undefined ? resolve(file) : reject(new Error(error))));
    worker.postMessage({ id, input } satisfies Request);
  });
}
