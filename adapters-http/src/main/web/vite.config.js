import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Two pages: the app (index.html, served at /) and the API explorer (docs.html, served at /docs). Maven runs
 * `npm run build -- --outDir <adapters-http resources>`, so everything ships inside the jar; nothing is fetched
 * from a CDN at run time. Hashed file names let the server cache /assets/* forever.
 */
export default defineConfig({
  base: "/",
  resolve: {
    alias: {
      // the TipProxy ARC-56 app spec: the tip group is built from its "tip" method
      "@tipproxy-spec": here("../../../../contracts/tip_proxy/TipProxy.arc56.json"),
    },
  },
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0, // no data: URLs for assets: every file is served from /assets with its own type
    modulePreload: { polyfill: false }, // every browser the app supports has modulepreload
    chunkSizeWarningLimit: 2000, // the API explorer's Swagger UI bundle is big, and loaded on /docs only
    rollupOptions: {
      input: { app: here("index.html"), docs: here("docs.html") },
    },
  },
});
