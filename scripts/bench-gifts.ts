/**
 * Figures for the gift features, printed, not asserted: the gift list script's size
 * (budget 5 KB gzip), Open Graph card render time (uncached), and the size of the new pages.
 * Run after a build: `npm run build && npm run bench:gifts`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { renderOgCard } from "../src/node/cards/og-card.ts";
import { illustrationSvg } from "../src/node/cards/illustrations.ts";

const DIST = join(import.meta.dirname, "..", "dist");
if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/ is missing: run `npm run build` first");
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const scripts = readdirSync(join(DIST, "_astro")).filter((f) => f.startsWith("GiftScript") && f.endsWith(".js"));
for (const f of scripts) {
  const code = readFileSync(join(DIST, "_astro", f));
  console.log(`gift list script ${f}: ${kb(code.length)} raw, ${kb(gzipSync(code, { level: 9 }).length)} gzip (budget 5 KB)`);
}

for (const page of [
  "danh-sach-qua",
  "qua-mang-ve-may-bay",
  "guong-dien-hinh",
  "the-gian-hang",
  "ban-in-dia-phuong",
  "san-pham",
]) {
  const dir = join(DIST, page);
  if (!existsSync(dir)) continue;
  const file = existsSync(join(dir, "index.html"))
    ? join(dir, "index.html")
    : join(dir, readdirSync(dir).find((d) => statSync(join(dir, d)).isDirectory()) ?? "", "index.html");
  const html = readFileSync(file);
  console.log(`page ${file.slice(DIST.length + 1)}: ${kb(html.length)} raw, ${kb(gzipSync(html).length)} gzip`);
}

const sizes = (dir: string): number[] =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((f) =>
        statSync(join(dir, f)).isDirectory() ? sizes(join(dir, f)) : [statSync(join(dir, f)).size],
      )
    : [];
for (const [name, dir] of [
  ["QR codes", "qr"],
  ["OG cards", "og"],
] as const) {
  const s = sizes(join(DIST, dir));
  if (s.length > 0) console.log(`${name}: ${s.length} files, ${kb(s.reduce((a, b) => a + b, 0) / s.length)} on average`);
}

const art = illustrationSvg("toi");
const card = (i: number) => ({
  title: `Tỏi Lý Sơn đợt ${i}`,
  otherName: `Lý Sơn garlic batch ${i}`,
  kicker: "Sản phẩm · Products",
  subtitle: "Công ty TNHH Thương mại và Dịch vụ Phú Sinh · Đặc khu Lý Sơn",
  stars: 5,
  artSvg: art,
  siteName: "OCOP Quảng Ngãi",
});
await renderOgCard(card(0)); // fonts load once
const n = 8;
const start = performance.now();
for (let i = 1; i <= n; i++) await renderOgCard(card(i));
console.log(`OG card render (uncached): ${Math.round((performance.now() - start) / n)} ms per card over ${n} cards`);
