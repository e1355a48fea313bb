/**
 * Requests to a worker thread and their answers, matched by id: the plumbing shared by
 * beside-worker.ts (cards, QR codes) and the main thread.
 * Node only (build time).
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { buildCode, type BuildPaths } from "./build-paths.ts";

interface Envelope {
  id: number;
  body?: unknown;
  error?: string;
}

export interface WorkerCalls<Request, Result> {
  worker: Worker;
  /** Sends a request; resolves to the worker's result, or rejects with its error. */
  call(request: Request): Promise<Result>;
}

/**
 * Starts `src/node/<file>` (buildCode) in a worker thread with `data` as its workerData.
 * `onError` runs when the worker dies, after every waiting call has been rejected.
 */
export function startWorker<Request, Result>(
  paths: BuildPaths,
  file: string,
  data: Record<string, unknown>,
  onError?: () => void,
): WorkerCalls<Request, Result> {
  const { path, execArgv } = buildCode(paths, file);
  const worker = new Worker(path, { workerData: data, execArgv });
  const waiting = new Map<number, (envelope: Envelope) => void>();
  let nextId = 0;
  worker.on("message", (envelope: Envelope) => {
    waiting.get(envelope.id)?.(envelope);
    waiting.delete(envelope.id);
  });
  worker.on("error", (error) => {
    for (const answer of waiting.values()) answer({ id: -1, error: String(error) });
    waiting.clear();
    onError?.();
  });
  return {
    worker,
    call: (request) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, ({ body, error }) => (error === undefined ? resolve(body as Result) : reject(new Error(error))));
        worker.postMessage({ id, body: request } satisfies Envelope);
      }),
  };
}

/** workerData when this module runs in a worker started with a `key` of true, else null. */
export function workerStartedAs(key: string): Record<string, unknown> | null {
  const data = workerData as Record<string, unknown> | null;
  return !isMainThread && parentPort && data?.[key] === true ? data : null;
}

/** In a worker: answers every request with what `handle` resolves to, or with its error. */
export function answerCalls<Request, Result>(handle: (request: Request) => Promise<Result>): void {
  const port = parentPort;
  if (!port) throw new Error("answerCalls() runs in a worker thread");
  port.on("message", ({ id, body }: Envelope) => {
    handle(body as Request).then(
      (result) => port.postMessage({ id, body: result } satisfies Envelope),
      (error: unknown) => port.postMessage({ id, error: String(error) } satisfies Envelope),
    );
  });
}
