import { DISCHARGE_TEMPLATE_ID, RISK_NO_TEMPLATE_ID, RISK_YES_TEMPLATE_ID, type DischargeItem, type Owner } from '../../domain/checklists/checklist';
import {
  DISCHARGE_SECTIONS,
  DISCHARGE_TASKS,
  RISK_QUESTIONS,
  dischargeChecklist,
  lateItems,
  riskAnswer,
  type RiskAnswer,
} from '../../domain/checklists/discharge-checklist';
import { addDays, calendarDateOf, startOfLocalDay } from '../../domain/time/dates';
import { dischargeSectionKey, itemTextKey, itemWhyKey, sourceTitleKey } from '../../domain/text/message-keys';
import type { ClientRecord } from '../../model/records';
import { itemState, type ChecklistsModel } from '../models/checklists';
import { usePanel, type Panel } from '../panel';
import { ChecklistRow } from './ChecklistRow';
import { InfoButton } from './InfoButton';
import { TierAdvice } from './TierAdvice';
import { useSaver } from './use-saver';
import './checklists.css';

const OWNER_KEYS: Record<Owner, string> = {
  'care manager': 'ownerCareManager',
  'hospital team': 'ownerHospitalTeam',
  'client/caregiver': 'ownerClient',
  pharmacy: 'ownerPharmacy',
  'primary care': 'ownerPrimaryCare',
};
const ANSWER_KEYS: Record<RiskAnswer, string> = { yes: 'riskYes', no: 'riskNo', unknown: 'riskUnknown' };

// Without an admission date, ticks from the month before discharge are taken as this stay's.
const STAY_LOOKBACK_DAYS = 30;

/** When this stay began, as an instant: ticks and answers before it belong to an earlier stay. */
export function stayStart(panel: Panel): number {
  const state = panel.stay.state.value;
  const discharge = state?.actualDischarge ?? state?.expectedDischarge;
  const start = state?.admitDate ?? (discharge && addDays(discharge, -STAY_LOOKBACK_DAYS));
  return start ? startOfLocalDay(start, panel.host.timeZone) : 0;
}

function answerOf(checklists: ChecklistsModel, item: DischargeItem, since: number): RiskAnswer {
  return riskAnswer(checklists.ticksOf(RISK_YES_TEMPLATE_ID, item.id), checklists.ticksOf(RISK_NO_TEMPLATE_ID, item.id), since);
}

/** How many BOOST questions were answered "yes" this stay: the readmission risks found. */
export function riskCount(panel: Panel): number {
  const since = stayStart(panel);
  return RISK_QUESTIONS.filter((item) => answerOf(panel.checklists.get(), item, since) === 'yes').length;
}

/** Discharge items done this stay, of all planning items. */
export function dischargeProgress(panel: Panel): { done: number; total: number } {
  const since = stayStart(panel);
  const now = panel.clock.now.value;
  const done = DISCHARGE_TASKS.filter((item) => itemState(panel.checklists.get().ticksOf(DISCHARGE_TEMPLATE_ID, item.id), since, now).checked).length;
  return { done, total: DISCHARGE_TASKS.length };
}

