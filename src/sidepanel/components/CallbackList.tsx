import { usePanel } from '../panel';
import { CallbackItem, owedNow } from './Callbacks';
import { onTimeShare } from '../../domain/contacts/promises';
import type { Panel } from '../panel';
import type { ClientRecord } from '../../model/records';

const ON_TIME_WINDOW_DAYS = 30;

/** Callbacks due after today (the first screen has the rest), and the share returned on time. */
export function Callbacks({ client }: { client: ClientRecord }) {
  const panel = usePanel();
  const { callbacks, clock, host } = panel;
  const t = host.t;
  const open = callbacks.open.value.filter((callback) => !owedNow(panel, callback));
  const share = onTimeShare(callbacks.all.value, clock.now.value, ON_TIME_WINDOW_DAYS);
  return (
    <section class="callbacks" aria-label={t('callbacks')}>
      {share.share !== undefined && (
        <p class="hint" data-testid="callbacks-on-time" data-share={share.share.toFixed(2)}>
          {t('onTimeShare', [String(share.onTime), String(share.onTime + share.late + share.stillOpenOverdue), String(Math.round(share.share * 100)), String(ON_TIME_WINDOW_DAYS)])}
        </p>
      )}
      {open.length === 0 ? (
        <p class="hint">{t(callbacks.open.value.length === 0 ? 'callbacksNone' : 'callbacksNoneLater')}</p>
      ) : (
        <ul>
          {open.map((callback) => (
            <CallbackItem key={callback.id} callback={callback} client={client} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One line for the collapsed section: how many are owed, and the next one due. */
export function callbacksSummary(panel: Panel): string {
  const { callbacks, host, formats } = panel;
  const open = callbacks.open.value;
  if (open.length === 0) return host.t('callbacksNone');
  const next = Math.min(...open.map((callback) => callback.dueAt));
  return panel.words.count('callbacksSummary', open.length, formats.dateTime(next));
}
