/** A Case printed by a Family as a whole HTML document, with its expected answer. */
import type { Expected, ScoredInput } from '../harness/score';
import type { PageSource } from '../harness/chromium';
import { View, type Case } from './case';
import { esc, formatDate, renderName } from './formats';
import { iso, type Person } from './people';
import type { Family } from './families';

export interface GeneratedPage extends ScoredInput, PageSource {
  /** The client's name as the page prints it where a person looks first. */
  visibleName: string;
}

const HIDING: Record<NonNullable<Case['clutter']['hidden']>['how'], (inner: string) => string> = {
  attribute: (inner) => `<div class="tab-pane" role="tabpanel" hidden>${inner}</div>`,
  style: (inner) => `<div class="tab-pane" role="tabpanel" style="display: none">${inner}</div>`,
  class: (inner) => `<div class="tab-pane inactive" role="tabpanel">${inner}</div>`,
  aria: (inner) => `<div class="tab-pane" role="tabpanel" aria-hidden="true" style="visibility: hidden; position: absolute">${inner}</div>`,
};

function recentList(c: Case, p: Person): string {
  const name = esc(renderName(p, 'family-comma').shown);
  return `<aside class="recent"><h4>Recent patients</h4><ul><li><a href="#">${name}</a> (${esc(p.mrn)}) &middot; ${esc(formatDate(p.dob, c.dateFormat))}</li></ul></aside>`;
}

function notes(c: Case): string {
  const parts: string[] = [];
  const { relative, providers, otherDates } = c.clutter;
  if (relative) {
    parts.push(`<p>${esc(relative.relation)} ${esc(relative.given)} ${esc(c.client.family)} (DOB ${esc(formatDate(relative.dob, c.dateFormat))}) called about the plan and will come to the next visit.</p>`);
  }
  if (providers.length) parts.push(`<p>Care team: ${providers.map(esc).join('; ')}.</p>`);
  for (const d of otherDates) parts.push(`<p>Appointment ${esc(formatDate(d, c.dateFormat))} with ${esc(providers[0] ?? 'the clinic')}.</p>`);
  if (c.ssn?.masked) parts.push(`<p class="ids">SSN ***-**-${c.ssn.value.slice(-4)}</p>`);
  return parts.length ? `<section class="notes"><h3>Notes</h3>${parts.join('')}</section>` : '';
}

function expectedOf(view: View, c: Case): Expected {
  const e: Expected = { name: view.naturalName };
  const printed = view.printed;
  if (printed.has('mrn')) e.mrn = c.client.mrn;
  if (printed.has('dob')) e.dob = iso(c.client.dob);
  if (printed.has('sex')) e.sex = c.client.sex;
  if (printed.has('phone')) e.phone = c.client.phone;
  if (c.stay && printed.has('admitDate')) e.admitDate = iso(c.stay.admit);
  if (c.stay?.discharge && printed.has('dischargeDate')) e.dischargeDate = iso(c.stay.discharge);
  if (c.stay && printed.has('location')) e.location = `${c.stay.unit}, Room ${c.stay.room}`;
  return e;
}

export function renderPage(family: Family, c: Case, index: number): GeneratedPage {
  const view = new View(c, c.client, c.stay);
  const { core, tail = '' } = family.render(view);
  const hidden = c.clutter.hidden;
  const hiddenBlock = hidden ? HIDING[hidden.how](family.render(new View(c, hidden.person, undefined)).core) : '';
  const recent = c.clutter.recent ? recentList(c, c.clutter.recent) : '';
  const body = [
    `<header class="app-header"><span class="brand">${esc(family.app)}</span> <span class="user">Signed in: ${esc(c.clutter.user)}</span></header>`,
    `<nav class="tabs" role="tablist"><span role="tab" aria-selected="true">Summary</span> <span role="tab">History</span></nav>`,
    c.clutter.recentFirst ? recent : '',
    hidden?.before ? hiddenBlock : '',
    `<main>${core}${notes(c)}</main>`,
    hidden && !hidden.before ? hiddenBlock : '',
    c.clutter.recentFirst ? '' : recent,
    tail,
  ].join('\n');
  const laidOut = c.markup === 'pretty' ? body.replace(/(<\/[a-z0-9]+>)(?=<)/gi, '$1\n') : body.replace(/>\s+</g, '><');
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(family.app)}</title>
<style>.tab-pane.inactive { display: none; } .recent { font-size: 12px; } .span_label { font-weight: bold; }</style>
</head>
<body>
${laidOut}
</body>
</html>
`;
  const ids = [c.otherId.value, c.ssn?.value, `pt-${c.salt}`, `p${c.salt}`, String(c.salt), `003${c.salt}`].filter((x): x is string => !!x);
  return {
    id: `${family.id}/${index}`,
    family: family.id,
    split: family.split,
    kinds: family.kinds,
    url: family.url(view),
    html,
    expected: expectedOf(view, c),
    sameClient: { ids },
    visibleName: view.shownName,
  };
}
