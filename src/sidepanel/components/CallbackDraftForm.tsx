import type { CallbackDraft } from '../models/drafts';
import { usePanel } from '../panel';
import { DraftWarning } from './DraftWarning';
import { epochFromLocalInput } from './datetime';
import { useSaver } from './use-saver';
import { SubmitCancel } from './SubmitCancel';

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
    <form onSubmit={submit} aria-labelledby="add-callback-title">
      <h3 id="add-callback-title">{t('addCallbackFor', draft.client.name)}</h3>
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
      <SubmitCancel label={t('addCallbackSave')} testId="callback-save" onCancel={() => (drafts.callback.value = null)} />
    </form>
  );
}
