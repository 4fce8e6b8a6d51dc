import { usePanel } from '../panel';

/** A panel form's closing row: its submit button, and Cancel beside it. */
export function SubmitCancel({ label, testId, onCancel }: { label: string; testId: string; onCancel: () => void }) {
  const { host } = usePanel();
  return (
    <div class="buttons">
      <button type="submit" data-testid={testId}>
        {label}
      </button>
      <button type="button" class="secondary" onClick={onCancel}>
        {host.t('cancel')}
      </button>
    </div>
  );
}
