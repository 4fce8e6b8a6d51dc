import { readdirSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { shortenPropertyNames } from './scripts/content-names.mjs';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };

/**
 * Three targets from one manifest (DESIGN.md "Build"): `chrome` and `firefox` are the store builds;
 * `chrome-demo` is the Chrome build plus the demo origins as static content-script matches.
 * `chrome-e2e-grant` is a test build only: the store build already holding one granted site, since
 * no automated test can answer the permission prompt. `chrome-leak-probe` is a test build only: the
 * store build whose panel makes one planted request (`__LEAK_PROBE__`) that its CSP lets through
 * (`leakProbeCsp`), to show the e2e network guard catches it; `__LEAK_PROBE__` is false in every
 * other build, so the planted code is not in them. `chrome-e2e-sync` is a test build only: the store
 * build already holding the loopback origin and `identity` (the e2e FHIR harness runs on 127.0.0.1),
 * with team sync allowed to use loopback http (`__SYNC_LOOPBACK__`) and its CSP widened to match.
 */
export type Target = 'chrome' | 'firefox' | 'chrome-demo' | 'firefox-demo' | 'chrome-e2e-grant' | 'chrome-leak-probe' | 'chrome-e2e-sync';

export const DEMO_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];
export const CONTENT_SCRIPT = 'src/content/main.ts';
/** `chrome-leak-probe` only: a content script that makes a request when the page asks (network.e2e.ts). */
const CONTENT_LEAK_PROBE = 'tests/e2e/leak-probe/content-leak.ts';
/** A loopback name (Chromium resolves *.localhost to 127.0.0.1) that no build reads statically. */
export const E2E_GRANTED_ORIGIN = 'http://rapport-site.localhost/*';
const GECKO_ID = 'rapport@rapport.care';

type Manifest = typeof baseManifest & Record<string, unknown>;

/**
 * `chrome-leak-probe` only: the shipped CSP refuses the panel's planted image request before it
 * leaves, which would hide whether the network guard itself bites. The probe build lets images reach
 * loopback so the guard must catch the request; network.e2e.ts also checks the store build refuses it.
 */
function leakProbeCsp(shipped: string): string {
  const widened = shipped.replace("img-src 'self'", "img-src 'self' http://127.0.0.1:*");
  if (widened === shipped) throw new Error("leak-probe build: the shipped CSP has no img-src 'self' to widen");
  return widened;
}

/** `chrome-e2e-sync` only: the FHIR harness is plain http on loopback, which the shipped `https:` refuses. */
export const SYNC_LOOPBACK_ORIGIN = 'http://127.0.0.1/*';
function syncLoopbackCsp(shipped: string): string {
  const widened = shipped.replace('connect-src https:', 'connect-src https: http://127.0.0.1:* http://localhost:*');
  if (widened === shipped) throw new Error('e2e-sync build: the shipped CSP has no connect-src https: to widen');
  return widened;
}

function manifestFor(target: Target): ManifestV3Export {
  const manifest: Manifest = structuredClone(baseManifest);
  const demo = target.endsWith('-demo') || target === 'chrome-leak-probe';
  if (demo) {
    manifest.content_scripts = [
      { matches: DEMO_ORIGINS, js: [CONTENT_SCRIPT], all_frames: true, run_at: 'document_idle' },
    ];
    manifest.host_permissions = DEMO_ORIGINS;
  }
  if (target === 'chrome-e2e-grant') manifest.host_permissions = [E2E_GRANTED_ORIGIN];
  if (target === 'chrome-e2e-sync') {
    manifest.host_permissions = [SYNC_LOOPBACK_ORIGIN];
    manifest.permissions = [...baseManifest.permissions, 'identity'];
    manifest.content_security_policy = { extension_pages: syncLoopbackCsp(baseManifest.content_security_policy.extension_pages) };
  }
  if (target === 'chrome-leak-probe') {
    manifest.content_scripts = [
      { matches: DEMO_ORIGINS, js: [CONTENT_SCRIPT, CONTENT_LEAK_PROBE], all_frames: true, run_at: 'document_idle' },
    ];
    manifest.content_security_policy = { extension_pages: leakProbeCsp(baseManifest.content_security_policy.extension_pages) };
  }
  if (target.startsWith('firefox')) {
    manifest.background = { scripts: [baseManifest.background.service_worker], type: 'module' } as never;
    // Firefox has neither: its sidebar is declared apart, and its background page reads snapshots itself.
    manifest.permissions = baseManifest.permissions.filter((p) => p !== 'sidePanel' && p !== 'offscreen');
    manifest.browser_specific_settings = {
      gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    };
    delete (manifest as Record<string, unknown>).minimum_chrome_version;
  }
  return manifest as ManifestV3Export;
}

