import { useState } from 'preact/hooks';
import type { ClientRecord, ContactChannel, ContactDirection, ContactOutcome } from '../../store/records';
import { usePanel } from '../panel';
import { epochFromLocalInput, localInputValue } from './datetime';
import { useSaver } from './use-saver';

const CHANNELS: Record<ContactChannel, string> = {
  call: 'channelCall',
  text: 'channelText',
  email: 'channelEmail',
  visit: 'channelVisit',
  video: 'channelVideo',
  letter: 'channelLetter',
};
const DIRECTIONS: Record<ContactDirection, string> = { outbound: 'directionOutbound', inbound: 'directionInbound' };
const OUTCOMES: Record<ContactOutcome, string> = {
  reached: 'outcomeReached',
  voicemail: 'outcomeVoicemail',
  'no-answer': 'outcomeNoAnswer',
  'message-sent': 'outcomeMessageSent',
};

interface Draft {
  client: ClientRecord;
  channel: ContactChannel;
  direction: ContactDirection;
  outcome: ContactOutcome;
  when: string;
  note: string;
}

export function LogContact({ client }: { client: ClientRecord }) {
  const { contacts, clock, host } = usePanel();
  const t = host.t;
  const [draft, setDraft] = useState<Draft | null>(null);
  const save = useSaver();

  const start = () =>
    setDraft({
      client,
      channel: 'call',
      direction: 'outbound',
      outcome: 'reached',
      when: localInputValue(clock.now.peek(), host.timeZone),
      note: '',
    });

  const submit = (event: Event) => {
    event.preventDefault();
    if (!draft) return;
    const at = epochFromLocalInput(draft.when, host.timeZone) ?? clock.now.peek();
    void save(
      () =>
        contacts.log(draft.client.id, {
          at,
          channel: draft.channel,
          direction: draft.direction,
          outcome: draft.outcome,
          note: draft.note.trim() || undefined,
          tags: [],
        }),
      {
        done: t('contactSaved', draft.client.name),
        onSaved: () => setDraft(null),
        undo: (saved) => contacts.remove(saved.id),
      },
    );
  };

  const quickCall = () =>
    void save(
      () =>
        contacts.log(client.id, {
          at: clock.now.peek(),
          channel: 'call',
          direction: 'outbound',
          outcome: 'reached',
          tags: [],
        }),
      { done: t('contactSaved', client.name), undo: (saved) => contacts.remove(saved.id) },
    );

  if (!draft) {
    return (
      <section class="actions" aria-label={t('logContact')}>
        <button type="button" data-testid="log-contact" onClick={start}>
          {t('logContact')}
        </button>
        <button type="button" class="secondary" data-testid="quick-call" onClick={quickCall}>
          {t('quickCall')}
        </button>
      </section>
    );
  }

  const update = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  return (
    <form class="card" onSubmit={submit} aria-labelledby="log-contact-title" data-testid="log-contact-form">
      <h3 id="log-contact-title">{t('logContactTitle', draft.client.name)}</h3>
      {draft.client.id !== client.id && (
        <p class="warning" role="alert" data-testid="draft-other-client">
          {t('draftForOtherClient', draft.client.name)}
        </p>
      )}
      <div class="grid">
        <Choice label={t('channel')} value={draft.channel} options={CHANNELS} onChange={(channel) => update({ channel })} />
        <Choice label={t('direction')} value={draft.direction} options={DIRECTIONS} onChange={(direction) => update({ direction })} />
        <Choice label={t('outcome')} value={draft.outcome} options={OUTCOMES} onChange={(outcome) => update({ outcome })} />
        <label>
          {t('when')}
          <input
            type="datetime-local"
            value={draft.when}
            onInput={(event) => update({ when: event.currentTarget.value })}
          />
        </label>
      </div>
      <label class="full">
        {t('note')}
        <textarea rows={3} value={draft.note} onInput={(event) => update({ note: event.currentTarget.value })} />
      </label>
      <div class="buttons">
        <button type="submit" data-testid="log-contact-save">
          {t('logContactSave')}
        </button>
        <button type="button" class="secondary" onClick={() => setDraft(null)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function Choice<K extends string>(props: {
  label: string;
  value: K;
  options: Record<K, string>;
  onChange: (value: K) => void;
}) {
  const { host } = usePanel();
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(event) => props.onChange(event.currentTarget.value as K)}>
        {(Object.keys(props.options) as K[]).map((key) => (
          <option key={key} value={key}>
            {host.t(props.options[key])}
          </option>
        ))}
      </select>
    </label>
  );
}
