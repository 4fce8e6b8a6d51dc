import type { ClientContext } from '../../context/types';
import { usePanel } from '../panel';
import { ContactStatus } from './ContactStatus';
import { LogContactButtons } from './LogContact';
import { Callbacks } from './Callbacks';
import { ReadFromPage } from './ReadFromPage';
import { Drafts } from './Drafts';

export function ClientView({ context, frameUrl }: { context: ClientContext; frameUrl: string }) {
  const { client, host } = usePanel();
  const t = host.t;
  const record = client.client.value;
  return (
    <article class="client" aria-labelledby="client-name">
      <header class="client-header">
        <h2 id="client-name" data-testid="client-name">
          {context.name}
        </h2>
        <dl class="facts">
          {context.mrn && (
            <div>
              <dt>{t('fieldMrn')}</dt>
              <dd data-testid="client-mrn">{context.mrn}</dd>
            </div>
          )}
          {context.dob && (
            <div>
              <dt>{t('fieldDob')}</dt>
              <dd data-testid="client-dob">{context.dob}</dd>
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
          <LogContactButtons client={record} />
          <Callbacks client={record} />
        </>
      )}
      <Drafts />
      <ReadFromPage context={context} frameUrl={frameUrl} />
    </article>
  );
}
