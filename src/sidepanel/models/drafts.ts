import { signal } from '@preact/signals';
import type { ContactChannel, ContactDirection, ContactOutcome } from '../../model/values';

/** Who a draft is for: fixed when the draft starts, whatever the page shows later. */
export interface DraftClient {
  id: string;
  name: string;
}

export interface ContactDraft {
  client: DraftClient;
  channel: ContactChannel;
  direction: ContactDirection;
  outcome: ContactOutcome;
  when: string;
  note: string;
  tags: string[];
}

export interface CallbackDraft {
  client: DraftClient;
  due: string;
  reason: string;
  invalid: boolean;
}

/**
 * Half-written forms live here, not in components: when the page switches client the view
 * re-renders, but the draft stays bound to the client it was started for. `forms` holds the
 * unsaved input of forms that were unmounted (a lock, the caseload view, another client), by a
 * key naming the form and its client, until the form mounts again (use-kept-form.ts).
 */
export function createDraftsModel() {
  return {
    contact: signal<ContactDraft | null>(null),
    callback: signal<CallbackDraft | null>(null),
    forms: signal<ReadonlyMap<string, unknown>>(new Map()),
  };
}

export type DraftsModel = ReturnType<typeof createDraftsModel>;
