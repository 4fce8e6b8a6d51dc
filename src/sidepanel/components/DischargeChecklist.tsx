import { DISCHARGE_TEMPLATE_ID, type DischargeItem, type Owner } from '../../domain/checklists/checklist';
import { DISCHARGE_ITEMS, DISCHARGE_SECTIONS, dischargeChecklist } from '../../domain/checklists/discharge-checklist';
import { addDays, startOfLocalDay } from '../../domain/time/dates';
import { dischargeSectionKey } from '../../domain/text/message-keys';
import { itemState } from '../models/checklists';
import { usePanel } from '../panel';
import { CalendarDate } from './calendar-date';
import { ChecklistRow } from './ChecklistRow';
import type { ClientRecord } from '../../model/records';
import './checklists.css';

const OWNER_KEYS: Record<Owner, string> = {
  'care manager': 'ownerCareManager',
  'hospital team': 'ownerHospitalTeam',
  'client/caregiver': 'ownerClient',
  pharmacy: 'ownerPharmacy',
  'primary care': 'ownerPrimaryCare',
};

// Without an admission date, ticks from the month before discharge are taken as this stay's.
const STAY_LOOKBACK_DAYS = 30;

/** Discharge anticipation (RED, IDEAL, BOOST 8Ps), for a client with a hospital stay on record. */
export function DischargeChecklist({ client }: { client: ClientRecord }) {
  const { stay, checklists, clock, host } = usePanel();
  const t = host.t;
  const state = stay.state.value;
  if (!stay.hasDates.value || !state) return null;
  const discharge = state.actualDischarge ?? state.expectedDischarge;
  const items: (DischargeItem & { due?: string })[] = discharge ? dischargeChecklist(discharge) : [...DISCHARGE_ITEMS];
  const stayStart = state.admitDate ?? (discharge && addDays(discharge, -STAY_LOOKBACK_DAYS));
  const since = stayStart ? startOfLocalDay(stayStart, host.timeZone) : 0;
  const now = clock.now.value;
  const today = stay.today.value;

  return (
    <section class="checklist" data-testid="discharge-checklist" aria-labelledby="discharge-checklist-title">
      <h3 id="discharge-checklist-title">{t('dischargeChecklist')}</h3>
      <p class="stay-summary">
        {state.actualDischarge ? (
          <>
            {t('stayDischarged')} <CalendarDate date={state.actualDischarge} />
          </>
        ) : state.expectedDischarge ? (
          <>
            {t('stayExpectedDischarge')} <CalendarDate date={state.expectedDischarge} />
          </>
        ) : (
          t('stayNoDischargeDate')
        )}
        {state.admitDate && (
          <>
            {' · '}
            {t('stayAdmitted')} <CalendarDate date={state.admitDate} />
          </>
        )}
      </p>
      {DISCHARGE_SECTIONS.map((section) => {
        const sectionItems = items.filter((item) => item.section === section);
        const states = sectionItems.map((item) => itemState(checklists.ticksOf(DISCHARGE_TEMPLATE_ID, item.id), since, now));
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
                const itemStateNow = states[index]!;
                const overdue = item.due !== undefined && item.due < today && !itemStateNow.checked;
                return (
                  <ChecklistRow key={item.id} client={client} templateId={DISCHARGE_TEMPLATE_ID} item={item} state={itemStateNow}>
                    <p class={`owner-due${overdue ? ' overdue' : ''}`}>
                      {t('itemOwner', t(OWNER_KEYS[item.owner]))}
                      {item.due !== undefined && (
                        <>
                          {' · '}
                          {t('itemDue')} <CalendarDate date={item.due} />
                        </>
                      )}
                      {overdue && <strong> · {t('itemOverdue')}</strong>}
                    </p>
                  </ChecklistRow>
                );
              })}
            </ul>
          </details>
        );
      })}
      {!discharge && <p class="hint">{t('dueDatesFollowDischarge')}</p>}
    </section>
  );
}
