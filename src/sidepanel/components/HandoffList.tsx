import { useEffect, useMemo, useRef } from 'preact/hooks';
import { calendarDateOf } from '../../domain/time/dates';
import type { HandoffNote } from '../../model/team';
import { usePanel, type Panel } from '../panel';
import { createHandoffsModel, handoffClientIn, type HandedOver, type HandoffsModel } from '../models/handoffs';

/** Made when the caseload view opens and dropped when it closes, like the team model beside it. */
export function useHandoffs(panel: Pick<Panel, 'host' | 'db'>): HandoffsModel {
  const { host, db } = panel;
  const model = useMemo(() => {
    const ask = host.team;
    return createHandoffsModel(ask && (() => ask({ type: 'team/handoffs' })), handoffClientIn(db));
  }, [host, db]);
  useEffect(() => {
    void model.refresh();
    return model.dispose;
  }, [model]);
  return model;
}

/** "From Ann Ames · Dec 4 to Dec 11, 2026": who handed over, and for which days. */
export function handoffByline(note: HandoffNote, panel: Pick<Panel, 'host' | 'formats'>): string {
  const { host, formats } = panel;
  const t = host.t;
  const day = (ms: number) => formats.date(calendarDateOf(ms, host.timeZone));
  const from = t('handoffFrom', note.fromDisplay ?? t('handoffColleague'));
  if (note.start === undefined || note.end === undefined) return from;
  return `${from} · ${t('handoffPeriod', [day(note.start), day(note.end)])}`;
}

/** The client as this device holds them, else as the colleague's device named them; a note without a name says so. */
export const clientNameOf = (item: HandedOver, t: Panel['host']['t']) => item.client?.name ?? item.note.clientName ?? t('handoffClientNotHere');

/**
 * "Handed over to you": the clients colleagues asked the user to cover, each opening its handoff
 * summary. Nothing at all while there is none (sync off, locked, nothing handed over).
 */
export function HandoffList({ model }: { model: HandoffsModel }) {
  const panel = usePanel();
  const t = panel.host.t;
  const list = model.list.value;
  const failed = model.error.value;
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const closed = model.closedId.peek();
    if (!closed) return;
    listRef.current?.querySelector<HTMLElement>(`[data-server-id="${CSS.escape(closed)}"] [data-testid="handoff-open"]`)?.focus();
  }, [model]);
  if (failed) {
    return (
      <p class="error" role="alert" data-testid="handoffs-failed">
        {t('handoffsFailed', failed)}
      </p>
    );
  }
  if (!list || list.length === 0) return null;
  return (
    <section class="caseload-section handoffs" data-testid="handoffs" aria-labelledby="handoffs-title">
      <h3 id="handoffs-title">
        {t('handoffsTitle')} <span class="count">({list.length})</span>
      </h3>
      <ul ref={listRef}>
        {list.map((item) => {
          const name = clientNameOf(item, t);
          return (
            <li key={item.note.serverId} data-testid="handoff-row" data-server-id={item.note.serverId} data-client-id={item.note.clientId ?? ''}>
              <div class="who">
                <strong>{name}</strong>
                <span class="hint">{handoffByline(item.note, panel)}</span>
              </div>
              <div class="row-actions">
                <button type="button" class="secondary" data-testid="handoff-open" aria-label={t('handoffReadFor', name)} onClick={() => model.read(item.note.serverId)}>
                  {t('handoffRead')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
