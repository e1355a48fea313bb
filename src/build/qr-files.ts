/**
 * QR codes of a build, as cache files: one per URL, drawn by a worker thread
 * (src/build/qr-worker.ts), so the main thread keeps rendering pages meanwhile (choosing a QR
 * code's mask takes about 2 ms of JavaScript a code: 5.6 s of the main thread at 1,000 products).
 * Node only (build time).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { QrAnswer, QrRequest } from "./qr-worker.ts";

const CACHE_DIR = join(process.cwd(), "node_modules", ".cache", "ocop-qr");
/** Part of every code's key, with the encoder's version: change it when src/lib/gifts/qr.ts draws differently. */
const QR_VERSION = `1 uqr ${(JSON.parse(readFileSync(join(process.cwd(), "node_modules", "uqr", "package.json"), "utf8")) as { version: string }).version}`;

let worker: Worker | undefined;
const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
let nextId = 0;

function qrWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(join(process.cwd(), "src", "build", "qr-worker.ts"));
  worker.unref();
  worker.on("message", ({ id, error }: QrAnswer) => {
    const answer = waiting.get(id);
    waiting.delete(id);
    if (error) answer?.reject(new Error(error));
    else answer?.resolve();
  });
  worker.on("error", (error) => {
    for (const answer of waiting.values()) answer.reject(error);
    waiting.clear();
    worker = undefined;
  });
  return worker;
}

/** The cache file of the QR code of `url`, drawn first by the worker when the same code was not made before. */
export async function qrCodeFile(url: string): Promise<string> {
  const file = join(CACHE_DIR, `${createHash("sha256").update(QR_VERSION).update(url).digest("hex").slice(0, 24)}.svg`);
  if (existsSync(file)) return file;
  mkdirSync(CACHE_DIR, { recursive: true });
  const id = nextId++;
  await new Promise<void>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    qrWorker().postMessage({ id, url, file } satisfies QrRequest);
  });
  return file;
}
