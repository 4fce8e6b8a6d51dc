import type { ClientContext } from '../../context/types';
import { usePanel } from '../panel';
import { ageOn, calendarDateOf, isValidCalendarDate } from '../../domain/dates';
import { ContactStatus } from './ContactStatus';
import { LogContactButtons } from './LogContact';
import { Callbacks } from './Callbacks';
import { ReadFromPage } from './ReadFromPage';
import { Drafts } from './Drafts';
import { ClientDetails } from './ClientDetails';
import { ContactHistory } from './ContactHistory';
import { PainPoints } from './PainPoints';
import { Timeline } from './Timeline';
import { Deferred } from './Deferred';
import { TcmClock } from './TcmClock';
import { DischargeChecklist } from './DischargeChecklist';
import { LaceScore } from './LaceScore';
import { TrustChecklist } from './TrustChecklist';
import { Suggestions } from './Suggestions';

/**
 * One client: the page's (with what was read from it) or one the user chose. The header shows the
 * record once resolved, so a correction the user made wins over what the page printed.
 */
export function ClientView({ context, frameUrl }: { context: ClientContext | null; frameUrl?: string }) {
  const { client, clock, host } = usePanel();
  const t = host.t;
  const record = client.client.value;
  const name = record?.name ?? context?.name ?? '';
  const mrn = context?.mrn ?? record?.identities.at(-1)?.mrn;
  const dob = record?.dob ?? context?.dob;
  return (
    <article class="client" aria-labelledby="client-name">
      <header class="client-header">
        <h2 id="client-name" data-testid="client-name">
          {name}
        </h2>
        <dl class="facts">
          {mrn && (
            <div>
              <dt>{t('fieldMrn')}</dt>
              <dd data-testid="client-mrn">{mrn}</dd>
            </div>
          )}
          {dob && (
            <div>
              <dt>{t('fieldDob')}</dt>
              <dd>
                <span data-testid="client-dob">{dob}</span>{' '}
                {isValidCalendarDate(dob) && (
                  <span class="hint" data-testid="client-age">
                    {t('ageYears', String(ageOn(dob, calendarDateOf(clock.now.value, host.timeZone))))}
                  </span>
                )}
              </dd>
            </div>
          )}
        </dl>
      </header>
      {client.error.value && (
        <p class="error" role="alert">
          {t('saveFailed', client.error.value)}
        </p>
      )}
      {client.mergeCandidates.value.map((candidate) => (
        <p class="hint" key={candidate.id}>
          {t('mergeProposal', [candidate.name, candidate.identities.map((identity) => identity.system).join(', ')])}
        </p>
      ))}
      {record && (
        <>
          <ContactStatus />
          <Suggestions client={record} />
          <LogContactButtons client={record} />
          <Callbacks client={record} />
          <Deferred>
            <TcmClock client={record} />
            <DischargeChecklist client={record} />
            <LaceScore key={record.id} client={record} />
            <TrustChecklist client={record} />
            <Timeline />
            <ContactHistory />
            <PainPoints client={record} />
            <ClientDetails client={record} />
          </Deferred>
        </>
      )}
      <Drafts />
      {context && frameUrl && <ReadFromPage context={context} frameUrl={frameUrl} />}
    </article>
  );
}

