import demoApp from '../content/adapters/demo-app.ts?script&iife';
import demoClassic from '../content/adapters/demo-classic.ts?script&iife';

/** The demo EHR's adapters: only the demo build carries them (vite.config.ts swaps this module out). */
export const DEMO_ADAPTER_FILES: Readonly<Record<string, string>> = {
  'demo-app': demoApp,
  'demo-classic': demoClassic,
};