/** crxjs does not know `sidebar_action`: move the built side panel page there for Firefox. */
function firefoxSidebar(): Plugin {
  return {
    name: 'rapport:firefox-sidebar',
    enforce: 'post',
    renderCrxManifest(manifest: Record<string, any>) {
      const panel = manifest.side_panel?.default_path;
      delete manifest.side_panel;
      manifest.sidebar_action = {
        default_panel: panel,
        default_title: '__MSG_extName__',
        default_icon: manifest.action?.default_icon,
        open_at_install: false,
      };
      return manifest;
    },
  } as Plugin;
}

/**
 * crxjs exposes a dynamically imported content script to every web page as a web-accessible
 * resource. scripting.executeScript does not need that, and an exposed file lets any EHR page
 * detect Rapport: keep none.
 */
function noWebAccessibleResources(): Plugin {
  return {
    name: 'rapport:no-web-accessible-resources',
    enforce: 'post',
    renderCrxManifest(manifest: Record<string, unknown>) {
      delete manifest.web_accessible_resources;
      return manifest;
    },
  } as Plugin;
}

const CONTENT_FILE = /^src\/content\/(?:main|parts\/[\w-]+)\.js$/;

/**
 * The content scripts crxjs has built (each one minified file) with their own property names shortened,
 * one mapping for all (scripts/content-names.mjs): measured when frames still carried the reader, gzip -9,
 * reader part 23,841 -> 23,398 B, cued 3,971 -> 3,829 B, more 2,792 -> 2,636 B.
 */
function contentPropertyNames(): Plugin {
  return {
    name: 'rapport:content-property-names',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const scripts = Object.values(bundle).filter((file) => file.type === 'asset' && CONTENT_FILE.test(file.fileName) && typeof file.source === 'string') as { fileName: string; source: string }[];
      if (scripts.length === 0) return;
      const shortened = shortenPropertyNames(Object.fromEntries(scripts.map((file) => [file.fileName, file.source])));
      for (const file of scripts) file.source = shortened[file.fileName] as string;
    },
  } as Plugin;
}

/**
 * The demo EHR's adapters ship in the demo builds only: elsewhere the reading page's list of demo
 * adapters is swapped for an empty one, so they are never built.
 */
function demoAdapters(demo: boolean) {
  // Each part is injected on its own by scripting.executeScript: it must be self-contained.
  const scripts = readdirSync('src/content/parts')
    .filter((file) => file !== 'scope.ts')
    .map((file) => `src/content/parts/${file}`);
  return {
    define: { __DEMO_ADAPTERS__: JSON.stringify(demo) },
    alias: demo
      ? []
      : [
          // The page that reads snapshots (src/offscreen) names the adapters a frame may ask for.
          { find: /^\.\/demo-adapters$/, replacement: './no-demo-adapters' },
        ],
    scripts,
  };
}

/**
 * The small shared modules the side panel loads before its first paint (the model's plain names,
 * dates, contact and stay rules): one chunk, not eight, since gzip packs one file better than
 * many small ones (issue 11 "Weight", tests/bench/first-paint.mjs). Each group takes the modules
 * it names and what they import, so a group names only what the first screen reads: one that
 * named a write or a schema would bring it into the first paint.
 */
