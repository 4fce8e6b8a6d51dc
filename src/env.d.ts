/** Set at build time by vite.config.ts. */
declare const __BROWSER__: 'chrome' | 'firefox';
/** True only in the Firefox test build: the reader tells the demo page the background answered. */
declare const __PROBE__: boolean;
/** True only in the `chrome-leak-probe` test build: the panel makes one request, which the e2e network guard must catch. */
declare const __LEAK_PROBE__: boolean;
/** True only in test builds: team sync may use http://127.0.0.1 / http://localhost (the e2e FHIR harness). */
declare const __SYNC_LOOPBACK__: boolean;
/** True in the demo build only: the bundled demo EHR's adapters (never in the store builds). */
declare const __DEMO_ADAPTERS__: boolean;
