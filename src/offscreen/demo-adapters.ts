import type { SiteAdapter } from '../context/adapters/types';
import { demoClassic } from '../context/adapters/demo-classic';
import { demoApp } from '../context/adapters/demo-app';

/** The demo EHR's adapters: only the demo build carries them (vite.config.ts swaps this module out). */
export const DEMO_ADAPTERS: readonly SiteAdapter[] = [demoClassic, demoApp];
