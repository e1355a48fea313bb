/**
 * Pagefind's API with a process of its own. The pagefind module runs one process for every index
 * it makes, so to write one language's index while the next one is added (search-index.ts),
 * each language gets a worker thread that loads its own instance of the module, and with it its
 * own Pagefind process. The pages are still read and prepared on the calling thread.
 * Node only (build time).
 */
import { join } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

interface Call {
  id: number;
  method: "createIndex" | "addHTMLFile" | "writeFiles" | "close";
  arg?: unknown;
}
interface Answer {
  id: number;
  errors?: string[];
  failure?: string;
}

if (!isMainThread && parentPort && (workerData as { pagefindProcess?: boolean } | null)?.pagefindProcess) {
  const port = parentPort;
  const pagefind = await import("pagefind");
  let index: Awaited<ReturnType<typeof pagefind.createIndex>>["index"];
  const run = async ({ method, arg }: Call): Promise<string[]> => {
    switch (method) {
      case "createIndex": {
        const created = await pagefind.createIndex(arg as Parameters<typeof pagefind.createIndex>[0]);
        index = created.index;
        return index ? created.errors : ["Pagefind did not create an index", ...created.errors];
      }
      case "addHTMLFile":
        return (await index!.addHTMLFile(arg as { url: string; content: string })).errors;
      case "writeFiles":
        return (await index!.writeFiles(arg as { outputPath: string })).errors;
      case "close":
        await pagefind.close();
        return [];
    }
  };
  port.on("message", (call: Call) => {
    run(call).then(
      (errors) => port.postMessage({ id: call.id, errors } satisfies Answer),
      (error: unknown) => port.postMessage({ id: call.id, failure: String(error) } satisfies Answer),
    );
  });
}

export interface PagefindIndex {
  addHTMLFile(page: { url: string; content: string }): Promise<{ errors: string[] }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
  /** Ends the Pagefind process, and with it the memory of its index. */
  close(): Promise<void>;
}

/** A new index in a Pagefind process of its own. */
export async function startPagefind(): Promise<PagefindIndex> {
  // Found from the project's root, where the build runs, as src/build/beside-worker.ts is.
  const worker = new Worker(join(process.cwd(), "src", "build", "pagefind-process.ts"), {
    workerData: { pagefindProcess: true },
    execArgv: ["--experimental-strip-types"],
  });
  const waiting = new Map<number, (answer: Answer) => void>();
  let nextId = 0;
  worker.on("message", (answer: Answer) => {
    waiting.get(answer.id)?.(answer);
    waiting.delete(answer.id);
  });
  worker.on("error", (error) => {
    for (const answer of waiting.values()) answer({ id: -1, failure: String(error) });
    waiting.clear();
  });
  const call = (method: Call["method"], arg?: unknown) =>
    new Promise<{ errors: string[] }>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, ({ errors, failure }) =>
        failure === undefined ? resolve({ errors: errors ?? [] }) : reject(new Error(failure)),
      );
      worker.postMessage({ id, method, arg } satisfies Call);
    });
  const created = await call("createIndex", {});
  if (created.errors.length > 0) {
    await worker.terminate();
    throw new Error(`Pagefind could not start: ${created.errors.join("; ")}`);
  }
  return {
    addHTMLFile: (page) => call("addHTMLFile", page),
    writeFiles: (options) => call("writeFiles", options),
    close: async () => {
      try {
        await call("close");
      } finally {
        await worker.terminate();
      }
    },
  };
}
