/**
 * QR codes of a build, as cache files: one per URL, drawn once (choosing a code's mask takes about
 * 2 ms of JavaScript, so in a build they are drawn in a worker thread: src/node/pipeline/beside-worker.ts).
 * Node only (build time).
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { qrSvg } from "../../lib/gifts/qr.ts";
import { codeHash, keepFile } from "../pipeline/code-hash.ts";

const CACHE_DIR = join(process.cwd(), "node_modules", ".cache", "ocop-qr");

/** The cache file of the QR code of `url` (keyed by the URL and the code that draws it), drawn first when not made before. */
export function qrCodeFile(url: string): Promise<string> {
  const key = createHash("sha256")
    .update(codeHash(import.meta.url))
    .update(url)
    .digest("hex")
    .slice(0, 24);
  const file = join(CACHE_DIR, `${key}.svg`);
  if (!existsSync(file)) keepFile(file, qrSvg(url));
  return Promise.resolve(file);
}
