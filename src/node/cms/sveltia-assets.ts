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

/** An installed package's folder in the project at `root` (npm installs flat). */
function packageDir(root: string, name: string): string {
  const dir = join(root, "node_modules", name);
  if (!existsSync(join(dir, "package.json"))) throw new Error(`${name} is not installed: run npm ci`);
  return dir;
}

function rawBundle(root: string): string {
  return readFileSync(join(packageDir(root, "@sveltia/cms"), "dist/sveltia-cms.js"), "utf8");
}

/** The fonts the bundle of the project at `root` asks for. */
export function sveltiaFonts(root: string, bundle = rawBundle(root)): SveltiaFont[] {
  const fonts = new Map<string, SveltiaFont>();
  for (const [url, family, variable, file] of bundle.matchAll(CDN_FONT)) {
    const pkg = `${variable ? "@fontsource-variable" : "@fontsource"}/${family}`;
    const name = `${family}-${file}`;
    fonts.set(url, { url, file: name, path: join(packageDir(root, pkg), "files", name) });
  }
  return [...fonts.values()];
}

/** The CMS bundle with every CDN font URL replaced by ./fonts/<file>, relative to /admin/. */
export function sveltiaBundle(root: string): string {
  let bundle = rawBundle(root);
  for (const font of sveltiaFonts(root, bundle)) bundle = bundle.replaceAll(font.url, `./fonts/${font.file}`);
  return bundle;
}
