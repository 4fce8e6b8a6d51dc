import type { ClientContext } from '../../context/types';
import { TRUST_STRATEGIES } from '../../domain/checklists/trust-checklist';
import { strategyShortKey } from '../../domain/text/message-keys';
import type { ClientRecord } from '../../model/records';
import { usePanel, type Panel } from '../panel';
import { Callbacks, callbacksSummary } from './CallbackList';
import { ClientDetails, detailsSummary } from './ClientDetails';
import { ContactHistory } from './ContactHistory';
import { DischargeChecklist, dischargeProgress, riskCount } from './DischargeChecklist';
import { LaceScore } from './LaceScore';
import { PainPoints } from './PainPoints';
import { ReadFromPageSection } from './ReadFromPage';
import { Section } from './Section';
import { TcmClock } from './TcmClock';
import { Timeline, useTimelineSummary } from './Timeline';
import { TrustChecklist } from './TrustChecklist';

interface Props {
  record: ClientRecord;
  context: ClientContext | null;
  frameUrl?: string;
}

/** Everything after the first screen, collapsed to one line each; a chunk of its own, loaded after the first paint. */
export function ClientSections({ record, context, frameUrl }: Props) {
  const panel = usePanel();
  const { host, stay, painPoints, contacts, formats } = panel;
  const t = host.t;
  const timeline = useTimelineSummary();
  const openPains = painPoints.painPoints.value.filter((point) => point.status === 'open').length;
  const history = contacts.contacts.value;
  return (
    <div class="sections">
      <Section id="callbacks" title={t('callbacks')} summary={callbacksSummary(panel)}>
        <Callbacks client={record} />
      </Section>
      {stay.hasDates.value && (
        <Section id="stay" title={t('staySection')} summary={staySummary(panel)}>
          <TcmClock client={record} />
          <DischargeChecklist client={record} />
          <LaceScore key={record.id} client={record} />
        </Section>
      )}
      <Section id="trust" title={t('trustChecklist')} summary={trustSummary(panel)}>
        <TrustChecklist client={record} />
      </Section>
      <Section id="timeline" title={t('timelineTitle', '90')} summary={timeline}>
        <Timeline />
      </Section>
      <Section
        id="history"
        title={t('contactHistory')}
        summary={history.length === 0 ? t('historyNone') : panel.words.count('historySummary', history.length, formats.dateTime(history.at(-1)!.at))}
      >
        <ContactHistory />
      </Section>
      <Section id="pain-points" title={t('painPoints')} summary={openPains === 0 ? t('painPointsNone') : panel.words.count('painPointsOpen', openPains)}>
        <PainPoints client={record} />
      </Section>
      <Section id="details" title={t('detailsAndPreferences')} summary={detailsSummary(panel, record)}>
        <ClientDetails client={record} />
      </Section>
      <ReadFromPageSection context={context} frameUrl={frameUrl} />
    </div>
  );
}

/** "Respect 2 of 4 · Communication 1 of 4 · …" this month: the acts done, strategy by strategy. */
function trustSummary(panel: Panel): string {
  const { host } = panel;
  const checklists = panel.checklists.get();
  return TRUST_STRATEGIES.map((strategy) => {
    const done = strategy.items.filter((item) => checklists.trustState(item.id).checked).length;
    return host.t('trustStrategyShort', [host.t(strategyShortKey(strategy.id)), String(done), String(strategy.items.length)]);
  }).join(' · ');
}

/** Where the stay is, how much of the discharge list is done, and the risks the screen found. */
function staySummary(panel: Panel): string {
  const { stay, host, formats, words } = panel;
  const state = stay.state.value;
  if (!state) return '';
  const when = state.actualDischarge
    ? host.t('stayDischargedOn', formats.date(state.actualDischarge))
    : state.expectedDischarge
      ? host.t('stayExpectedOn', formats.date(state.expectedDischarge))
      : host.t('stayNoDischargeDate');
  const { done, total } = dischargeProgress(panel);
  return [when, host.t('checklistProgress', [String(done), String(total)]), words.count('riskCount', riskCount(panel))].join(' · ');
}
