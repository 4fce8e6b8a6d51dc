import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { calendarDateOf } from '../../domain/time/dates';
import type { Words } from '../../ui/translate';
import { usePanel } from '../panel';
import type { CaseloadClient, DischargeRow, OverdueRow, PastMaxRow, TcmRow } from '../../domain/caseload/caseload';
import type { Cadence } from '../../model/values';
import { OwnerLine, TeamContext, TeamSwitch, useTeamCaseload } from './CaseloadTeam';
import { SupervisorView } from './SupervisorView';
import { Deferred } from './Deferred';
import { HandoffList, useHandoffs } from './HandoffList';
import { HandoffSummary } from './HandoffSummary';
import './caseload.css';

/** Enough rows to act on at a glance; the rest one click away, so 5,000 clients never render at once. */
const FIRST_ROWS = 20;
/** The cover form and its date handling load only when there is a team to ask. */
const loadCoverForm = () => import('./CoverForm').then((module) => module.CoverForm);
const loadCoverList = () => import('./CoverList').then((module) => module.CoverList);
const MINUTE = 60_000;

export function CaseloadView() {
  const panel = usePanel();
  const { caseload, clock, host, formats, words } = panel;
  const t = host.t;
  const team = useTeamCaseload(host);
  const handoffs = useHandoffs(panel);
  const shown = <R extends { client: CaseloadClient }>(rows: R[] | null) => rows && rows.filter((row) => team.shows(row.client.id));
  const { size } = caseload.sections.value;
  const [overdue, tcm, discharges, pastMax] = [shown(caseload.sections.value.overdue), shown(caseload.sections.value.tcm), shown(caseload.sections.value.discharges), shown(caseload.sections.value.pastMax)];
  const byManager = team.scope.value === 'managers' ? team.team.value?.byManager : undefined;
  const now = clock.now.value;
  const today = calendarDateOf(now, host.timeZone);
  const loaded = !caseload.loading.value && pastMax !== null;
  const reading = handoffs.open.value;
  if (reading) return <HandoffSummary item={reading} onBack={handoffs.back} />;
  return (
    <TeamContext.Provider value={team}>
    <section class="caseload" data-testid="caseload" data-loaded={String(loaded)} aria-busy={!loaded} aria-labelledby="caseload-title">
      <h2 id="caseload-title">{t('caseloadTitle')}</h2>
      <p class="hint" data-testid="caseload-size" data-count={size ?? ''}>
        {size === null ? '\u00a0' : words.count('caseloadSize', size)}
      </p>
      <TeamSwitch model={team} t={t} />
      <HandoffList model={handoffs} />
      {team.team.value && <Deferred load={loadCoverList} props={{ covers: team.team.value.covers ?? [], refresh: team.refresh }} />}
      {team.team.value && <Deferred load={loadCoverForm} props={{ team: team.team.value, onCovered: team.refresh }} />}
      {caseload.error.value && (
        <p class="error" role="alert">
          {t('caseloadFailed', caseload.error.value)}
        </p>
      )}
      {byManager ? (
        <SupervisorView groups={byManager} t={t} late={(dueAt) => lateness(dueAt, now, words)} pastMax={(row) => pastMaxText({ daysSince: row.daysSince, cadence: { maxDays: row.maxDays } }, words)} />
      ) : (
      <>
      <Section id="overdue" testId="caseload-overdue" title={t('caseloadOverdue')} rows={overdue} empty={t('caseloadOverdueNone')}>
        {(row: OverdueRow) => <Row client={row.client} detail={lateness(row.dueAt, now, words)} note={row.reason} />}
      </Section>
      <Section id="tcm" testId="caseload-tcm" title={t('caseloadTcm')} rows={tcm} empty={t('caseloadTcmNone')}>
        {(row: TcmRow) => (
          <Row client={row.client} detail={t(row.due === today ? 'caseloadTcmDueToday' : 'caseloadTcmDueTomorrow', formats.date(row.dischargeDate))} />
        )}
      </Section>
      <Section id="discharges" testId="caseload-discharges" title={t('caseloadDischarges')} rows={discharges} empty={t('caseloadDischargesNone')}>
        {(row: DischargeRow) => <Row client={row.client} detail={dischargeText(row, words, formats.date)} />}
      </Section>
      <Section id="past-max" testId="caseload-past-max" title={t('caseloadPastMax')} rows={pastMax} empty={t('caseloadPastMaxNone')}>
        {(row: PastMaxRow) => (
          <Row
            client={row.client}
            detail={pastMaxText(row, words)}
          />
        )}
      </Section>
      </>
      )}
    </section>
    </TeamContext.Provider>
  );
}

