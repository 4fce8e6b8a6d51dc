// "Carelane": the modern single-page skin of the demo EHR. No framework; the DOM is built with
// createElement/textContent only, so patient strings can never become markup.
// Exported mountApp() lets the fixture generator render the same DOM in happy-dom.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const GENDER = { F: 'Female', M: 'Male', X: 'Nonbinary' };

/** @param {string} iso → "Jan 5, 1950" without going through Date parsing */
export function monDY(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** @param {{ first: string, middle?: string, last: string }} p → "Jane M. Doe" */
export function appName(p) {
  return p.middle ? `${p.first} ${p.middle.charAt(0)}. ${p.last}` : `${p.first} ${p.last}`;
}

/**
 * @param {Document} doc
 * @param {string} tag
 * @param {Record<string, string>} [attrs]
 * @param {(Node | string)[]} [children]
 */
function h(doc, tag, attrs = {}, children = []) {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v);
  }
  for (const c of children) el.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  return el;
}

/** @param {Document} doc @param {string} label @param {string} value @param {string} field */
function chip(doc, label, value, field) {
  return h(doc, 'li', { class: 'chip', 'aria-label': label, 'data-field': field }, [
    h(doc, 'span', { class: 'chip-label', text: label }),
    ' ',
    h(doc, 'span', { class: 'chip-value', text: value }),
  ]);
}

/** @param {Document} doc @param {any} p */
export function banner(doc, p) {
  const chips = h(doc, 'ul', { class: 'pt-chips' }, [
    chip(doc, 'MRN', p.mrn, 'mrn'),
    chip(doc, 'DOB', monDY(p.dob), 'dob'),
    chip(doc, 'Sex', GENDER[p.sex] ?? p.sex, 'sex'),
    chip(doc, 'Phone', p.phone, 'phone'),
  ]);
  if (p.admitDate) {
    chips.append(chip(doc, 'Admitted', monDY(p.admitDate), 'admit'));
    chips.append(p.dischargeActual
      ? chip(doc, 'Discharged', monDY(p.dischargeDate), 'discharge')
      : chip(doc, 'Expected discharge', monDY(p.dischargeDate), 'discharge'));
    chips.append(chip(doc, 'Location', p.location, 'location'));
  }
  return h(doc, 'header', { class: 'pt-banner', 'data-testid': 'patient-banner', 'data-patient-id': p.id, 'aria-label': 'Patient banner' }, [
    h(doc, 'h2', { class: 'pt-name', text: appName(p) }),
    chips,
  ]);
}

/**
 * @param {Document} doc
 * @param {{ pushState(data: unknown, unused: string, url: string): void }} history
 * @param {{ pathname: string }} location
 * @param {any[]} patients
 */
