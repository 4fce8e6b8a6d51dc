import { FIELD_LABEL_KEYS } from '../../context/types';
import { usePanel } from '../panel';
import { CONTEXT_FIELDS, type ClientContext } from '../../model/context';

/** What was read, and from where: the user can always check the reader before trusting it. */
export function ReadFromPage({ context, frameUrl }: { context: ClientContext; frameUrl: string }) {
  const { host } = usePanel();
  const t = host.t;
  const fields = CONTEXT_FIELDS.filter((field) => context[field] !== undefined);
  return (
    <details class="read-from-page" data-testid="read-from-page">
      <summary>{t('readFromPage')}</summary>
      <p class="hint">
        {t('readFromPageSource', [context.source, String(Math.round(context.confidence * 100))])}
        <br />
        <span class="url">{frameUrl}</span>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('field')}</th>
            <th scope="col">{t('value')}</th>
            <th scope="col">{t('whereFrom')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field} data-field={field}>
              <th scope="row">{t(FIELD_LABEL_KEYS[field])}</th>
              <td>{String(context[field])}</td>
              <td>{context.provenance?.[field] ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
