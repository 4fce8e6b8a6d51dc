import { useCallback } from 'preact/hooks';
import { usePanel } from '../panel';
import { ageOn, calendarDateOf, isValidCalendarDate } from '../../domain/time/dates';
import { ContactStatus } from './ContactStatus';
import { LogContactButtons } from './LogContact';
import { OwedNow } from './Callbacks';
import { Deferred } from './Deferred';
import { ReachRow } from './ReachRow';
import { SeenClient } from './SeenClient';
import type { ClientContext } from '../../model/context';

/**
 * One client: the page's (with what was read from it) or one the user chose. The first screen
 * answers who, how to reach them, where things stand, what is owed and what to do next; everything
 * else follows as one-line sections. A client only seen shows what was read and "Add to my
 * caseload" instead (SeenClient). The header shows the record once resolved, so a correction the
 * user made wins over what the page printed.
 */
export function ClientView({ context, frameUrl }: { context: ClientContext | null; frameUrl?: string }) {
  const { client, clock, host, formats, suggestions, checklists } = usePanel();
  // The rules' code and model come with the component; a stable loader keeps Deferred from reloading.
  const loadNextAction = useCallback(
    () => Promise.all([import('./Suggestions'), suggestions.load()]).then(([module]) => module.NextAction),
    [suggestions],
  );
  const loadClientSections = useCallback(
    () => Promise.all([import('./ClientSections'), checklists.load()]).then(([module]) => module.ClientSections),
    [checklists],
  );
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
        <p class="facts">
          {mrn && (
            <span>
              <span class="label">{t('fieldMrn')} </span>
              <span data-testid="client-mrn">{mrn}</span>
            </span>
          )}
          {dob && (
            <span>
              <span class="label">{t('fieldDob')} </span>
              <time data-testid="client-dob" dateTime={dob}>
                {formats.date(dob)}
              </time>
              {isValidCalendarDate(dob) && (
                <span data-testid="client-age" class="age">
                  {t('ageYears', String(ageOn(dob, calendarDateOf(clock.now.value, host.timeZone))))}
                </span>
              )}
            </span>
          )}
        </p>
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
      {record && record.enrolledAt === undefined && <SeenClient client={record} context={context} frameUrl={frameUrl} />}
      {record && record.enrolledAt !== undefined && (
        <>
          <ReachRow client={record} />
          <ContactStatus client={record} />
          <OwedNow client={record} />
          <Deferred load={loadNextAction} props={{ client: record }} placeholder={<NextActionPlaceholder />} />
          <LogContactButtons client={record} />
          <Deferred load={loadClientSections} props={{ record, context, frameUrl }} />
        </>
      )}
    </article>
  );
}

/** The next action's heading and one line, held while its code loads (just after the first paint). */
function NextActionPlaceholder() {
  const { host } = usePanel();
  return (
    <section class="next-action" aria-busy="true">
      <h3>{host.t('nextAction')}</h3>
      <p class="hint">{'\u00a0'}</p>
    </section>
  );
}
