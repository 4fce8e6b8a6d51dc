import { useState } from 'preact/hooks';
import { say } from './backup-model';
import { confirms, type DangerModel } from './danger-model';
import type { Translate } from '../../ui/translate';

/** Deleting is final: each action asks the user to type what it will destroy. */
export function DangerZone({ model, t }: { model: DangerModel; t: Translate }) {
  const status = model.status.value;
  return (
    <section aria-labelledby="danger-title" class="danger-zone" data-testid="danger-zone">
      <h2 id="danger-title">{t('dangerTitle')}</h2>
      <p role="status" data-testid="danger-status">
        {status ? say(t, status) : ''}
      </p>
      <DeleteClient model={model} t={t} />
      <EraseAll model={model} t={t} />
    </section>
  );
}

function DeleteClient({ model, t }: { model: DangerModel; t: Translate }) {
  const [typed, setTyped] = useState('');
  const chosen = model.chosen.value;
  return (
    <div>
      <h3>{t('deleteClientTitle')}</h3>
      <p class="hint">{t('deleteClientHint')}</p>
      <label>
        {t('deleteClientSearch')}
        <input type="search" data-testid="delete-client-search" onInput={(event) => void model.search(event.currentTarget.value)} />
      </label>
      <ul class="entries">
        {model.matches.value.map((client) => (
          <li key={client.id}>
            <button
              type="button"
              class="link"
              data-testid="delete-client-option"
              aria-pressed={chosen?.id === client.id}
              onClick={() => {
                setTyped('');
                model.choose(client);
              }}
            >
              {client.dob ? `${client.name} (${client.dob})` : client.name}
            </button>
          </li>
        ))}
      </ul>
      {chosen && (
        <div class="backup-row">
          <label>
            {t('deleteClientTypeName', chosen.name)}
            <input type="text" autocomplete="off" data-testid="delete-client-confirm-name" value={typed} onInput={(event) => setTyped(event.currentTarget.value)} />
          </label>
          <button type="button" class="danger" data-testid="delete-client" disabled={!confirms(typed, chosen.name)} onClick={() => void model.deleteChosen(typed)}>
            {t('deleteClientButton', chosen.name)}
          </button>
        </div>
      )}
    </div>
  );
}

function EraseAll({ model, t }: { model: DangerModel; t: Translate }) {
  const [typed, setTyped] = useState('');
  const word = t('eraseAllWord');
  return (
    <div>
      <h3>{t('eraseAllTitle')}</h3>
      <p class="hint">{t('eraseAllHint')}</p>
      <div class="backup-row">
        <label>
          {t('eraseAllType', word)}
          <input type="text" autocomplete="off" data-testid="erase-all-confirm" value={typed} onInput={(event) => setTyped(event.currentTarget.value)} />
        </label>
        <button
          type="button"
          class="danger"
          data-testid="erase-all"
          disabled={!confirms(typed, word)}
          onClick={() => {
            setTyped('');
            void model.eraseAll(typed, word);
          }}
        >
          {t('eraseAllButton')}
        </button>
      </div>
    </div>
  );
}
