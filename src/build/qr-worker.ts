/**
 * The worker thread of src/build/qr-files.ts: draws each QR code it is asked for (a URL), writes
 * it into the cache file it is given and answers with the request's id.
 * Node only (build time).
 */
import { writeFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { qrSvg } from "../lib/gifts/qr.ts";

export interface QrRequest {
  id: number;
  url: string;
  file: string;
}
export type QrAnswer = { id: number; error?: string };

parentPort?.on("message", ({ id, url, file }: QrRequest) => {
  try {
    writeFileSync(file, qrSvg(url));
    parentPort?.postMessage({ id } satisfies QrAnswer);
  } catch (error) {
    parentPort?.postMessage({ id, error: String(error) } satisfies QrAnswer);
  }
});
