// Server-side renderers for the demo skins. Pure functions of (patients, id) → HTML string, so the
// fixture generator in tests/fixtures can save exactly what the server sends.
import { naturalName } from './patients.mjs';

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** @param {unknown} value */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[/** @type {keyof typeof HTML_ESCAPES} */ (c)]);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** @param {string} iso */
function parts(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}
/** @param {string} iso "YYYY-MM-DD" → "MM/DD/YYYY" */
export function usDate(iso) {
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
}
/** @param {string} iso → "05-Jan-1950" */
export function dMonY(iso) {
  const { y, m, d } = parts(iso);
  return `${String(d).padStart(2, '0')}-${MONTHS[m - 1]}-${y}`;
}
/** @param {string} iso → "Jan 5, 1950" */
export function monDY(iso) {
  const { y, m, d } = parts(iso);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** "DOE, JANE M" — the all-caps last-first style of the old system. */
export function classicName(p) {
  const mid = p.middle ? ` ${p.middle.charAt(0)}` : '';
  return `${p.last}, ${p.first}${mid}`.toUpperCase();
}

/** Whole years between an ISO birth date and the `today` Date (local calendar). */
function ageOn(iso, today) {
  const { y, m, d } = parts(iso);
  let age = today.getFullYear() - y;
  if (today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d)) age -= 1;
  return age;
}

/**
 * @param {{ title: string, css: string, body: string, bodyClass?: string, scripts?: string[], head?: string }} o
 */
function page(o) {
  const scripts = ['/probe.js', ...(o.scripts ?? [])]
    .map((src) => (src.endsWith('.js') && src.startsWith('/app/')
      ? `<script type="module" src="${escapeHtml(src)}"></script>`
      : `<script src="${escapeHtml(src)}"></script>`))
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(o.title)}</title>
<link rel="stylesheet" href="/static/${escapeHtml(o.css)}">
${o.head ?? ''}</head>
<body${o.bodyClass ? ` class="${escapeHtml(o.bodyClass)}"` : ''}>
${o.body}
${scripts}
</body>
</html>
`;
}

export function renderIndex() {
  return page({
    title: 'Rapport demo EHR',
    css: 'index.css',
    body: `<main>
<h1>Rapport demo EHR</h1>
<p>Synthetic patients only. Three skins with different markup, for trying the extension.</p>
<ul class="skins">
<li><a href="/classic/">Classic</a> — multi-page, table-based hospital system</li>
<li><a href="/app/">Modern</a> — single-page app with a patient banner</li>
<li><a href="/portal/">Portal</a> — a care-management member page no adapter knows</li>
</ul>
</main>`,
  });
}

function classicTopbar() {
  return `<table class="topbar" role="presentation"><tr>
<td class="brand">MERIDIAN GENERAL &mdash; Clinical Information System v4.2</td>
<td class="user">Logged in: Dr. Alan Grant &nbsp;|&nbsp; <a href="/classic/login">Log out</a></td>
</tr></table>`;
}

/** @param {import('./patients.mjs').Patient[]} patients */
export function renderClassicList(patients) {
  const rows = patients
    .map((p) => `<tr>
<td><a href="/classic/chart/${escapeHtml(p.id)}">${escapeHtml(classicName(p))}</a></td>
<td>${escapeHtml(p.mrn)}</td>
<td>${escapeHtml(usDate(p.dob))}</td>
<td>${escapeHtml(p.sex)}</td>
<td>${escapeHtml(p.location ?? '')}</td>
<td>${escapeHtml(p.status.toUpperCase())}</td>
</tr>`)
    .join('\n');
  return page({
    title: 'Patient List - Meridian General CIS',
    css: 'classic.css',
    bodyClass: 'classic',
    body: `${classicTopbar()}
<main>
<h1>Patient List</h1>
<table class="grid" id="patient-list">
<thead><tr><th>Patient Name</th><th>MRN</th><th>DOB</th><th>Sex</th><th>Location</th><th>Status</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</main>`,
  });
}

export function renderClassicLogin() {
  return page({
    title: 'Sign in - Meridian General CIS',
    css: 'classic.css',
    bodyClass: 'classic',
    body: `<main class="login">
