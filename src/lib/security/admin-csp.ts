/**
 * The Content-Security-Policy of /admin/ (Sveltia CMS) only: wider than the site's
 * (src/lib/security/security-headers.ts) because the CMS styles itself inline, talks to the GitHub API and
 * previews photos from blob: URLs. Still nothing is loaded from another origin except GitHub.
 * The admin page puts it in a <meta> tag; the build writes the header form for /admin/ into
 * dist/_headers (host-headers.ts), and the nginx example in docs/deploy.md carries it (tests keep them equal).
 */
const directives: [string, string][] = [
  ["default-src", "'self'"],
  ["script-src", "'self'"],
  ["style-src", "'self' 'unsafe-inline'"],
  ["img-src", "'self' blob: data: https://*.githubusercontent.com"],
  ["media-src", "'self' blob:"],
  ["frame-src", "'self' blob:"],
  ["worker-src", "'self' blob:"],
  ["font-src", "'self' data:"],
  ["connect-src", "'self' blob: data: https://api.github.com https://www.githubstatus.com"],
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["form-action", "'self'"],
];

export const ADMIN_CSP_META = directives.map(([k, v]) => `${k} ${v}`).join("; ");
export const ADMIN_CSP_HEADER = `${ADMIN_CSP_META}; frame-ancestors 'none'`;
