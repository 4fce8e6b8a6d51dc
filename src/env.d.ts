/** Set at build time by vite.config.ts. */
declare const __BROWSER__: 'chrome' | 'firefox';
/** True only in the Firefox test build: the reader tells the demo page the background answered. */
declare const __PROBE__: boolean;
