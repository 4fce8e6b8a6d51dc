import { useMemo, useRef } from 'preact/hooks';
import { usePanel } from '../panel';
import { createCoverModel } from '../models/cover';
import type { TeamCaseload } from '../models/team-caseload';

/**
 * "Cover for me from … to …", beside "Mine / My team": the caseload is where a care manager
 * looks at the clients a colleague will take over, and the team it lists is the one to pick from.
 */
export function CoverForm({ team, onCovered }: { team: TeamCaseload; onCovered?: () => Promise<void> }) {
  const { host, formats } = usePanel();
  const t = host.t;
  const ask = host.team;
  // Read when a cover is asked for: a new team answer (after each sync or cover) must not reset the form.
  const members = useRef(team.members);
  members.current = team.members;
  const model = useMemo(
    () =>
      ask &&
      createCoverModel({
        cover: async (request) => {
          const reply = await ask({ type: 'team/cover', ...request });
          // The new cover joins "Covering for you" above.
          if (reply.ok) await onCovered?.();
          return reply;
        },
        now: host.now,
        timeZone: host.timeZone,
        nameOf: (member) => members.current.find((colleague) => colleague.member === member)?.display ?? member,
      }),
    [ask, host, onCovered],
  );
  if (!model || team.members.length === 0) return null;
  const outcome = model.outcome.value;
  return (
    <details class="cover" data-testid="cover">
      <summary>{t('coverTitle')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void model.submit();
        }}
      >
        <label>
          {t('coverColleague')}
          <select data-testid="cover-colleague" value={model.colleague.value} onChange={(event) => (model.colleague.value = event.currentTarget.value)}>
            <option value="">{t('coverChoose')}</option>
            {team.members.map((colleague) => (
              <option key={colleague.member} value={colleague.member}>
                {colleague.display ?? colleague.member}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('coverFrom')}
          <input type="date" data-testid="cover-from" required value={model.from.value} onInput={(event) => (model.from.value = event.currentTarget.value)} />
        </label>
        <label>
          {t('coverTo')}
          <input type="date" data-testid="cover-to" required value={model.to.value} onInput={(event) => (model.to.value = event.currentTarget.value)} />
        </label>
        <button type="submit" data-testid="cover-submit" disabled={outcome.kind === 'sending'}>
          {t(outcome.kind === 'sending' ? 'coverSending' : 'coverSubmit')}
        </button>
      </form>
      {outcome.kind === 'done' && (
        <p role="status" data-testid="cover-outcome">
          {t('coverDone', [outcome.name, formats.date(outcome.from), formats.date(outcome.to), String(outcome.added + outcome.already)])}
        </p>
      )}
      {outcome.kind === 'queued' && (
        <p role="status" data-testid="cover-outcome">
          {t('coverQueued', [outcome.name, formats.date(outcome.from), formats.date(outcome.to)])}
        </p>
      )}
      {outcome.kind === 'problem' && (
        <p role="alert" class="error" data-testid="cover-outcome">
          {t(outcome.key, outcome.detail ?? '')}
        </p>
      )}
    </details>
  );
}
