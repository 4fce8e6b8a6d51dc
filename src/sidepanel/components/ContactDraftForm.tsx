import type { ContactDraft } from '../models/drafts';
import { usePanel } from '../panel';
import { epochFromLocalInput } from './datetime';
import { Choice } from './Choice';
import { DraftWarning } from './DraftWarning';
import { useSaver } from './use-saver';
import { TRUST_TAGS } from '../../domain/checklists/auto-ticks';
import { tagLabelKey } from '../../domain/text/message-keys';
import { CHANNELS, DIRECTIONS, OUTCOMES } from '../../ui/contact-labels';
import { SubmitCancel } from './SubmitCancel';

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
      <SubmitCancel label={t('logContactSave')} testId="log-contact-save" onCancel={() => (drafts.contact.value = null)} />
    </form>
  );
}
