/**
 * The code that makes a file the build keeps between builds (an Open Graph card, a QR code, a
 * page's search words), as a hash: the module's source, the source of every project module it
 * imports (relative imports, followed), and package-lock.json for the packages. It is part of
 * each such file's cache key, so changing the code that makes them makes them again, with no
 * version number to remember to bump. (Pages need none: Astro hashes their code itself.)
 * Node only (build time).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Relative specifiers of static and dynamic imports and re-exports ("./woff.ts", "../lib/values/xml.ts"). */
const RELATIVE_IMPORT = /(?:\bfrom\s+|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g;

/** The folder holding package-lock.json above `file`: the project's root. */
function projectRoot(file: string): string {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package-lock.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package-lock.json above ${file}`);
  }
}

const hashes = new Map<string, string>();

/** The hash of the code a module runs: pass `import.meta.url`. Computed once per module and process. */
export function codeHash(moduleUrl: string): string {
  const entry = fileURLToPath(moduleUrl);
  const known = hashes.get(entry);
  if (known) return known;
  const root = projectRoot(entry);
  const hash = createHash("sha256");
  const seen = new Set<string>();
  const visit = (file: string) => {
    // A specifier in a comment may name no file; nothing can import it either.
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    // Paths from the project's root, so every checkout of the same code has the same hash.
    hash.update(`${relative(root, file)}\n${text}\n`);
    for (const [, spec] of text.matchAll(RELATIVE_IMPORT)) visit(resolve(dirname(file), spec!));
  };
  visit(entry);
  hash.update(readFileSync(join(root, "package-lock.json")));
  const result = hash.digest("hex").slice(0, 16);
  hashes.set(entry, result);
  return result;
}

/**
 * Writes a cache file under a temporary name and renames it: a build stopped halfway, or another
 * build writing the same file, never leaves a half-written file that a later build would trust.
 */
export function keepFile(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}
