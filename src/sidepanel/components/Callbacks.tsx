import type { CallbackDraft } from '../models/drafts';
import { usePanel } from '../panel';
import { DraftWarning } from './DraftWarning';
import { epochFromLocalInput, formatDateTime, localInputValue } from './datetime';
import { useSaver } from './use-saver';
import { addBusinessHours } from '../../domain/time/business-time';
import { onTimeShare } from '../../domain/contacts/promises';
import type { Panel } from '../panel';
import type { CallbackRecord, ClientRecord } from '../../model/records';

const ON_TIME_WINDOW_DAYS = 30;

/** When a returned call is due: the promptness target, counted in the user's business hours. */
function promptDue(panel: Panel): number {
  const { settings, clock } = panel;
  return addBusinessHours(clock.now.peek(), settings.settings.value.promptnessHours, settings.settings.value.schedule);
}


export function Callbacks({ client }: { client: ClientRecord }) {
  const { callbacks, clock, host } = usePanel();
  const t = host.t;
  const open = callbacks.open.value;
  const share = onTimeShare(callbacks.all.value, clock.now.value, ON_TIME_WINDOW_DAYS);
  return (
    <section class="callbacks" aria-labelledby="callbacks-title">
      <h3 id="callbacks-title">{t('callbacks')}</h3>
      {share.share !== undefined && (
        <p class="hint" data-testid="callbacks-on-time" data-share={share.share.toFixed(2)}>
          {t('onTimeShare', [String(share.onTime), String(share.onTime + share.late + share.stillOpenOverdue), String(Math.round(share.share * 100)), String(ON_TIME_WINDOW_DAYS)])}
        </p>
      )}
      {open.length === 0 ? (
        <p class="hint">{t('callbacksNone')}</p>
      ) : (
        <ul>
          {open.map((callback) => (
            <CallbackItem key={callback.id} callback={callback} client={client} />
          ))}
        </ul>
      )}
      <div class="buttons">
        <OweCallbackButton client={client} />
        <AddCallbackButton client={client} />
      </div>
    </section>
  );
}

function CallbackItem({ callback, client }: { callback: CallbackRecord; client: ClientRecord }) {
  const { callbacks, contacts, clock, host } = usePanel();
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
        <strong>{late ? t('callbackOverdue') : t('callbackDue', formatDateTime(callback.dueAt, host.timeZone))}</strong>
        {late && <span class="hint"> · {formatDateTime(callback.dueAt, host.timeZone)}</span>}
        {callback.reason && <div>{callback.reason}</div>}
      </div>
      <button type="button" data-testid="callback-done" onClick={complete}>
        {t('callbackDone')}
      </button>
    </li>
  );
}

/** "The client called, I owe a call back": one click, due by the promptness target. */
function OweCallbackButton({ client }: { client: ClientRecord }) {
  const panel = usePanel();
  const { callbacks, host } = panel;
  const save = useSaver();
  const owe = () => {
    const dueAt = promptDue(panel);
    void save(() => callbacks.add(client.id, dueAt, host.t('returnTheirCall')), {
      done: host.t('callbackOwed', [client.name, formatDateTime(dueAt, host.timeZone)]),
      undo: (saved) => callbacks.remove(saved.id),
    });
  };
  return (
    <button type="button" data-testid="owe-callback" onClick={owe}>
      {host.t('clientCalled')}
    </button>
  );
}

function AddCallbackButton({ client }: { client: ClientRecord }) {
  const panel = usePanel();
  const { drafts, host } = panel;
  return (
    <button
      type="button"
      class="secondary"
      data-testid="add-callback"
      disabled={drafts.callback.value !== null}
      onClick={() =>
        (drafts.callback.value = {
          client: { id: client.id, name: client.name },
          due: localInputValue(promptDue(panel), host.timeZone),
          reason: '',
          invalid: false,
        })
      }
    >
      {host.t('addCallback')}
    </button>
  );
}

export function CallbackDraftForm({ draft }: { draft: CallbackDraft }) {
  const { callbacks, drafts, host } = usePanel();
  const t = host.t;
  const save = useSaver();
  const update = (patch: Partial<CallbackDraft>) => (drafts.callback.value = { ...draft, ...patch });

  const submit = (event: Event) => {
    event.preventDefault();
    const dueAt = epochFromLocalInput(draft.due, host.timeZone);
    if (dueAt === undefined) return update({ invalid: true });
    void save(() => callbacks.add(draft.client.id, dueAt, draft.reason.trim() || undefined), {
      done: t('callbackSaved', draft.client.name),
      onSaved: () => (drafts.callback.value = null),
      undo: (saved) => callbacks.remove(saved.id),
    });
  };

  return (
    <form class="card" onSubmit={submit} aria-labelledby="add-callback-title">
      <h4 id="add-callback-title">{t('addCallbackFor', draft.client.name)}</h4>
      <DraftWarning draftClient={draft.client} />
      <label>
        {t('callbackDueAt')}
        <input
          type="datetime-local"
          data-testid="callback-due"
          required
          aria-invalid={draft.invalid}
          aria-describedby={draft.invalid ? 'callback-due-error' : undefined}
          value={draft.due}
          onInput={(event) => update({ due: event.currentTarget.value, invalid: false })}
        />
      </label>
      {draft.invalid && (
        <p id="callback-due-error" class="error">
          {t('requiredDueTime')}
        </p>
      )}
      <label>
        {t('callbackReason')}
        <input
          type="text"
          data-testid="callback-reason"
          value={draft.reason}
          onInput={(event) => update({ reason: event.currentTarget.value })}
        />
      </label>
      <div class="buttons">
        <button type="submit" data-testid="callback-save">
          {t('addCallbackSave')}
        </button>
        <button type="button" class="secondary" onClick={() => (drafts.callback.value = null)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
