import { usePanel } from '../panel';
import { ageOn, calendarDateOf, isValidCalendarDate } from '../../domain/time/dates';
import { ContactStatus } from './ContactStatus';
import { LogContactButtons } from './LogContact';
import { Callbacks } from './Callbacks';
import { ReadFromPage } from './ReadFromPage';
import { Drafts } from './Drafts';
import { Deferred } from './Deferred';
import { Suggestions } from './Suggestions';
import type { ClientContext } from '../../model/context';

const loadClientSections = () => import('./ClientSections').then((module) => module.ClientSections);

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
          <Deferred load={loadClientSections} props={{ record }} />
        </>
      )}
      <Drafts />
      {context && frameUrl && <ReadFromPage context={context} frameUrl={frameUrl} />}
    </article>
  );
}

