import type { ContactDraft } from '../models/drafts';
import { usePanel } from '../panel';
import { epochFromLocalInput, localInputValue } from './datetime';
import { Choice } from './Choice';
import { DraftWarning } from './DraftWarning';
import { useSaver } from './use-saver';
import { AddCallbackButton, OweCallbackButton } from './Callbacks';
import { TRUST_TAGS } from '../../domain/checklists/auto-ticks';
import { tagLabelKey } from '../../domain/text/message-keys';
import type { ContactChannel, ContactDirection, ContactOutcome } from '../../model/values';
import type { ClientRecord } from '../../model/records';

export const CHANNELS: Record<ContactChannel, string> = {
  call: 'channelCall',
  text: 'channelText',
  email: 'channelEmail',
  visit: 'channelVisit',
  video: 'channelVideo',
  letter: 'channelLetter',
};
const DIRECTIONS: Record<ContactDirection, string> = { outbound: 'directionOutbound', inbound: 'directionInbound' };
export const OUTCOMES: Record<ContactOutcome, string> = {
  reached: 'outcomeReached',
  voicemail: 'outcomeVoicemail',
  'no-answer': 'outcomeNoAnswer',
  'message-sent': 'outcomeMessageSent',
};

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

export function ContactDraftForm({ draft }: { draft: ContactDraft }) {
  const { contacts, drafts, clock, host } = usePanel();
  const t = host.t;
  const save = useSaver();
  const update = (patch: Partial<ContactDraft>) => (drafts.contact.value = { ...draft, ...patch });

  const submit = (event: Event) => {
    event.preventDefault();
    const at = epochFromLocalInput(draft.when, host.timeZone) ?? clock.now.peek();
    const input = {
      at,
      channel: draft.channel,
      direction: draft.direction,
      outcome: draft.outcome,
      note: draft.note.trim() || undefined,
      tags: draft.tags,
    };
    void save(() => contacts.log(draft.client.id, input), {
      done: t('contactSaved', draft.client.name),
      onSaved: () => (drafts.contact.value = null),
      undo: (saved) => contacts.remove(saved.id),
    });
  };

  return (
    <form onSubmit={submit} aria-labelledby="log-contact-title" data-testid="log-contact-form">
      <h3 id="log-contact-title">{t('logContactTitle', draft.client.name)}</h3>
      <DraftWarning draftClient={draft.client} testId="draft-other-client" />
      <div class="grid">
        <Choice label={t('channel')} value={draft.channel} options={CHANNELS} onChange={(channel) => update({ channel })} />
        <Choice label={t('direction')} value={draft.direction} options={DIRECTIONS} onChange={(direction) => update({ direction })} />
        <Choice label={t('outcome')} value={draft.outcome} options={OUTCOMES} onChange={(outcome) => update({ outcome })} />
        <label>
          {t('when')}
          <input type="datetime-local" value={draft.when} onInput={(event) => update({ when: event.currentTarget.value })} />
        </label>
      </div>
      <label class="full">
        {t('note')}
        <textarea rows={3} data-testid="contact-note" value={draft.note} onInput={(event) => update({ note: event.currentTarget.value })} />
      </label>
      <fieldset class="tags">
        <legend>{t('contactTags')}</legend>
        {Object.values(TRUST_TAGS).map((tag) => (
          <label key={tag} class="inline">
            <input
              type="checkbox"
              data-testid={`contact-tag-${tag}`}
              checked={draft.tags.includes(tag)}
              onChange={(event) =>
                update({ tags: event.currentTarget.checked ? [...draft.tags, tag] : draft.tags.filter((other) => other !== tag) })
              }
            />
            {t(tagLabelKey(tag))}
          </label>
        ))}
      </fieldset>
      <div class="buttons">
        <button type="submit" data-testid="log-contact-save">
          {t('logContactSave')}
        </button>
        <button type="button" class="secondary" onClick={() => (drafts.contact.value = null)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
