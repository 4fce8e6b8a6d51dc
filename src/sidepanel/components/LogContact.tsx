import { usePanel } from '../panel';
import { localInputValue } from './datetime';
import { useSaver } from './use-saver';
import { AddCallbackButton, OweCallbackButton } from './Callbacks';
import type { ClientRecord } from '../../model/records';

/** Start a contact for the client on screen: the full form, or the common case in one click. */
export function LogContactButtons({ client }: { client: ClientRecord }) {
  const { contacts, drafts, clock, host } = usePanel();
  const t = host.t;
  const save = useSaver();

  const start = () =>
    (drafts.contact.value = {
      client: { id: client.id, name: client.name },
      channel: 'call',
      direction: 'outbound',
      outcome: 'reached',
      when: localInputValue(clock.now.peek(), host.timeZone),
      note: '',
      tags: [],
    });

  const quickCall = () =>
    void save(
      () => contacts.log(client.id, { at: clock.now.peek(), channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] }),
      { done: t('contactSaved', client.name), undo: (saved) => contacts.remove(saved.id) },
    );

  return (
    <section class="actions" aria-label={t('actionsTitle')}>
      <button type="button" data-testid="log-contact" onClick={start} disabled={drafts.contact.value !== null}>
        {t('logContact')}
      </button>
      <button type="button" class="secondary" data-testid="quick-call" onClick={quickCall}>
        {t('quickCall')}
      </button>
      <OweCallbackButton client={client} />
      <AddCallbackButton client={client} />
    </section>
  );
}
