import { computed } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { RapportDb } from '../store/db';
import type { PanelHost } from './host';
import { createBindingModel } from './models/binding';
import { createClock } from './models/clock';
import { createClientModel } from './models/client';
import { createContactsModel } from './models/contacts';
import { createCallbacksModel } from './models/callbacks';
import { createNotices } from './models/notices';
import { createDraftsModel } from './models/drafts';

/** All models of one open panel, wired together; components reach them through usePanel(). */
export function createPanel(host: PanelHost, db: RapportDb) {
  const clock = createClock(() => host.now());
  const binding = createBindingModel(host);
  const client = createClientModel(db, binding, clock);
  const clientId = computed(() => client.client.value?.id);
  const contacts = createContactsModel(db, clientId, clock, host.timeZone);
  const callbacks = createCallbacksModel(db, clientId, clock);
  const notices = createNotices();
  const drafts = createDraftsModel();

  /** Every write ends here: the badge is recounted at once, not at the next alarm. */
  const afterWrite = () => host.dataChanged().catch((error: unknown) => console.warn('[rapport] badge refresh', error));

  return {
    host,
    db,
    clock,
    binding,
    client,
    contacts,
    callbacks,
    notices,
    drafts,
    afterWrite,
    start: () => binding.start(),
    dispose: () => [clock, binding, client, contacts, callbacks].forEach((model) => model.dispose()),
  };
}

export type Panel = ReturnType<typeof createPanel>;

export const PanelContext = createContext<Panel | null>(null);

export function usePanel(): Panel {
  const panel = useContext(PanelContext);
  if (!panel) throw new Error('usePanel outside <PanelContext.Provider>');
  return panel;
}
