import { CONTEXT_FIELDS, type ClientContext, type ContextField } from '../../context/types';
import { FieldTable } from '../../ui/FieldTable';
import { usePanel } from '../panel';
import { Section } from './Section';

/** What was read, collapsed to the adapter and its confidence: the user opens it to check the reader. */
export function ReadFromPageSection({ context, frameUrl }: { context: ClientContext | null; frameUrl?: string }) {
  const t = usePanel().host.t;
  if (!context || !frameUrl) return null;
  return (
    <Section id="read" title={t('readFromPage')} summary={t('readFromPageSummary', [context.source, String(Math.round(context.confidence * 100))])} testId="read-from-page">
      <ReadFromPage context={context} frameUrl={frameUrl} />
    </Section>
  );
}

/** What was read from a chart only looked at: shown with "Site setup", so the user can check the reader. */
export function SeenReadFromPage({ context, frameUrl }: { context: ClientContext; frameUrl: string }) {
  const t = usePanel().host.t;
  return (
    <section class="card" aria-labelledby="seen-read-title" data-testid="seen-read-from-page">
      <h3 id="seen-read-title">{t('readFromPage')}</h3>
      <ReadFromPage context={context} frameUrl={frameUrl} />
    </section>
  );
}

/** What was read, and from where: the user can always check the reader before trusting it. */
export function ReadFromPage({ context, frameUrl }: { context: ClientContext; frameUrl: string }) {
  const { host, formats } = usePanel();
  const t = host.t;
  const fields = CONTEXT_FIELDS.filter((field) => context[field] !== undefined);
  const dated = new Set<ContextField>(['dob', 'admitDate', 'dischargeDate']);
  // Dates were read into YYYY-MM-DD; they are shown in the panel's one date format.
  const shown = (field: ContextField) => (dated.has(field) ? formats.date(String(context[field])) : String(context[field]));
  return (
    <div class="read-from-page">
      <p class="hint">
        {t('readFromPageSource', [context.source, String(Math.round(context.confidence * 100))])}
        <br />
        <span class="url">{frameUrl}</span>
      </p>
      <FieldTable
        t={t}
        columns={[t('value'), t('whereFrom')]}
        cells={Object.fromEntries(fields.map((field) => [field, [shown(field), context.provenance?.[field] ?? '']]))}
      />
    </div>
  );
}