<h1>Meridian General CIS &mdash; Sign in</h1>
<form method="post" action="/classic/login">
<table role="presentation">
<tr><td><label for="user">User name:</label></td><td><input id="user" name="user" autocomplete="username"></td></tr>
<tr><td><label for="pw">Password:</label></td><td><input id="pw" name="pw" type="password" autocomplete="current-password"></td></tr>
<tr><td><label for="dept">Department:</label></td><td><select id="dept" name="dept"><option>Case Management</option><option>Nursing</option></select></td></tr>
</table>
<p><button type="submit">Sign in</button></p>
<p class="fine">Authorized users only. Activity is logged. Help desk: (555) 010-0000.</p>
</form>
</main>`,
  });
}

/**
 * @param {import('./patients.mjs').Patient[]} patients
 * @param {string} id
 * @param {Date} today
 */
export function renderClassicChart(patients, id, today = new Date()) {
  const idx = patients.findIndex((p) => p.id === id);
  const p = patients[idx];
  if (!p) return null;
  const others = [1, 2, 3].map((k) => patients[(idx + k) % patients.length]);
  const cell = (label, value) => `<td class="lbl">${escapeHtml(label)}</td><td class="val">${escapeHtml(value)}</td>`;
  let stay = `${cell('Visit Type:', 'Outpatient')}${cell('PCP:', 'Dr. Ellie Sattler')}`;
  if (p.admitDate) {
    stay = `${cell('Admit Date:', usDate(p.admitDate))}${cell(
      p.dischargeActual ? 'Discharged:' : 'Exp. Discharge:',
      usDate(/** @type {string} */ (p.dischargeDate)),
    )}`;
  }
  const body = `${classicTopbar()}
<table class="layout" role="presentation"><tr>
<td class="leftnav">
<nav aria-label="Chart sections"><ul>
<li><a href="/classic/">Patient List</a></li>
<li><a href="#summary">Summary</a></li>
<li><a href="#vitals">Vitals</a></li>
<li><a href="#notes">Notes</a></li>
<li><a href="#orders">Orders</a></li>
</ul></nav>
</td>
<td class="main">
<main>
<h1>Patient Chart</h1>
<table class="pt-header" id="pt-header">
<tr><td class="lbl">Patient:</td><td class="val pt-name"><b>${escapeHtml(classicName(p))}</b></td>${cell('MRN:', p.mrn)}</tr>
<tr>${cell('DOB:', `${usDate(p.dob)}`)}${cell('Age:', `${ageOn(p.dob, today)} yrs`)}</tr>
<tr>${cell('Sex:', p.sex)}${cell('Phone:', p.phone)}</tr>
<tr>${cell('Location:', p.location ?? 'Clinic')}${cell('Attending:', 'Dr. Ian Malcolm')}</tr>
<tr>${stay}</tr>
</table>
<h2 id="vitals">Vitals</h2>
<table class="grid">
<thead><tr><th>Taken</th><th>BP</th><th>HR</th><th>Temp</th><th>SpO2</th></tr></thead>
<tbody>
<tr><td>08:00</td><td>128/82</td><td>76</td><td>98.4 F</td><td>97%</td></tr>
<tr><td>Yesterday 20:00</td><td>134/88</td><td>81</td><td>98.9 F</td><td>96%</td></tr>
</tbody>
</table>
<h2 id="notes">Notes</h2>
<div class="note">
<p class="note-head">Case management note &mdash; Dr. Alan Grant</p>
<p>Spoke with daughter Susan (DOB: 04/12/1976) who will drive the patient home. Son lives out of
state, DOB 11/02/1979, reachable at (555) 019-8877. Discussed medication list and follow-up with PCP
within 7 days. Patient prefers morning calls.</p>
</div>
<h2 id="orders">Orders</h2>
<p>No pending orders.</p>
</main>
</td>
<td class="side">
<aside aria-label="Recent patients">
<h2>Recent patients</h2>
<table class="grid small">
<thead><tr><th>Patient</th><th>MRN</th></tr></thead>
<tbody>
${others.map((o) => `<tr><td><a href="/classic/chart/${escapeHtml(o.id)}">${escapeHtml(classicName(o))}</a></td><td>${escapeHtml(o.mrn)}</td></tr>`).join('\n')}
</tbody>
</table>
</aside>
</td>
</tr></table>`;
  return page({ title: `Chart: ${classicName(p)} - Meridian General CIS`, css: 'classic.css', bodyClass: 'classic', body });
}

/**
 * The SPA shell; app.js renders the worklist or the patient from the URL. The patient data travels
 * as a JSON data block (not executed, so the strict CSP allows it).
 * @param {import('./patients.mjs').Patient[]} patients
 */
export function renderAppShell(patients) {
  // "<" escaped so no patient string can close the data block.
  const json = JSON.stringify(patients).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return page({
    title: 'Carelane',
    css: 'app.css',
    bodyClass: 'modern',
    head: `<script type="application/json" id="demo-data">${json}</script>\n`,
    body: `<div id="app-root"><noscript>Carelane needs JavaScript.</noscript></div>`,
    scripts: ['/app/app.js'],
  });
}

/** @param {import('./patients.mjs').Patient[]} patients */
export function renderPortalIndex(patients) {
  return page({
    title: 'Members - CareBridge',
    css: 'portal.css',
    body: `<header class="site"><span class="logo">CareBridge</span><span>Signed in as K. Okafor, RN</span></header>