export function mountApp(doc, history, location, patients) {
  const root = doc.getElementById('app-root');
  if (!root) return;

  function go(path) {
    history.pushState({}, '', path);
    render(path);
  }

  /** @param {string} href @param {string} text */
  function link(href, text) {
    const a = h(doc, 'a', { href, text });
    a.addEventListener('click', (e) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
      e.preventDefault();
      go(href);
    });
    return a;
  }

  function topbar() {
    return h(doc, 'div', { class: 'topbar', role: 'banner' }, [
      h(doc, 'span', { class: 'logo', text: 'Carelane' }),
      h(doc, 'span', { class: 'user', text: 'Dr. Alan Grant · Case Management' }),
    ]);
  }

  function worklist() {
    const rows = patients.map((p) => h(doc, 'tr', {}, [
      h(doc, 'td', {}, [link(`/app/patient/${p.id}`, appName(p))]),
      h(doc, 'td', { text: p.mrn }),
      h(doc, 'td', { text: monDY(p.dob) }),
      h(doc, 'td', { text: p.location ?? '—' }),
      h(doc, 'td', { text: p.status }),
    ]));
    return h(doc, 'main', { class: 'worklist' }, [
      h(doc, 'h1', { text: 'My worklist' }),
      h(doc, 'table', { class: 'wl', 'data-testid': 'worklist' }, [
        h(doc, 'thead', {}, [h(doc, 'tr', {}, ['Patient', 'MRN', 'DOB', 'Location', 'Status'].map((t) => h(doc, 'th', { text: t })))]),
        h(doc, 'tbody', {}, rows),
      ]),
    ]);
  }

  /** @param {any} p */
  function chart(p) {
    const idx = patients.indexOf(p);
    const next = patients[(idx + 1) % patients.length];
    const linked = patients[(idx + 2) % patients.length];
    const nextBtn = h(doc, 'button', { type: 'button', class: 'next', 'data-testid': 'next-patient', text: 'Next patient' });
    nextBtn.addEventListener('click', () => go(`/app/patient/${next.id}`));

    const tabs = h(doc, 'div', { class: 'tabs', role: 'tablist' }, [
      h(doc, 'button', { type: 'button', role: 'tab', 'aria-selected': 'true', 'aria-controls': 'tab-summary', text: 'Summary' }),
      h(doc, 'button', { type: 'button', role: 'tab', 'aria-selected': 'false', 'aria-controls': 'tab-linked', text: 'Linked record' }),
    ]);
    const summary = h(doc, 'section', { id: 'tab-summary', role: 'tabpanel', class: 'panel' }, [
      h(doc, 'h3', { text: 'Care team note' }),
      h(doc, 'p', { text: `Daughter (DOB Apr 12, 1976) is the main contact and prefers texts. Follow-up with primary care within 7 days of discharge.` }),
      h(doc, 'h3', { text: 'Problems' }),
      h(doc, 'ul', {}, [h(doc, 'li', { text: 'Congestive heart failure' }), h(doc, 'li', { text: 'Type 2 diabetes' })]),
    ]);
    // The inactive tab keeps another patient's banner in the DOM, hidden: clutter a reader must skip.
    const linkedPanel = h(doc, 'section', { id: 'tab-linked', role: 'tabpanel', class: 'panel' }, [banner(doc, linked)]);
    linkedPanel.style.display = 'none';
    tabs.addEventListener('click', (e) => {
      const t = /** @type {Element} */ (e.target);
      const target = t.getAttribute('aria-controls');
      if (!target) return;
      for (const b of tabs.querySelectorAll('[role=tab]')) b.setAttribute('aria-selected', String(b === t));
      summary.style.display = target === 'tab-summary' ? '' : 'none';
      linkedPanel.style.display = target === 'tab-linked' ? '' : 'none';
    });

    return h(doc, 'main', { class: 'chart' }, [
      h(doc, 'h1', { class: 'visually-hidden', text: 'Patient chart' }),
      h(doc, 'nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, [link('/app/', '← Worklist'), ' ', nextBtn]),
      banner(doc, p),
      tabs,
      summary,
      linkedPanel,
    ]);
  }

  /** @param {string} path */
  function render(path) {
    const m = /^\/app\/patient\/([^/]+)\/?$/.exec(path);
    const p = m ? patients.find((x) => x.id === decodeURIComponent(m[1])) : undefined;
    let view;
    if (m && !p) view = h(doc, 'main', {}, [h(doc, 'h1', { text: 'Patient not found' }), link('/app/', 'Back to worklist')]);
    else view = p ? chart(p) : worklist();
    root.replaceChildren(topbar(), view);
    doc.title = p ? `${appName(p)} · Carelane` : 'Worklist · Carelane';
  }

  render(location.pathname);
  return { render, go };
}

if (typeof document !== 'undefined' && typeof window !== 'undefined' && document.getElementById('demo-data')) {
  const data = JSON.parse(document.getElementById('demo-data')?.textContent ?? '[]');
  mountApp(document, window.history, window.location, data);
  window.addEventListener('popstate', () => mountApp(document, window.history, window.location, data));
}
