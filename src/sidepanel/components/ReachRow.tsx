import { useState } from 'preact/hooks';
import type { ClientRecord } from '../../model/records';
import { bestTimePhrase } from '../../domain/contacts/preferences';
import { usePanel } from '../panel';
import { CHANNELS } from '../../ui/contact-labels';

/**
 * How to reach the client, on the first screen: the number (copied in one click), the channel and
 * hours they prefer, their language, and who else to call. `copyable: false` where the screen
 * holds one button only (a chart only seen); the number is still a tel: link and selectable.
 */
export function ReachRow({ client, copyable = true }: { client: ClientRecord; copyable?: boolean }) {
  const { host, words, client: clientModel, stay } = usePanel();
  const t = host.t;
  const prefs = client.preferences ?? {};
  const phrase = bestTimePhrase(prefs);
  const phone = client.phone ?? (clientModel.pageClient.value?.id === client.id ? clientModel.pageContext.value?.phone : undefined);
  const location = stay.state.value?.inpatient ? client.location : undefined;
  const ways = [
    prefs.preferredChannel && <span key="channel">{t('reachPrefers', t(CHANNELS[prefs.preferredChannel]))}</span>,
    phrase && (
      <span key="time" data-testid="client-best-time">
        {words.say(phrase)}
      </span>
    ),
    prefs.language && <span key="language">{t('reachLanguage', prefs.language)}</span>,
  ].filter(Boolean);
  const caregiver = prefs.caregiver;
  return (
    <section class="reach" aria-label={t('reachTitle')} data-testid="reach">
      <p class="reach-phone">
        {phone ? (
          <>
            <a href={`tel:${phone.replace(/[^\d+]/g, '')}`} data-testid="client-phone">
              {phone}
            </a>
            {copyable && <CopyButton text={phone} label={t('copyPhone')} />}
          </>
        ) : (
          <span class="hint">{t('reachNoPhone')}</span>
        )}
        {location && <span class="hint"> · {location}</span>}
      </p>
      {ways.length > 0 && (
        <p class="reach-ways">{ways}</p>
      )}
      {caregiver && (
        <p class="reach-caregiver" data-testid="client-caregiver">
          <span class="label">{t('caregiver')}: </span>
          {[caregiver.name, caregiver.relation].filter(Boolean).join(', ')}
          {caregiver.phone && (
            <>
              {' · '}
              <a href={`tel:${caregiver.phone.replace(/[^\d+]/g, '')}`}>{caregiver.phone}</a>
            </>
          )}
        </p>
      )}
    </section>
  );
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const { host } = usePanel();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <button type="button" class="link copy" data-testid="copy-phone" onClick={() => void copy()}>
      {copied ? host.t('copied') : label}
    </button>
  );
}
