/** What the store builds get instead of demo-adapter-files.ts: no demo adapters at all. */
export const DEMO_ADAPTER_FILES: Readonly<Record<string, string>> = {};
