import type { SiteAdapter } from '../context/adapters/types';

/** What the store builds get instead of demo-adapters.ts: no demo adapters at all. */
export const DEMO_ADAPTERS: readonly SiteAdapter[] = [];
