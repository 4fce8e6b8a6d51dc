import { suggestedTier } from '../../domain/checklists/discharge-checklist';
import { laceScore } from '../../domain/discharge/lace';
import type { ClientRecord } from '../../model/records';
import { usePanel } from '../panel';
import { useSaver } from './use-saver';
import { TIER_KEYS } from '../../ui/field-labels';

const ADVICE_KEYS = { high: 'tierAdviceHigh', medium: 'tierAdviceMedium' } as const;

/**
 * The contact rhythm this stay's readmission risks call for (BOOST answers, a high LACE score), offered
 * once and applied with one click; nothing shows when the client already has that tier or no risk was found.
 */
export function TierAdvice({ client, since, risks }: { client: ClientRecord; since: number; risks: number }) {
  const { stay, host } = usePanel();
  const t = host.t;
  const save = useSaver();
  const laceHigh = client.lace !== undefined && client.lace.at >= since && laceScore(client.lace).highRisk;
  const tier = suggestedTier(risks, laceHigh);
  if (!tier || client.tier === tier) return null;
  const apply = () =>
    void save(() => stay.update(client, { tier }), {
      done: t('tierApplied', [client.name, t(TIER_KEYS[tier])]),
      undo: ({ saved, previous }) => stay.update(saved, previous),
    });
  return (
    <p class="tier-advice" data-testid="tier-advice" data-tier={tier}>
      {t(ADVICE_KEYS[tier])}{' '}
      <button type="button" class="link" data-testid="tier-apply" onClick={apply}>
        {t('tierApply')}
      </button>
    </p>
  );
}
