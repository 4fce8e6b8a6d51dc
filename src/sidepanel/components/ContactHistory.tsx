import { useState } from 'preact/hooks';
import { isSuccessful } from '../../domain/contacts/contacts';
import { usePanel } from '../panel';
import { CHANNELS, OUTCOMES } from '../../ui/contact-labels';

const SHOWN_AT_FIRST = 5;

/** The contact log, newest first: what was tried, what worked, and what was said. */
export function ContactHistory() {
  const { contacts, host, formats } = usePanel();
  const t = host.t;
  const [all, setAll] = useState(false);
  const newestFirst = [...contacts.contacts.value].reverse();
  if (newestFirst.length === 0) return null;
  const shown = all ? newestFirst : newestFirst.slice(0, SHOWN_AT_FIRST);
  return (
    <section class="history" aria-labelledby="history-title">
      <ol data-testid="contact-history">
        {shown.map((contact) => (
          <li key={contact.id} class={isSuccessful(contact) ? 'reached' : 'attempt'}>
            <span class="when">{formats.dateTime(contact.at)}</span>{' '}
            <span>
              {t(CHANNELS[contact.channel])} · {t(OUTCOMES[contact.outcome])}
            </span>
            {contact.tags.length > 0 && <span class="tags"> · {contact.tags.map((tag) => `#${tag}`).join(' ')}</span>}
            {contact.note && <div class="note">{contact.note}</div>}
          </li>
        ))}
      </ol>
      {newestFirst.length > SHOWN_AT_FIRST && (
        <button type="button" class="link" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t('showFewer') : t('showAll', String(newestFirst.length))}
        </button>
      )}
    </section>
  );
}
