import { createContext } from 'preact';
import { useContext, useEffect, useMemo } from 'preact/hooks';
import type { PanelHost } from '../host';
import { createTeamCaseloadModel, type TeamCaseloadModel, type TeamScope } from '../models/team-caseload';

/** The caseload's team side for every row of the view, without threading it through each section. */
export const TeamContext = createContext<TeamCaseloadModel | null>(null);

/** Made when the caseload view opens and dropped when it closes, so the panel's first paint never loads it. */
export function useTeamCaseload(host: PanelHost): TeamCaseloadModel {
  const model = useMemo(() => {
    const ask = host.team;
    return createTeamCaseloadModel(ask && (() => ask({ type: 'team/caseload' })));
  }, [host]);
  useEffect(() => {
    void model.refresh();
    return model.dispose;
  }, [model]);
  return model;
}

const SCOPE_KEYS: Record<TeamScope, string> = { mine: 'teamScopeMine', team: 'teamScopeTeam', managers: 'teamScopeManagers' };

/** "Mine / My team" (and "By care manager" for a supervisor); nothing at all without a team. */
export function TeamSwitch({ model, t }: { model: TeamCaseloadModel; t: PanelHost['t'] }) {
  const team = model.team.value;
  if (!team) return null;
  const scopes: TeamScope[] = team.supervisor ? ['mine', 'team', 'managers'] : ['mine', 'team'];
  return (
    <fieldset class="team-switch" data-testid="team-switch">
      <legend class="sr-only">{t('teamScopeLegend')}</legend>
      {scopes.map((scope) => (
        <label key={scope}>
          <input type="radio" name="team-scope" value={scope} data-testid={`team-scope-${scope}`} checked={model.scope.value === scope} onChange={() => (model.scope.value = scope)} />
          {t(SCOPE_KEYS[scope])}
        </label>
      ))}
    </fieldset>
  );
}

/** Whose client a row is, and "covering" when the user stands in for a colleague. */
export function OwnerLine({ clientId, t }: { clientId: string; t: PanelHost['t'] }) {
  const model = useContext(TeamContext);
  const owner = model?.team.value ? model.ownerOf(clientId) : undefined;
  if (!owner) return null;
  const who = owner.mine ? t('teamPrimaryYou') : owner.primary ? t('teamPrimaryName', owner.primary) : t('teamPrimaryNone');
  return (
    <span class="hint owner" data-testid="caseload-owner">
      {who}
      {owner.coveredByMe && (
        <span class="tag" data-testid="caseload-covering">
          {' '}
          {t('teamCovering')}
        </span>
      )}
    </span>
  );
}
