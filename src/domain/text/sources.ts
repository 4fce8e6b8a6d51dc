/**
 * Where each checklist item, deadline and rule comes from, so the UI can answer "why?" with a
 * source the care manager can check. Ids are stored with ticks and dispositions: never rename.
 * Titles are in _locales, keyed by id (message-keys.ts).
 */
export interface Source {
  id: SourceId;
  url?: string;
}

export type SourceId =
  | 'rb101'
  | 'birkhauer-2017'
  | 'ahrq-red'
  | 'ahrq-ideal'
  | 'ahrq-teachback'
  | 'cms-tcm'
  | 'coleman-cti'
  | 'boost-8p'
  | 'lace'
  | 'cadence-practice';

export const SOURCES: Readonly<Record<SourceId, Readonly<Source>>> = Object.freeze({
  rb101: { id: 'rb101' },
  'birkhauer-2017': {
    id: 'birkhauer-2017',
    url: 'https://doi.org/10.1371/journal.pone.0170988',
  },
  'ahrq-red': {
    id: 'ahrq-red',
    url: 'https://www.ahrq.gov/patient-safety/settings/hospital/red/toolkit/index.html',
  },
  'ahrq-ideal': {
    id: 'ahrq-ideal',
    url: 'https://www.ahrq.gov/patient-safety/patients-families/engagingfamilies/strategy4/index.html',
  },
  'ahrq-teachback': {
    id: 'ahrq-teachback',
    url: 'https://www.ahrq.gov/health-literacy/improve/precautions/tool5.html',
  },
  'cms-tcm': {
    id: 'cms-tcm',
    url: 'https://www.cms.gov/outreach-and-education/medicare-learning-network-mln/mlnproducts/downloads/transitional-care-management-services-fact-sheet-icn908628.pdf',
  },
  'coleman-cti': {
    id: 'coleman-cti',
    url: 'https://caretransitions.org/',
  },
  'boost-8p': {
    id: 'boost-8p',
    url: 'https://www.hospitalmedicine.org/clinical-topics/care-transitions/',
  },
  lace: {
    id: 'lace',
    url: 'https://doi.org/10.1503/cmaj.091117',
  },
  'cadence-practice': { id: 'cadence-practice' },
});

export function isSourceId(id: string): id is SourceId {
  return Object.hasOwn(SOURCES, id);
}
