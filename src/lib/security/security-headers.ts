/**
 * The site's Content-Security-Policy, written once: BaseLayout puts it in a <meta> tag, the build
 * writes the header form into dist/_headers (host-headers.ts), and the nginx example in docs/deploy.md
 * carries it too (a test keeps it equal).
 *
 * Everything comes from the site itself. Astro's output has no inline <style>, no style=""
 * attribute and no inline script (JSON-LD data blocks are not executed), so neither scripts nor
 * styles need 'unsafe-inline'. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search
 * engine; it allows no JavaScript eval. worker-src lets the offline mode's service worker and
 * Pagefind's web worker run, both from the site itself.
 */
const directives: [string, string][] = [
  ["default-src", "'self'"],
  ["script-src", "'self' 'wasm-unsafe-eval'"],
  ["style-src", "'self'"],
  ["img-src", "'self'"],
  ["font-src", "'self'"],
  ["connect-src", "'self'"],
  ["manifest-src", "'self'"],
  ["worker-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["form-action", "'self'"],
];

/** For the <meta http-equiv> tag (browsers ignore frame-ancestors there). */
export const CSP_META = directives.map(([k, v]) => `${k} ${v}`).join("; ");

/** For a real Content-Security-Policy header: also forbids framing the site (clickjacking). */
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'none'`;

/** Every response header the examples in docs/deploy.md set, besides caching. */
export const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy": CSP_HEADER,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "X-Frame-Options": "DENY",
};
