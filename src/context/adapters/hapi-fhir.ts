import type { AdapterRules, SiteAdapter } from './types';
import { hapiFhirMatch } from './sites';
import { siteAdapter } from './define';

/**
 * A Patient read from a HAPI FHIR server in a browser: the server's HTML view shows the resource's
 * generated narrative (HAPI's Thymeleaf template: `.hapiHeaderText` with the name, the family name
 * in <b>, then `.hapiPropertyTable`) above the raw JSON. A search result shows several narratives.
 * Viewers add their format parameter. A server mounted at the root shares Medplum's URLs: the
 * frame loads the adapter whose marker the page shows.
 * A Patient's `$everything` shows every resource's narrative, each under its type and id: the
 * patient's is the one titled "Patient/…" (a Practitioner's header looks exactly like it).
 */
function patientHeaders(doc: Document, isVisible: (el: Element) => boolean): Element[] {
  const shown = Array.from(doc.querySelectorAll('.hapiHeaderText')).slice(0, 20).filter(isVisible);
  return shown.length > 1 ? shown.filter((h) => /^patient\b/i.test(titleBefore(h))) : shown;
}

/** The text just before the block a narrative header opens. */
function titleBefore(el: Element): string {
  for (let cur: Element | null = el, k = 0; cur && k < 4; cur = cur.parentElement, k++) {
    const title = cur.previousElementSibling?.textContent;
    if (title) return title.trim().slice(0, 40);
  }
  return '';
}

export const hapiFhirRules: AdapterRules = {
  root: (doc, isVisible) => {
    const [only, other] = patientHeaders(doc, isVisible);
    return only && !other ? only.parentElement : null;
  },
  rootName: 'narrative',
  fields: {
    name: { selector: '.hapiHeaderText' },
    mrn: { label: /^identifier:?$/i, within: '.hapiPropertyTable' },
    dob: { label: /^date of birth:?$/i, within: '.hapiPropertyTable' },
  },
  isSingleClient: (doc, isVisible) => patientHeaders(doc, isVisible).length === 1,
};

export const hapiFhir: SiteAdapter = /* @__PURE__ */ siteAdapter(
  hapiFhirMatch,
  {
    label: 'HAPI FHIR (Patient narrative)',
    sampleUrls: ['http://hapi.example.org/fhir/Patient/592721', 'https://fhirbrowser.example.org/Patient/6021', 'https://fhir-viewer.example.net/r4/Patient/3012?_format=html', 'https://fhir.example-hie.net/baseR4/Patient/pat-77/_history/3', 'https://fhir.example-hie.net/baseR4/Patient/pat-77/$everything?_format=html', 'http://localhost:8080/read?serverId=home&resource=Patient&id=12'],
  },
  hapiFhirRules,
);
