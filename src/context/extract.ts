import type { ClientContext, ExtractOptions } from './types';
import { Budget, defaultClock, VisibilityChecker } from './dom';
import { localToday } from './parse/dates';
import { adapterFor } from './adapters/index';
import { runAdapter, runProfile } from './adapters/run';
import { extractGeneric } from './generic/index';
import { toContext, type ReadEnv } from './reading';

export type { ClientContext, ExtractOptions } from './types';

export const DEFAULT_BUDGET_MS = 50;
/** Below this, a reading is a guess: the contract says return null rather than guess a patient. */
export const MIN_CONFIDENCE = 0.5;
const ADAPTER_CONFIDENCE = 0.95;
const PROFILE_CONFIDENCE = 0.9;

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/**
 * Reads the one client a page shows, or null (lists, login pages, anything unsure). Pure DOM and
 * safe on hostile pages: bounded time, capped text, and no exception ever escapes.
 * Order: the user's taught profile for this origin, then a matching site adapter, then the generic reader.
 */
export function extractClientContext(doc: Document, url: string, options: ExtractOptions = {}): ClientContext | null {
  try {
    const clock = options.clock ?? defaultClock();
    const budgetMs = typeof options.budgetMs === 'number' && options.budgetMs >= 0 ? options.budgetMs : DEFAULT_BUDGET_MS;
    const budget = new Budget(clock, budgetMs);
    const vis = new VisibilityChecker(doc);
    const today = localToday();
    const profile = options.profile && sameOrigin(options.profile.origin, url) ? options.profile : undefined;
    // What the user taught about this site's dates outranks what an adapter assumes.
    const dateOrder = options.dateOrder ?? profile?.dateOrder;

    if (profile) {
      const env: ReadEnv = { budget, vis, today, dateOrder };
      const reading = runProfile(profile, doc, env);
      if (reading) {
        const result = toContext(reading, 'profile', PROFILE_CONFIDENCE - (reading.ambiguousDates ? 0.1 : 0));
        budget.check();
        return result;
      }
    }

    const adapter = adapterFor(doc, url, options.adapters);
    if (adapter) {
      const env: ReadEnv = { budget, vis, today, dateOrder: dateOrder ?? adapter.dateOrder };
      const outcome = runAdapter(adapter, doc, env);
      if (outcome.kind === 'no-client') return null;
      if (outcome.kind === 'reading') {
        const result = toContext(outcome.reading, adapter.id, ADAPTER_CONFIDENCE - (outcome.reading.ambiguousDates ? 0.1 : 0));
        budget.check();
        return result;
      }
      // The adapter's markers are there but its fields are not (a product update?): try the generic reader.
    }

    const env: ReadEnv = { budget, vis, today, dateOrder };
    const generic = extractGeneric(doc, env);
    if (!generic || generic.confidence < MIN_CONFIDENCE) return null;
    const result = toContext(generic.reading, 'generic', generic.confidence);
    budget.check();
    return result;
  } catch {
    // Budget exceeded, a hostile DOM throwing from a getter, anything: no reading is better than a wrong one.
    return null;
  }
}
