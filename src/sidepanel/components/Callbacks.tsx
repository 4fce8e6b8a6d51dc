import { usePanel } from '../panel';
import { localInputValue } from './datetime';
import { calendarDateOf } from '../../domain/time/dates';
import { useSaver } from './use-saver';
import { saveErrorText } from './save-error';
import { loadActions } from '../models/load-actions';
import type { Panel } from '../panel';
import type { CallbackRecord, ClientRecord } from '../../model/records';

/** When a returned call is due: the promptness target, counted in the user's business hours (their arithmetic loads with the writes). */
async function promptDue(panel: Panel): Promise<number> {
  const { settings, clock } = panel;
  const { addBusinessHours } = await loadActions();
  return addBusinessHours(clock.now.peek(), settings.settings.value.promptnessHours, settings.settings.value.schedule);
}


/**
 * What is owed now, on the first screen: callbacks overdue or due today, each with Done. Later
 * ones wait in the callbacks section.
 */
export function OwedNow({ client }: { client: ClientRecord }) {
  const panel = usePanel();
  const { callbacks, host } = panel;
  const owed = callbacks.open.value.filter((callback) => owedNow(panel, callback));
  if (owed.length === 0) return null;
  return (
    <section class="callbacks owed" aria-labelledby="owed-title">
      <h3 id="owed-title">{host.t('owedNow')}</h3>
      <ul>
        {owed.map((callback) => (
          <CallbackItem key={callback.id} callback={callback} client={client} />
        ))}
      </ul>
    </section>
  );
}

/** Overdue, or due before today ends. */
export function owedNow(panel: Panel, callback: CallbackRecord): boolean {
  const { callbacks, clock, host } = panel;
  return callbacks.isLate(callback) || calendarDateOf(callback.dueAt, host.timeZone) <= calendarDateOf(clock.now.value, host.timeZone);
}

export function CallbackItem({ callback, client }: { callback: CallbackRecord; client: ClientRecord }) {
  const { callbacks, contacts, clock, host, formats } = usePanel();
  const t = host.t;
  const save = useSaver();
  const late = callbacks.isLate(callback);

  /** Returning the call is a contact: log it, and let one Undo take both back. */
  const complete = () =>
    void save(
      async () => {
        await callbacks.complete(callback.id, callback.rev);
        try {
          return await contacts.log(callback.clientId, {
            at: clock.now.peek(),
            channel: 'call',
            direction: 'outbound',
            outcome: 'reached',
            note: callback.reason,
            tags: ['callback'],
          });
        } catch (error) {
          // Two stores, two transactions: open the callback again so that nothing is half done.
          await callbacks.reopen(callback.id);
          throw error;
        }
      },
      {
        done: t('callbackCompleted', client.name),
        undo: async (contact) => {
          await contacts.remove(contact.id);
          await callbacks.reopen(callback.id);
        },
      },
    );

  return (
    <li data-testid="callback" data-overdue={String(late)} class={late ? 'late' : ''}>
      <div>
        <strong>{late ? t('callbackOverdue') : t('callbackDue', formats.dateTime(callback.dueAt))}</strong>
        {late && <span class="late-when"> · {formats.dateTime(callback.dueAt)}</span>}
        {callback.reason && <div>{callback.reason}</div>}
      </div>
      <button type="button" data-testid="callback-done" onClick={complete}>
        {t('callbackDone')}
      </button>
    </li>
  );
}

/** "The client called, I owe a call back": one click, due by the promptness target. */
export function OweCallbackButton({ client }: { client: ClientRecord }) {
  const panel = usePanel();
  const { callbacks, host } = panel;
  const save = useSaver();
  const owe = () => {
    void save(async () => callbacks.add(client.id, await promptDue(panel), host.t('returnTheirCall')), {
      done: (saved) => host.t('callbackOwed', [client.name, panel.formats.dateTime(saved.dueAt)]),
      undo: (saved) => callbacks.remove(saved.id),
    });
  };
  return (
    <button type="button" class="secondary" data-testid="owe-callback" onClick={owe}>
      {host.t('clientCalled')}
    </button>
  );
}

export function AddCallbackButton({ client }: { client: ClientRecord }) {
  const panel = usePanel();
  const { drafts, host, notices } = panel;
  const open = () =>
    promptDue(panel).then(
      (due) =>
        (drafts.callback.value = {
          client: { id: client.id, name: client.name },
          due: localInputValue(due, host.timeZone),
          reason: '',
          invalid: false,
        }),
      (error: unknown) => notices.show({ text: saveErrorText(host.t, error), tone: 'error' }),
    );
  return (
    <button type="button" class="secondary" data-testid="add-callback" disabled={drafts.callback.value !== null} onClick={() => void open()}>
      {host.t('addCallback')}
    </button>
  );
}
