import { useState } from 'preact/hooks';
import { sourceTitleKey, wordsOf } from '../../domain/text/message-keys';
import type { Suggestion } from '../../domain/suggestions/types';
import type { SnoozeLength } from '../models/suggestions';
import { usePanel } from '../panel';
import { useSaver } from './use-saver';
import type { ClientRecord } from '../../model/records';
import './suggestions.css';

const DISMISS_REASONS = {
  'not-relevant': 'dismissReasonNotRelevant',
  'done-elsewhere': 'dismissReasonDoneElsewhere',
  'client-declined': 'dismissReasonClientDeclined',
  other: 'dismissReasonOther',
} as const;
type DismissReason = keyof typeof DISMISS_REASONS;

/** Small acts that build trust, each with why and where the idea comes from. */
export function Suggestions({ client }: { client: ClientRecord }) {
  const { suggestions, host } = usePanel();
  const list = suggestions.list.value;
  if (list.length === 0) return null;
  return (
    <section class="suggestions" aria-labelledby="suggestions-title">
      <h3 id="suggestions-title">{host.t('suggestionsTitle')}</h3>
      <ul>
        {list.map((suggestion) => (
          <SuggestionItem key={`${suggestion.ruleId}:${suggestion.key}`} suggestion={suggestion} client={client} />
        ))}
      </ul>
    </section>
  );
}

type Open = 'none' | 'snooze' | 'dismiss';

function SuggestionItem({ suggestion, client }: { suggestion: Suggestion; client: ClientRecord }) {
  const { suggestions, contacts, host } = usePanel();
  const t = host.t;
  const save = useSaver();
  const [open, setOpen] = useState<Open>('none');
  const titleId = `suggestion-${suggestion.ruleId}-title`;
  const title = wordsOf(suggestion.title, t);

  const done = () =>
    void save(() => suggestions.done(client, suggestion, title), {
      done: t('suggestionDone', [title, client.name]),
      undo: async ({ contact, disposition }) => {
        await contacts.remove(contact.id);
        await suggestions.undo(disposition);
      },
    });

  const snooze = (length: SnoozeLength) =>
    void save(() => suggestions.snooze(client, suggestion, length), {
      done: t(length === 'tomorrow' ? 'suggestionSnoozedTomorrow' : 'suggestionSnoozedDays', [title, client.name]),
      undo: (disposition) => suggestions.undo(disposition),
    });

  const dismiss = (reason: string) =>
    void save(() => suggestions.dismiss(client, suggestion, reason), {
      done: t('suggestionDismissed', [title, client.name]),
      undo: (disposition) => suggestions.undo(disposition),
    });

  return (
    <li class="suggestion card" data-testid="suggestion" data-rule={suggestion.ruleId} aria-labelledby={titleId}>
      <strong id={titleId}>{title}</strong>
      <p>{wordsOf(suggestion.reason, t)}</p>
      <p class="hint source">{t('suggestionSource', t(sourceTitleKey(suggestion.sourceId)))}</p>
      <div class="buttons">
        {suggestion.action === 'open-discharge-checklist' && <OpenDischargeChecklist />}
        <button type="button" data-testid="suggestion-done" onClick={done}>
          {t('suggestionDoneButton')}
        </button>
        <button
          type="button"
          class="secondary"
          data-testid="suggestion-snooze"
          aria-expanded={open === 'snooze'}
          onClick={() => setOpen(open === 'snooze' ? 'none' : 'snooze')}
        >
          {t('suggestionSnooze')}
        </button>
        <button
          type="button"
          class="secondary"
          data-testid="suggestion-dismiss"
          aria-expanded={open === 'dismiss'}
          onClick={() => setOpen(open === 'dismiss' ? 'none' : 'dismiss')}
        >
          {t('suggestionDismiss')}
        </button>
      </div>
      {open === 'snooze' && (
        <div class="buttons" role="group" aria-label={t('suggestionSnooze')}>
          <button type="button" class="secondary" data-testid="suggestion-snooze-tomorrow" onClick={() => snooze('tomorrow')}>
            {t('snoozeTomorrow')}
          </button>
          <button type="button" class="secondary" data-testid="suggestion-snooze-3d" onClick={() => snooze('three-days')}>
            {t('snoozeThreeDays')}
          </button>
        </div>
      )}
      {open === 'dismiss' && <DismissForm onDismiss={dismiss} onCancel={() => setOpen('none')} />}
    </li>
  );
}

function DismissForm({ onDismiss, onCancel }: { onDismiss: (reason: string) => void; onCancel: () => void }) {
  const { host } = usePanel();
  const t = host.t;
  const [reason, setReason] = useState<DismissReason>('not-relevant');
  const [note, setNote] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    const detail = note.trim();
    onDismiss(detail ? `${reason}: ${detail}` : reason);
  };
  return (
    <form class="dismiss" onSubmit={submit}>
      <label>
        {t('dismissReason')}
        <select data-testid="suggestion-dismiss-reason" value={reason} onChange={(event) => setReason(event.currentTarget.value as DismissReason)}>
          {(Object.keys(DISMISS_REASONS) as DismissReason[]).map((key) => (
            <option key={key} value={key}>
              {t(DISMISS_REASONS[key])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dismissNote')}
        <input type="text" data-testid="suggestion-dismiss-note" value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      </label>
      <div class="buttons">
        <button type="submit" data-testid="suggestion-dismiss-confirm">
          {t('suggestionDismissConfirm')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/** The checklist belongs to another section of the panel, which may not be on screen (or built) yet. */
function OpenDischargeChecklist() {
  const { notices, host } = usePanel();
  const open = () => {
    const section = document.querySelector<HTMLElement>('[data-testid="discharge-checklist"]');
    if (!section) {
      notices.show({ text: host.t('dischargeChecklistMissing'), tone: 'info' });
      return;
    }
    if (section instanceof HTMLDetailsElement) section.open = true;
    // A section is not focusable by default; -1 lets focus land there without adding a tab stop.
    if (!section.hasAttribute('tabindex')) section.tabIndex = -1;
    section.scrollIntoView({ block: 'start' });
    section.focus();
  };
  return (
    <button type="button" data-testid="suggestion-open" onClick={open}>
      {host.t('openDischargeChecklist')}
    </button>
  );
}
