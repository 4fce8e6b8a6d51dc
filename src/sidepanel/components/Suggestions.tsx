import { useState } from 'preact/hooks';
import { sourceTitleKey } from '../../domain/text/message-keys';
import { InfoButton } from './InfoButton';
import type { Suggestion } from '../../domain/suggestions/types';
import type { ClientRecord } from '../../model/records';
import type { SnoozeLength } from '../models/suggestions';
import { usePanel } from '../panel';
import { useSaver } from './use-saver';
import './suggestions.css';
import { SubmitCancel } from './SubmitCancel';

const DISMISS_REASONS = {
  'not-relevant': 'dismissReasonNotRelevant',
  'done-elsewhere': 'dismissReasonDoneElsewhere',
  'client-declined': 'dismissReasonClientDeclined',
  other: 'dismissReasonOther',
} as const;
type DismissReason = keyof typeof DISMISS_REASONS;

/**
 * The one next best action (the suggestion rules' first by priority) with the rest one click away.
 * The first `suggestion` in the panel is always the next best action.
 */
export function NextAction({ client }: { client: ClientRecord }) {
  const { suggestions: lazy, host, words } = usePanel();
  const suggestions = lazy.get();
  const t = host.t;
  const [more, setMore] = useState(false);
  const list = suggestions.list.value;
  const [first, ...rest] = list;
  return (
    <section class="suggestions next-action" aria-labelledby="next-action-title" data-testid="next-action">
      <h3 id="next-action-title">{t('nextAction')}</h3>
      {first ? (
        <ul>
          <SuggestionItem key={`${first.ruleId}:${first.key}`} suggestion={first} client={client} />
        </ul>
      ) : (
        <p class="hint" data-testid="next-action-none">
          {t('nextActionNone')}
        </p>
      )}
      {rest.length > 0 && (
        <button type="button" class="link" data-testid="more-suggestions" aria-expanded={more} onClick={() => setMore(!more)}>
          {more ? t('fewerSuggestions') : words.count('moreSuggestions', rest.length)}
        </button>
      )}
      {rest.length > 0 && (
        <ul aria-label={t('suggestionsTitle')} hidden={!more} data-testid="other-suggestions">
          {rest.map((suggestion) => (
            <SuggestionItem key={`${suggestion.ruleId}:${suggestion.key}`} suggestion={suggestion} client={client} />
          ))}
        </ul>
      )}
    </section>
  );
}

type Open = 'none' | 'snooze' | 'dismiss';

function SuggestionItem({ suggestion, client }: { suggestion: Suggestion; client: ClientRecord }) {
  const { suggestions: lazy, contacts, host, words } = usePanel();
  const suggestions = lazy.get();
  const t = host.t;
  const save = useSaver();
  const [open, setOpen] = useState<Open>('none');
  const titleId = `suggestion-${suggestion.ruleId}-title`;
  const title = words.say(suggestion.title);

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
      <div class="suggestion-head">
        <strong id={titleId}>{title}</strong>
        <InfoButton id={`${titleId}-why`} label={t('whyAndSource')}>
          {t('suggestionSource', t(sourceTitleKey(suggestion.sourceId)))}
        </InfoButton>
      </div>
      <p>{words.say(suggestion.reason)}</p>
      <div class="buttons">
        {suggestion.action === 'open-discharge-checklist' && <OpenDischargeChecklist />}
        <button type="button" data-testid="suggestion-done" onClick={done}>
          {t('suggestionDoneButton')}
        </button>
        <button
          type="button"
          class="link"
          data-testid="suggestion-snooze"
          aria-expanded={open === 'snooze'}
          onClick={() => setOpen(open === 'snooze' ? 'none' : 'snooze')}
        >
          {t('suggestionSnooze')}
        </button>
        <button
          type="button"
          class="link"
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
      <SubmitCancel label={t('suggestionDismissConfirm')} testId="suggestion-dismiss-confirm" onCancel={onCancel} />
    </form>
  );
}

/**
 * The checklist belongs to a collapsed section further down, which may not be built yet: open the
 * section and the first group with an item still to do, and move there.
 */
function OpenDischargeChecklist() {
  const { notices, host } = usePanel();
  const open = () => {
    const section = document.querySelector<HTMLElement>('[data-testid="discharge-checklist"]');
    if (!section) {
      notices.show({ text: host.t('dischargeChecklistMissing'), tone: 'info' });
      return;
    }
    for (let parent = section.parentElement; parent; parent = parent.parentElement) {
      if (parent instanceof HTMLDetailsElement) parent.open = true;
    }
    if (section instanceof HTMLDetailsElement) section.open = true;
    const groups = [...section.querySelectorAll<HTMLDetailsElement>('details.checklist-group')];
    const toDo = groups.find((group) => group.querySelector('[data-testid="checklist-item"][data-checked="false"]')) ?? groups[0];
    if (toDo) toDo.open = true;
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
