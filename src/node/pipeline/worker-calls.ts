/**
 * Requests to a worker thread and their answers, matched by id: the plumbing shared by
 * beside-worker.ts (cards, QR codes) and pagefind-process.ts (one Pagefind process per language);
 * and where build code run beside the build is found (also for search-index-process.ts).
 * Node only (build time).
 */
import { join } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

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
 * Build code run beside the build, in a worker thread or a child process: `src/node/<file>`,
 * found from the project's root, where the build runs (bundled code has no path of its own to
 * it), and the flag with which Node strips its types (by default from 22.18, behind the flag from
 * 22.12). The build's own flags are not passed on (a worker refuses some, such as a heap size).
 */
export function buildCode(file: string): { path: string; execArgv: string[] } {
  return { path: join(process.cwd(), "src", "node", file), execArgv: ["--experimental-strip-types"] };
}

/**
 * Starts `src/node/<file>` (buildCode) in a worker thread with `data` as its workerData.
 * `onError` runs when the worker dies, after every waiting call has been rejected.
 */
export function startWorker<Request, Result>(
  file: string,
  data: Record<string, unknown>,
  onError?: () => void,
): WorkerCalls<Request, Result> {
  const { path, execArgv } = buildCode(file);
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
