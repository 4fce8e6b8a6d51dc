import { TRUST_TEMPLATE_ID, type TrustStrategy } from '../../domain/checklists/checklist';
import { strategySummaryKey, strategyTitleKey } from '../../domain/text/message-keys';
import { TRUST_STRATEGIES } from '../../domain/checklists/trust-checklist';
import { TRUST_WINDOW_DAYS } from '../models/checklists';
import { usePanel } from '../panel';
import { ChecklistRow } from './ChecklistRow';
import type { ClientRecord } from '../../model/records';
import './checklists.css';

/** The five trust strategies as small acts, each counted as done for a month. */
export function TrustChecklist({ client }: { client: ClientRecord }) {
  const { host } = usePanel();
  const t = host.t;
  return (
    <section class="checklist" data-testid="trust-checklist" aria-labelledby="trust-title">
      <p class="hint">{t('trustChecklistHint', String(TRUST_WINDOW_DAYS))}</p>
      {TRUST_STRATEGIES.map((strategy) => (
        <Strategy key={strategy.id} strategy={strategy} client={client} />
      ))}
    </section>
  );
}

function Strategy({ strategy, client }: { strategy: TrustStrategy; client: ClientRecord }) {
  const { checklists: lazy, host } = usePanel();
  const checklists = lazy.get();
  const states = strategy.items.map((item) => checklists.trustState(item.id));
  const done = states.filter((state) => state.checked).length;
  return (
    <details class="checklist-group" data-strategy={strategy.id}>
      <summary>
        <span class="group-title">{host.t(strategyTitleKey(strategy.id))}</span>
        <span class="progress">{host.t('checklistProgress', [String(done), String(strategy.items.length)])}</span>
      </summary>
      <p class="hint">{host.t(strategySummaryKey(strategy.id))}</p>
      <ul>
        {strategy.items.map((item, index) => (
          <ChecklistRow key={item.id} client={client} templateId={TRUST_TEMPLATE_ID} item={item} state={states[index]!} />
        ))}
      </ul>
    </details>
  );
}
