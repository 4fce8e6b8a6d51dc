import type { SiteAdapter } from './types';
import { hapiFhirMatch } from './sites';

/**
 * A Patient read from a HAPI FHIR server in a browser: the server's HTML view shows the resource's
 * generated narrative (HAPI's Thymeleaf template: `.hapiHeaderText` with the name, the family name
 * in <b>, then `.hapiPropertyTable`) above the raw JSON. A search result shows several narratives.
 * Viewers add their format parameter. (A server mounted at the root shares Medplum's URLs: the
 * registry injects one adapter per URL, so root-mounted servers are left to the generic reader.)
 */
export const hapiFhir: SiteAdapter = {
  ...hapiFhirMatch,
  label: 'HAPI FHIR (Patient narrative)',
  sampleUrls: ['http://hapi.example.org/fhir/Patient/592721', 'https://fhir-viewer.example.net/r4/Patient/3012?_format=html', 'https://fhir.example-hie.net/baseR4/Patient/pat-77/_history/3', 'http://localhost:8080/read?serverId=home&resource=Patient&id=12'],
  rootName: 'narrative',
  fields: {
    name: { selector: '.hapiHeaderText' },
    mrn: { label: /^identifier:?$/i, within: '.hapiPropertyTable' },
    dob: { label: /^date of birth:?$/i, within: '.hapiPropertyTable' },
  },
  isSingleClient: (doc, isVisible) => Array.from(doc.querySelectorAll('.hapiHeaderText')).slice(0, 20).filter(isVisible).length === 1,
};
