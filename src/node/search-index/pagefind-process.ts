/**
 * Pagefind's API with a process of its own. The pagefind module runs one process for every index
 * it makes, so to write one language's index while the next one is added (search-index.ts),
 * each language gets a worker thread that loads its own instance of the module, and with it its
 * own Pagefind process. The pages are still read and prepared on the calling thread.
 * Node only (build time).
 */
import { answerCalls, startWorker, workerStartedAs } from "../pipeline/worker-calls.ts";
import type { BuildPaths } from "../pipeline/build-paths.ts";

interface Call {
  method: "createIndex" | "addHTMLFile" | "writeFiles" | "close";
  arg?: unknown;
}

if (workerStartedAs("pagefindProcess")) {
  const pagefind = await import("pagefind");
  let index: Awaited<ReturnType<typeof pagefind.createIndex>>["index"];
  // Resolves to Pagefind's errors (none when it went well).
  answerCalls<Call, string[]>(async ({ method, arg }) => {
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
  });
}

export interface PagefindIndex {
  addHTMLFile(page: { url: string; content: string }): Promise<{ errors: string[] }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
  /** Ends the Pagefind process, and with it the memory of its index. */
  close(): Promise<void>;
}

/** A new index in a Pagefind process of its own. */
export async function startPagefind(paths: BuildPaths): Promise<PagefindIndex> {
  const { worker, call } = startWorker<Call, string[]>(paths, "search-index/pagefind-process.ts", { pagefindProcess: true });
  const errors = await call({ method: "createIndex", arg: {} });
  if (errors.length > 0) {
    await worker.terminate();
    throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  }
  return {
    addHTMLFile: async (page) => ({ errors: await call({ method: "addHTMLFile", arg: page }) }),
    writeFiles: async (options) => ({ errors: await call({ method: "writeFiles", arg: options }) }),
    close: async () => {
      try {
        await call({ method: "close" });
      } finally {
        await worker.terminate();
      }
    },
  };
}
