import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RapportDb } from '../../store/db';
import { onChanged } from '../../store/changes';
import type { AuditRow } from '../../store/audit';
import { createAuditModel, type AuditModel } from './audit-model';
import type { Translate } from '../../ui/translate';
import { localTimeZone } from '../../ui/format';
import { STORE_LABEL_KEYS } from './store-labels';
import { STORE_NAMES, type StoreName } from '../../model/records';
import './audit.css';

function changeOf(row: AuditRow, t: Translate): string {
  if (row.deleted) return t('auditChangeDeleted');
  return row.rev <= 1 ? t('auditChangeCreated') : t('auditChangeChanged', String(row.rev));
}

function clientOf(row: AuditRow, names: ReadonlyMap<string, string>, t: Translate): string {
  if (row.clientId === undefined) return row.deleted ? t('auditClientNotKept') : '';
  return names.get(row.clientId) ?? t('auditClientDeleted');
}

interface Props {
  t: Translate;
  /** The page's own connection: client names need its vault when a passphrase is set. */
  db: RapportDb;
  browserTimeZone?: string;
}

/**
 * When each stored record was created and last changed, on this computer only. Reading every
 * record's meta takes a moment on a large database, so nothing is read until the user asks.
 */
export function AuditView({ t, db, browserTimeZone = localTimeZone() }: Props) {
  const [model, setModel] = useState<AuditModel | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => (model ? onChanged(() => model.markStale()) : undefined), [model]);

  async function show() {
    setFailed(false);
    try {
      const current = model ?? createAuditModel(db, browserTimeZone);
      setModel(current);
      await current.load();
    } catch (error) {
      console.warn('[rapport] audit', error);
      setFailed(true);
    }
  }

  const busy = model?.loading.value ?? false;
  return (
    <section aria-labelledby="audit-title" data-testid="audit-view" class="audit">
      <h2 id="audit-title">{t('auditTitle')}</h2>
      <p class="hint">{t('auditHint')}</p>
      <div class="audit-controls">
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to <body>. */}
        <button type="button" class={model ? 'secondary' : ''} data-testid="audit-load" aria-disabled={busy} onClick={() => busy || void show()}>
          {model ? t('auditRefresh') : t('auditShow')}
        </button>
      </div>
      <p role="status" data-testid="audit-status">
        {failed ? t('auditFailed') : busy ? t('auditLoading') : model?.stale.value ? t('auditStale') : ''}
      </p>
      {model && !busy && <AuditTable model={model} t={t} />}
    </section>
  );
}

function AuditTable({ model, t }: { model: AuditModel; t: Translate }) {
  const zone = model.timeZone.value;
  const format = useMemo(() => new Intl.DateTimeFormat(undefined, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' }), [zone]);
  const tableRef = useRef<HTMLTableElement>(null);
  const rows = model.rows.value;
  const names = model.names.value;
  const filter = model.filter.value;

  function showOlder() {
    model.showOlder();
    // The button goes away with the last page: keep the keyboard in the table, not on <body>.
    if (!model.next.value) tableRef.current?.focus();
  }

  const when = (epochMs: number) => <time dateTime={new Date(epochMs).toISOString()}>{format.format(epochMs)}</time>;
  return (
    <>
      <div class="audit-controls">
        <label>
          {t('auditFilterStore')}
          <select data-testid="audit-filter-store" value={filter.store} onChange={(event) => model.setFilter({ store: event.currentTarget.value as StoreName | '' })}>
            <option value="">{t('auditFilterAll')}</option>
            {STORE_NAMES.map((store) => (
              <option key={store} value={store}>
                {t(STORE_LABEL_KEYS[store])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('auditFilterClient')}
          <input
            type="search"
            data-testid="audit-filter-client"
            value={filter.clientText}
            onInput={(event) => model.setFilter({ clientText: event.currentTarget.value })}
          />
        </label>
      </div>
      <table ref={tableRef} tabIndex={-1} data-testid="audit-table">
        <caption>{t('auditCaption', zone)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('auditColChanged')}</th>
            <th scope="col">{t('auditColWhat')}</th>
            <th scope="col">{t('auditColClient')}</th>
            <th scope="col">{t('auditColChange')}</th>
            <th scope="col">{t('auditColCreated')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.store}:${row.id}`} data-testid="audit-row" data-store={row.store} data-id={row.id} data-deleted={String(row.deleted)}>
              <th scope="row">{when(row.updatedAt)}</th>
              <td>{t(STORE_LABEL_KEYS[row.store])}</td>
              <td data-testid="audit-client">{clientOf(row, names, t)}</td>
              <td data-testid="audit-change">{changeOf(row, t)}</td>
              <td>{when(row.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p data-testid="audit-none">{t('auditNone')}</p>}
      {model.next.value && (
        <button type="button" class="secondary" data-testid="audit-older" onClick={showOlder}>
          {t('auditShowOlder')}
        </button>
      )}
    </>
  );
}