/** Discharge anticipation (RED, IDEAL) and the BOOST 8Ps risk screen, for a client with a hospital stay. */
export function DischargeChecklist({ client }: { client: ClientRecord }) {
  const panel = usePanel();
  const { stay, clock, host, formats } = panel;
  const checklists = panel.checklists.get();
  const t = host.t;
  const state = stay.state.value;
  if (!stay.hasDates.value || !state) return null;
  const discharge = state.actualDischarge ?? state.expectedDischarge;
  const firstSeen = calendarDateOf(client.createdAt, host.timeZone);
  const items: (DischargeItem & { due?: string })[] = discharge ? dischargeChecklist(discharge, firstSeen) : [...DISCHARGE_TASKS];
  const since = stayStart(panel);
  const risks = riskCount(panel);
  const now = clock.now.value;
  const today = stay.today.value;
  const stateOf = (item: DischargeItem) => itemState(checklists.ticksOf(DISCHARGE_TEMPLATE_ID, item.id), since, now);
  const late = discharge ? lateItems(items as (DischargeItem & { due: string })[], (item) => stateOf(item).checked, today) : [];
  const lateIds = new Set(late.map((item) => item.id));

  return (
    <section class="checklist" data-testid="discharge-checklist" aria-label={t('dischargeChecklist')}>
      <h4>{t('dischargeChecklist')}</h4>
      <p class="stay-summary">
        {state.actualDischarge
          ? t('stayDischargedOn', formats.date(state.actualDischarge))
          : state.expectedDischarge
            ? t('stayExpectedOn', formats.date(state.expectedDischarge))
            : t('stayNoDischargeDate')}
      </p>
      {late.length > 0 && (
        <p class="late-summary" data-testid="discharge-late" data-count={late.length}>
          {panel.words.count('itemsLate', late.length, formats.date(late[0]!.due))}
        </p>
      )}
      {DISCHARGE_SECTIONS.filter((section) => section !== 'boost-8p').map((section) => {
        const sectionItems = items.filter((item) => item.section === section);
        const states = sectionItems.map(stateOf);
        return (
          <details class="checklist-group" key={section} data-section={section}>
            <summary>
              <span class="group-title">{t(dischargeSectionKey(section))}</span>
              <span class="progress">
                {t('checklistProgress', [String(states.filter((s) => s.checked).length), String(sectionItems.length)])}
              </span>
            </summary>
            <ul>
              {sectionItems.map((item, index) => {
                const isLate = lateIds.has(item.id);
                return (
                  <ChecklistRow key={item.id} client={client} templateId={DISCHARGE_TEMPLATE_ID} item={item} state={states[index]!}>
                    <p class={`owner-due${isLate ? ' overdue' : ''}`}>
                      {t('itemOwner', t(OWNER_KEYS[item.owner]))}
                      {item.due !== undefined && !states[index]!.checked && (
                        <>
                          {' · '}
                          {isLate ? <strong>{t('itemLateSince', '')}<time dateTime={item.due}>{formats.date(item.due)}</time></strong> : <>{t('itemDueOn', '')}<time dateTime={item.due}>{formats.date(item.due)}</time></>}
                        </>
                      )}
                    </p>
                  </ChecklistRow>
                );
              })}
            </ul>
          </details>
        );
      })}
      {!discharge && <p class="hint">{t('dueDatesFollowDischarge')}</p>}
      <RiskScreen client={client} since={since} risks={risks} />
      <TierAdvice client={client} since={since} risks={risks} />
    </section>
  );
}

/** BOOST 8Ps: questions answered yes / no / unknown; each "yes" is a readmission risk. */
function RiskScreen({ client, since, risks }: { client: ClientRecord; since: number; risks: number }) {
  const panel = usePanel();
  const { host } = panel;
  const checklists = panel.checklists.get();
  const t = host.t;
  const save = useSaver();
  const answer = (item: DischargeItem, value: RiskAnswer, current: RiskAnswer) => {
    if (value === current) return;
    const text = t(itemTextKey(item.id));
    const ref = (templateId: string) => ({ clientId: client.id, templateId, itemId: item.id });
    void save(
      async () => {
        // A new answer takes this stay's earlier one back first, so the latest answer never depends on two
        // ticks' times; "unknown" only takes it back.
        if (current !== 'unknown') await checklists.untick(ref(current === 'yes' ? RISK_YES_TEMPLATE_ID : RISK_NO_TEMPLATE_ID));
        if (value !== 'unknown') await checklists.tick(ref(value === 'yes' ? RISK_YES_TEMPLATE_ID : RISK_NO_TEMPLATE_ID));
      },
      { done: t('riskAnswered', [text, t(ANSWER_KEYS[value]), client.name]) },
    );
  };
  return (
    <details class="checklist-group risk-screen" data-section="boost-8p" data-testid="risk-screen" data-risks={risks}>
      <summary>
        <span class="group-title">{t(dischargeSectionKey('boost-8p'))}</span>
        <span class="progress">{panel.words.count('riskCount', risks)}</span>
      </summary>
      <ul>
        {RISK_QUESTIONS.map((item) => {
          const current = answerOf(checklists, item, since);
          const name = `risk-${item.id}`;
          return (
            <li key={item.id} class="risk-question" data-testid="risk-question" data-item-id={item.id} data-answer={current}>
              <fieldset>
                <legend>
                  {t(itemTextKey(item.id))}
                  <InfoButton id={`${name}-why`} label={t('whyAndSource')}>
                    {t('whySource', [t(itemWhyKey(item.id)), t(sourceTitleKey(item.sourceId))])}
                  </InfoButton>
                </legend>
                {(['yes', 'no', 'unknown'] as const).map((value) => (
                  <label key={value} class="inline">
                    <input type="radio" name={name} value={value} checked={current === value} onChange={() => answer(item, value, current)} />
                    {t(ANSWER_KEYS[value])}
                  </label>
                ))}
              </fieldset>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