/** Every count picks its words by Intl.PluralRules ("1 day late", "2 days late"; other languages have more forms). */
export function lateness(dueAt: number, now: number, words: Words): string {
  const minutes = Math.max(0, Math.floor((now - dueAt) / MINUTE));
  if (minutes < 60) return words.count('lateMinutes', minutes);
  if (minutes < 24 * 60) return words.count('lateHours', Math.floor(minutes / 60));
  return words.count('lateDays', Math.floor(minutes / (24 * 60)));
}

export function dischargeText(row: Pick<DischargeRow, 'daysUntil' | 'dischargeDate'>, words: Words, date: (isoDate: string) => string): string {
  if (row.daysUntil === 0) return words.t('caseloadDischargeToday');
  if (row.daysUntil === 1) return words.t('caseloadDischargeTomorrow');
  return words.count('caseloadDischargeOn', row.daysUntil, date(row.dischargeDate));
}

export function pastMaxText(row: Pick<PastMaxRow, 'daysSince'> & { cadence: Pick<Cadence, 'maxDays'> }, words: Words): string {
  const maximum = words.count('dayCount', row.cadence.maxDays);
  return row.daysSince === undefined ? words.t('caseloadNeverReached', maximum) : words.count('caseloadLastReached', row.daysSince, maximum);
}

function Section<R extends { client: CaseloadClient }>(props: {
  id: string;
  testId: string;
  title: string;
  rows: R[] | null;
  empty: string;
  children: (row: R) => ComponentChildren;
}) {
  const { host } = usePanel();
  const [all, setAll] = useState(false);
  const { rows } = props;
  const titleId = `caseload-${props.id}-title`;
  const shown = rows === null ? [] : all ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <section class="caseload-section" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {props.title} <span class="count" data-testid={`${props.testId}-count`}>{rows === null ? host.t('caseloadCounting') : `(${rows.length})`}</span>
      </h3>
      {rows !== null && rows.length === 0 && <p class="hint">{props.empty}</p>}
      {rows !== null && rows.length > 0 && (
        <ul data-testid={props.testId}>
          {shown.map((row, index) => (
            <li key={`${row.client.id}:${index}`} data-testid="caseload-row" data-client-id={row.client.id}>
              {props.children(row)}
            </li>
          ))}
        </ul>
      )}
      {rows !== null && rows.length > shown.length && (
        <button type="button" class="link" onClick={() => setAll(true)}>
          {host.t('caseloadShowAll', String(rows.length))}
        </button>
      )}
    </section>
  );
}

function Row({ client, detail, note }: { client: CaseloadClient; detail: string; note?: string }) {
  const { caseload, client: clientModel, notices, host } = usePanel();
  const t = host.t;
  const { chartUrl } = client;
  const openChart = () =>
    chartUrl &&
    host.openChart(chartUrl).catch((failure: unknown) => notices.show({ text: t('openChartFailed', [client.name, String(failure)]), tone: 'error' }));
  const openInPanel = async () => {
    await clientModel.select(client.id);
    caseload.view.value = 'client';
  };
  return (
    <>
      <div class="who">
        <strong>{client.name}</strong>
        <OwnerLine clientId={client.id} t={t} />
        <span class="detail">{detail}</span>
        {note && <span class="hint">{note}</span>}
      </div>
      <div class="row-actions">
        {chartUrl ? (
          <button type="button" class="secondary" data-testid="caseload-open-chart" aria-label={t('openChartFor', client.name)} onClick={() => void openChart()}>
            {t('openChart')}
          </button>
        ) : (
          <span class="hint">{t('noChartSeen')}</span>
        )}
        <button type="button" class="secondary" data-testid="caseload-open-client" aria-label={t('openInPanelFor', client.name)} onClick={() => void openInPanel()}>
          {t('openInPanel')}
        </button>
      </div>
    </>
  );
}
