/**
 * QR codes of a build, as cache files: one per URL and version of the code that draws it, drawn
 * once (in a build, in a worker thread: src/node/pipeline/beside-worker.ts).
 * Node only (build time).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { qrSvg } from "../../lib/gifts/qr.ts";
import { cacheFolder, type BuildPaths } from "../pipeline/build-paths.ts";
import { codeHash } from "../pipeline/code-hash.ts";

/** The cache file of the QR code of `url`, drawn first when the same code was not made before by the same code. */
export function qrCodeFile(url: string, paths: BuildPaths): Promise<string> {
  const dir = cacheFolder(paths, "qr");
  const key = createHash("sha256").update(codeHash(paths.root, "src/node/cards/qr-files.ts")).update(url);
  const file = join(dir, `${key.digest("hex").slice(0, 24)}.svg`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, qrSvg(url));
  }
  return Promise.resolve(file);
}
