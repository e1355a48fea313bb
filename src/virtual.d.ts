declare module "virtual:ocop/build-paths" {
  /** The project's root and Astro's cache folder (src/node/integrations/build-paths.ts). */
  const paths: import("./node/pipeline/build-paths.ts").BuildPaths;
  export default paths;
}
