import { useState } from 'preact/hooks';
import { usePanel } from '../panel';
import { Deferred } from './Deferred';
import type { ClientRecord } from '../../model/records';

/** Adding a client by hand is a click away and rare: the form's code loads with that click. */
const loadAddClientForm = () => import('./AddClientForm').then((module) => module.AddClientForm);

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
      {adding && <Deferred load={loadAddClientForm} props={{ onDone: () => setAdding(false), onAdded: choose }} />}
    </section>
  );
}
