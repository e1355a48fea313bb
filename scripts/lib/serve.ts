/**
 * A static host for a built site on a free loopback port, like the hosts the site is deployed
 * to: /x/ → /x/index.html, /x → 301 to /x/, unknown paths → 404.html with status 404, and the
 * headers of the site's `_headers` file as Netlify and Cloudflare Pages send them (every matching
 * rule; values of a header set twice joined), so the browser tests see what those hosts serve. Used by the
 * browser tests and the benches; it starts in milliseconds and serves Pagefind's files with
 * their types, which is why it is kept beside Astro's own `preview()`.
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { createGzip } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium.ts";
import { DIST } from "./dist.ts";
import { headersFor } from "../../src/lib/security/host-headers.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".webmanifest": "application/manifest+json",
  ".pf_meta": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

export interface StaticServer {
  url: string;
  /**
   * Path and query of every request the server answered, in order: what crossed the network,
   * where the browser's own events also count a file read from its HTTP cache (a worker's fetch).
   */
  served: string[];
  close: () => Promise<void>;
}

/** Text types a static host compresses (Pagefind's own files are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

export interface ServeOptions {
  /** Compresses text files for clients that accept it, as hosts do (the slow-network bench). */
  gzip?: boolean;
  /**
   * Sends HTML pages `bytes` at a time with `pauseMs` between pieces, as a slow connection delivers
   * them, so the browser paints each part of a page before the rest has arrived.
   */
  trickle?: { bytes: number; pauseMs: number };
}

/** Writes `body` to `res` in pieces of `bytes`, `pauseMs` apart. */
async function trickle(res: ServerResponse, body: Buffer, { bytes, pauseMs }: { bytes: number; pauseMs: number }) {
  for (let at = 0; at < body.length && !res.destroyed; at += bytes) {
    if (at > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    res.write(body.subarray(at, at + bytes));
  }
  res.end();
}

/**
 * Serves `root` like a static host: /x/ → /x/index.html, unknown paths → 404.html with status 404.
 */
export async function startServer(root = DIST, options: ServeOptions = {}): Promise<StaticServer> {
  if (!existsSync(join(root, "index.html"))) throw new Error(`${root} has no index.html: run \`npm run build\` first`);
  const rules = existsSync(join(root, "_headers")) ? readFileSync(join(root, "_headers"), "utf8") : "";
  const served: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    served.push(url.pathname + url.search);
    for (const [name, values] of Object.entries(headersFor(rules, url.pathname))) res.setHeader(name, values.join(", "));
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
    if (path.endsWith("/")) path += "index.html";
    let file = join(root, path);
    let status = 200;
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      if (existsSync(join(file, "index.html"))) {
        res.writeHead(301, { Location: url.pathname + "/" });
        res.end();
        return;
      }
      file = join(root, "404.html");
      status = 404;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    if (options.trickle && type.startsWith("text/html")) {
      res.writeHead(status, { "Content-Type": type });
      void trickle(res, readFileSync(file), options.trickle);
      return;
    }
    if (options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      res.writeHead(status, { "Content-Type": type, "Content-Encoding": "gzip", Vary: "Accept-Encoding" });
      createReadStream(file)
        .pipe(createGzip({ level: 9 }))
        .pipe(res);
      return;
    }
    res.writeHead(status, { "Content-Type": type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}
