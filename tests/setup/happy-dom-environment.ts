import { fileURLToPath, pathToFileURL } from 'node:url';
import { populateGlobal, type Environment } from 'vitest/runtime';
import { happyDomBundlePath } from './happy-dom-bundle';

type HappyDom = typeof import('happy-dom');

/**
 * Vitest's own happy-dom environment (vitest/dist/chunks/index.*.js, `happy`), loading happy-dom
 * from its one-file bundle (happy-dom-bundle.ts). vitest.config.ts builds the bundle before any
 * worker starts and points tests' own `import 'happy-dom'` at the same file, so the window the
 * environment makes and the windows tests make share one set of classes, as before.
 */
export default {
  name: 'happy-dom',
  viteEnvironment: 'client',
  async setup(global, { happyDOM = {} }) {
    const { GlobalWindow } = (await import(/* @vite-ignore */ pathToFileURL(happyDomBundlePath(fileURLToPath(new URL('../..', import.meta.url)))).href)) as HappyDom;
    const win = new GlobalWindow({
      ...happyDOM,
      console: global.console,
      url: (happyDOM as { url?: string }).url || 'http://localhost:3000',
      settings: { ...(happyDOM as { settings?: object }).settings, disableErrorCapturing: true },
    });
    const { keys, originals } = populateGlobal(global, win, {
      bindFunctions: true,
      additionalKeys: ['Request', 'Response', 'MessagePort', 'fetch', 'Headers', 'AbortController', 'AbortSignal', 'URL', 'URLSearchParams', 'FormData'],
    });
    return {
      async teardown(global) {
        await win.happyDOM.abort();
        win.close();
        keys.forEach((key) => delete global[key]);
        originals.forEach((value, key) => (global[key] = value));
      },
    };
  },
} satisfies Environment;
