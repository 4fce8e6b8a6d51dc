import type { ManagerRows } from '../../messaging/team-messages';
import type { PanelHost } from '../host';

/**
 * The supervisor's view: each care manager's overdue callbacks and clients past their maximum
 * interval, an empty group included (nothing overdue is news to a supervisor too).
 */
export function SupervisorView(props: {
  groups: ManagerRows[];
  t: PanelHost['t'];
  late: (dueAt: number) => string;
  pastMax: (row: ManagerRows['pastMax'][number]) => string;
}) {
  const { t } = props;
  return (
    <section class="caseload-section supervisor" data-testid="supervisor-view" aria-labelledby="supervisor-title">
      <h3 id="supervisor-title">{t('supervisorTitle')}</h3>
      {props.groups.map((group, index) => {
        const titleId = `supervisor-group-${index}`;
        return (
          <section key={group.manager ?? ''} class="manager-group" data-testid="manager-group" aria-labelledby={titleId}>
            <h4 id={titleId}>{group.manager ?? t('supervisorNoManager')}</h4>
            {group.overdue.length === 0 && group.pastMax.length === 0 ? (
              <p class="hint">{t('supervisorAllClear')}</p>
            ) : (
              <ul aria-label={t('supervisorRowsFor', group.manager ?? t('supervisorNoManager'))}>
                {group.overdue.map((row) => (
                  <li key={`o:${row.client.id}:${row.dueAt}`} data-testid="supervisor-overdue">
                    <div class="who">
                      <strong>{row.client.name}</strong>
                      <span class="detail">{t('supervisorOverdue', props.late(row.dueAt))}</span>
                    </div>
                  </li>
                ))}
                {group.pastMax.map((row) => (
                  <li key={`p:${row.client.id}`} data-testid="supervisor-past-max">
                    <div class="who">
                      <strong>{row.client.name}</strong>
                      <span class="detail">{props.pastMax(row)}</span>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}