const PANEL_FIRST_PAINT_GROUP = {
  name: 'vocabulary',
  test: /src[\\/]model[\\/]plain\.ts$|src[\\/]messaging[\\/](senders|session-keys)\.ts$|src[\\/]domain[\\/](time[\\/]dates|contacts[\\/](contacts|preferences|callbacks)|discharge[\\/]stay)\.ts$/,
};

/** Preact, signals and the words: the panel and the options page both render with them. */
const UI_GROUP = {
  name: 'ui',
  test: /node_modules[\\/](preact|@preact[\\/]signals(-core)?)[\\/]|src[\\/]ui[\\/](format|translate|i18n)\.ts$|src[\\/]messaging[\\/]page-transport\.ts$/,
};

/** The panel's session and the models its first screen builds: one chunk (the others load on demand). */
const PANEL_MODELS_GROUP = {
  name: 'panel',
  test: /src[\\/]sidepanel[\\/](panel|models[\\/](binding|callbacks|caseload|client-collection|client|clock|contacts|drafts|lazy|lock|notices|pain-points|settings|shortcut-notices|stay|load-actions))\.ts$/,
};

/**
 * The record schemas and valibot: one chunk for the pages and the worker that check records. The
 * panel's first screen only reads its own database and loads them with its first write.
 */
const SCHEMA_GROUP = {
  name: 'schemas',
  test: /node_modules[\\/]valibot[\\/]|src[\\/]model[\\/](?!team\.|plain\.)/,
};

/**
 * The store's reads the first paint goes through (the database, its clients, their records and
 * the settings as saved): one chunk. The writes are left to the default chunking; the panel loads
 * them after its first paint (sidepanel/models/actions.ts).
 */
const STORE_GROUP = {
  name: 'store',
  test: /node_modules[\\/]idb[\\/]|src[\\/]store[\\/](db|changes|live|errors|client-reads|client-records|settings-read|vault[\\/]codec)\.ts$|src[\\/]platform[\\/](session-keyring|browser)\.ts$|src[\\/]domain[\\/](settings[\\/]defaults|time[\\/]holiday-calendar|text[\\/]message-keys|crypto[\\/]base64|contacts[\\/]cadence|identity[\\/]merges)\.ts$/,
};

export default defineConfig(({ mode }) => {
  const target = (mode === 'production' ? 'chrome' : mode) as Target;
  const browser = target.startsWith('firefox') ? 'firefox' : 'chrome';
  const demo = demoAdapters(target.endsWith('-demo') || target === 'chrome-leak-probe');
  return {
    resolve: { alias: demo.alias },
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(target),
        browser,
        contentScripts: {
          standaloneFiles: [CONTENT_SCRIPT, ...demo.scripts, ...(target === 'chrome-leak-probe' ? [CONTENT_LEAK_PROBE] : [])],
        },
      }),
      noWebAccessibleResources(),
      contentPropertyNames(),
      ...(browser === 'firefox' ? [firefoxSidebar()] : []),
    ],
    define: {
      __BROWSER__: JSON.stringify(browser),
      __PROBE__: JSON.stringify(target === 'firefox-demo'),
      __LEAK_PROBE__: JSON.stringify(target === 'chrome-leak-probe'),
      __SYNC_LOOPBACK__: JSON.stringify(target === 'chrome-e2e-sync'),
      ...demo.define,
    },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      modulePreload: {
        polyfill: false,
        // The HTML preloads the first paint's whole graph. A dynamic import fetches its own static
        // imports as it meets them (files in the extension's own package): listing them in every
        // chunk that imports on demand cost the first paint 1.3 KB. Its CSS is still listed, so
        // a section's styles come with it.
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css'))),
      },
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 200,
      // The offscreen document (Chrome) where snapshots are read (docs/reader-split.md): no manifest entry names it.
      rollupOptions: { ...(browser === 'chrome' ? { input: { offscreen: 'src/offscreen/index.html' } } : {}), output: { codeSplitting: { groups: [PANEL_FIRST_PAINT_GROUP, SCHEMA_GROUP, STORE_GROUP, UI_GROUP, PANEL_MODELS_GROUP] } } },
    },
  };
});
