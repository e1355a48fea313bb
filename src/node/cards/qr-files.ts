/**
 * QR codes of a build, as cache files: one per URL, drawn once (choosing a code's mask takes about
 * 2 ms of JavaScript, so in a build they are drawn in a worker thread: src/node/pipeline/beside-worker.ts).
 * Node only (build time).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { qrSvg } from "../../lib/gifts/qr.ts";

const CACHE_DIR = join(process.cwd(), "node_modules", ".cache", "ocop-qr");
/** Part of every code's key, with the encoder's version: change it when src/lib/gifts/qr.ts draws differently. */
const QR_VERSION = `1 uqr ${(JSON.parse(readFileSync(join(process.cwd(), "node_modules", "uqr", "package.json"), "utf8")) as { version: string }).version}`;

/** The cache file of the QR code of `url`, drawn first when the same code was not made before. */
export function qrCodeFile(url: string): Promise<string> {
  const file = join(CACHE_DIR, `${createHash("sha256").update(QR_VERSION).update(url).digest("hex").slice(0, 24)}.svg`);
  if (!existsSync(file)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(file, qrSvg(url));
  }
  return Promise.resolve(file);
}
