/**
 * A hash of the code that makes a cached file, so a cache entry is reused only while that code is
 * unchanged: the source of a module and of every module it imports by path, transitively, and the
 * installed version of every package they import. A changed renderer thus invalidates its files
 * by itself; nothing is bumped by hand.
 * Node only (build time).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** Specifiers of `import … from "x"`, `export … from "x"`, `import "x"`, `import("x")` and `require.resolve("x")`. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire(?:\.resolve)?\(\s*)["']([^"']+)["']/g;

/** The package a bare specifier names: "sharp", "@fontsource/be-vietnam-pro" (sub-paths dropped). */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

function packageVersion(root: string, name: string): string {
  const file = join(root, "node_modules", name, "package.json");
  if (!existsSync(file)) return "not installed";
  return (JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version ?? "";
}

const known = new Map<string, string>();

/** The hash of the code of `entry` (a path relative to `root`, e.g. "src/node/cards/og-card.ts"). */
export function codeHash(root: string, entry: string): string {
  const cacheKey = `${root}\0${entry}`;
  const cached = known.get(cacheKey);
  if (cached) return cached;
  const hash = createHash("sha256");
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    // A path that is no module (a specifier quoted in a comment) counts as its name alone.
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    hash.update(`${relative(root, file)}\0${source}\0`);
    for (const [, specifier] of source.matchAll(IMPORT)) {
      if (specifier!.startsWith("node:")) continue;
      if (specifier!.startsWith(".")) visit(resolve(dirname(file), specifier!));
      else if (specifier!.startsWith("@/")) visit(join(root, "src", specifier!.slice(2)));
      else packages.add(packageOf(specifier!));
    }
  };
  visit(join(root, entry));
  for (const name of [...packages].sort()) hash.update(`${name}@${packageVersion(root, name)}\0`);
  const digest = hash.digest("base64url").slice(0, 16);
  known.set(cacheKey, digest);
  return digest;
}
