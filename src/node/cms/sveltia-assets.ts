/**
 * Sveltia CMS as /admin/ serves it: the bundle from the installed @sveltia/cms package, with the
 * fonts it would fetch from a CDN (jsDelivr's Fontsource mirror) pointed at copies served from
 * /admin/fonts/, taken from the matching @fontsource packages. Nothing is fetched from another
 * origin, so the CMS looks right on a closed network and under the admin page's CSP.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@[\d.]+\/([a-z0-9-]+\.woff2)/g;

/** A font the bundle asks for: its CDN URL, our file name and where the package keeps it. */
interface SveltiaFont {
  url: string;
  file: string;
  path: string;
}

/** An installed package's folder (the build runs from the project root; npm installs flat). */
function packageDir(name: string): string {
  const dir = join(process.cwd(), "node_modules", name);
  if (!existsSync(join(dir, "package.json"))) throw new Error(`${name} is not installed: run npm ci`);
  return dir;
}

function rawBundle(): string {
  return readFileSync(join(packageDir("@sveltia/cms"), "dist/sveltia-cms.js"), "utf8");
}

export function sveltiaFonts(bundle = rawBundle()): SveltiaFont[] {
  const fonts = new Map<string, SveltiaFont>();
  for (const [url, family, variable, file] of bundle.matchAll(CDN_FONT)) {
    const pkg = `${variable ? "@fontsource-variable" : "@fontsource"}/${family}`;
    const name = `${family}-${file}`;
    fonts.set(url, { url, file: name, path: join(packageDir(pkg), "files", name) });
  }
  return [...fonts.values()];
}

/** The CMS bundle with every CDN font URL replaced by ./fonts/<file>, relative to /admin/. */
export function sveltiaBundle(): string {
  let bundle = rawBundle();
  for (const font of sveltiaFonts(bundle)) bundle = bundle.replaceAll(font.url, `./fonts/${font.file}`);
  return bundle;
}
