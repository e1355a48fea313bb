import { defineConfig } from "astro/config";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import contentCheck from "./src/integrations/content-check.ts";

export default defineConfig({
  site: process.env.SITE_URL ?? "https://ocop-quangngai.example",
  base: process.env.BASE_PATH ?? "/",
  trailingSlash: "always",
  output: "static",
  integrations: [contentCheck(), sitemap()],
  vite: { plugins: [tailwindcss()] },
});
