import { useState } from 'preact/hooks';
import { usePanel } from '../panel';
import { useSaver } from './use-saver';
import { SubmitCancel } from './SubmitCancel';

/** A client the page does not show, added by hand from the finder. */
export function AddClientForm({ onDone, onAdded }: { onDone: () => void; onAdded: (id: string) => Promise<void> }) {
  const { client, clock, host } = usePanel();
  const t = host.t;
  const save = useSaver();
  const [fields, setFields] = useState({ name: '', dob: '', mrn: '', phone: '' });
  const set = (key: keyof typeof fields) => (event: { currentTarget: HTMLInputElement }) =>
    setFields({ ...fields, [key]: event.currentTarget.value });

  const submit = async (event: Event) => {
    event.preventDefault();
    const saved = await save(
      () =>
        client.add(
          {
            name: fields.name,
            dob: fields.dob || undefined,
            mrn: fields.mrn || undefined,
            phone: fields.phone || undefined,
          },
          clock.now.peek(),
        ),
      { done: t('clientAdded', fields.name.trim()) },
    );
    if (!saved) return;
    onDone();
    await onAdded(saved.id);
  };

  return (
    <form class="card" onSubmit={submit} aria-labelledby="add-client-title">
      <h3 id="add-client-title">{t('addClient')}</h3>
      <div class="grid">
        <label>
          {t('fieldName')}
          <input required data-testid="new-client-name" value={fields.name} onInput={set('name')} />
        </label>
        <label>
          {t('fieldDob')}
          <input type="date" value={fields.dob} onInput={set('dob')} />
        </label>
        <label>
          {t('fieldMrn')}
          <input value={fields.mrn} onInput={set('mrn')} />
        </label>
        <label>
          {t('fieldPhone')}
          <input type="tel" value={fields.phone} onInput={set('phone')} />
        </label>
      </div>
      <SubmitCancel label={t('addClientSave')} testId="new-client-save" onCancel={onDone} />
    </form>
  );
}
