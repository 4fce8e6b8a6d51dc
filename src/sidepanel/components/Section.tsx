import type { ComponentChildren } from 'preact';

/**
 * A collapsed part of the client view: its title and a one-line summary say enough to decide
 * whether to open it. The heading sits in the summary, so the page outline names every section.
 */
export function Section({ id, title, summary, testId, children }: {
  id: string;
  title: string;
  summary: ComponentChildren;
  testId?: string;
  children: ComponentChildren;
}) {
  return (
    <details class="section" data-section-id={id} data-testid={testId}>
      <summary>
        <h3 id={`${id}-title`}>{title}</h3>
        <span class="section-summary" data-testid={`${id}-summary`}>
          {summary}
        </span>
      </summary>
      <div class="section-body">{children}</div>
    </details>
  );
}