<main>
<h1>Members</h1>
<ul class="members">
${patients.map((p) => `<li><a href="/portal/member/${escapeHtml(p.id)}">${escapeHtml(naturalName(p, 'full'))}</a></li>`).join('\n')}
</ul>
</main>`,
  });
}

const GENDER = { F: 'Female', M: 'Male', X: 'Nonbinary' };

/**
 * @param {import('./patients.mjs').Patient[]} patients
 * @param {string} id
 */
export function renderPortalMember(patients, id) {
  const p = patients.find((x) => x.id === id);
  if (!p) return null;
  const dd = (label, value) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`;
  return page({
    title: `${naturalName(p, 'full')} - CareBridge`,
    css: 'portal.css',
    body: `<header class="site"><span class="logo">CareBridge</span><nav aria-label="Main"><a href="/portal/">Members</a> <a href="/portal/">Tasks</a></nav><span>Signed in as K. Okafor, RN</span></header>
<main>
<h1>Member profile</h1>
<section class="member-card" aria-labelledby="mc">
<h2 id="mc">Member details</h2>
<dl>
${dd('Member name', naturalName(p, 'full'))}
${dd('Member ID', p.mrn)}
${dd('Date of Birth', dMonY(p.dob))}
${dd('Gender', GENDER[/** @type {keyof typeof GENDER} */ (p.sex)] ?? p.sex)}
${dd('Phone', p.phone)}
${dd('Plan', 'CareBridge Advantage Gold')}
</dl>
</section>
<section aria-labelledby="hh">
<h2 id="hh">Household</h2>
<p>Lives with spouse (born 1949). Emergency contact: neighbour, phone (555) 019-4455.</p>
</section>
<section aria-labelledby="tasks">
<h2 id="tasks">Open tasks</h2>
<ul><li>Annual wellness visit reminder</li><li>Medication reconciliation</li></ul>
</section>
</main>`,
  });
}

/**
 * The chart inside an iframe, as many hospital EHRs frame it: the outer shell shows no client, the
 * frame does. The reader runs in every frame and the background keeps the best one.
 * @param {import('./patients.mjs').Patient[]} patients @param {string} id
 */
export function renderFramedChart(patients, id) {
  const p = patients.find((x) => x.id === id);
  if (!p) return null;
  return page({
    title: 'Meridian General — framed chart',
    css: 'classic.css',
    body: `${classicTopbar()}
<main class="framed">
<h1>Chart viewer</h1>
<iframe src="/classic/chart/${escapeHtml(p.id)}" title="Patient chart" width="100%" height="640"></iframe>
</main>`,
  });
}
