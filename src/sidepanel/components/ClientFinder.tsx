import { useState } from 'preact/hooks';
import { usePanel } from '../panel';
import { useSaver } from './use-saver';
import type { ClientRecord } from '../../model/records';

/** Find any client Rapport knows, or add one by hand, and work on them without touching the page. */
export function ClientFinder() {
  const { client, host } = usePanel();
  const t = host.t;
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ClientRecord[] | null>(null);
  const [adding, setAdding] = useState(false);

  const search = async (event: Event) => {
    event.preventDefault();
    setResults(query.trim() ? await client.find(query.trim()) : null);
  };

  const choose = async (id: string) => {
    await client.select(id);
    setResults(null);
    setQuery('');
  };

  return (
    <section class="finder" aria-label={t('findClient')}>
      <form role="search" onSubmit={search} class="finder-form">
        <label class="visually-hidden" for="client-search">
          {t('findClient')}
        </label>
        <input
          id="client-search"
          type="search"
          data-testid="client-search"
          placeholder={t('findClientPlaceholder')}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        <button type="submit" class="secondary">
          {t('search')}
        </button>
        <button type="button" class="secondary" data-testid="add-client" onClick={() => setAdding(!adding)} aria-expanded={adding}>
          {t('addClient')}
        </button>
      </form>
      {results && (
        <ul class="finder-results" aria-live="polite">
          {results.length === 0 && <li class="hint">{t('noClientsFound')}</li>}
          {results.map((found) => (
            <li key={found.id}>
              <button type="button" class="link" data-testid="client-search-result" onClick={() => void choose(found.id)}>
                {found.name}
              </button>
              <span class="hint">
                {[found.dob, ...found.identities.map((identity) => identity.mrn)].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {adding && <AddClientForm onDone={() => setAdding(false)} onAdded={choose} />}
    </section>
  );
}

function AddClientForm({ onDone, onAdded }: { onDone: () => void; onAdded: (id: string) => Promise<void> }) {
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
      <div class="buttons">
        <button type="submit" data-testid="new-client-save">
          {t('addClientSave')}
        </button>
        <button type="button" class="secondary" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
