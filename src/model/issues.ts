import type * as v from 'valibot';

/** "identities.0.lastUrl: the chart address is …": where and what, short enough for a message. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((item) => String(item.key).slice(0, 50)).join('.');
  const what = issue.type === 'strict_object' && issue.path?.length ? 'not expected' : issue.message;
  return `${path ? `${path}: ` : ''}${what}`.slice(0, 300);
}
