/**
 * Debian's Chromium, as the browser tests and the benchmarks start it: headless, and with every
 * background connection off, since this network reaches nothing but package registries.
 */
export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? process.env["CHROME_PATH"] ?? "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];
