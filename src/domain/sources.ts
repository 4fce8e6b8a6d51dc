/**
 * Where each checklist item, deadline and rule comes from, so the UI can answer "why?" with a
 * source the care manager can check. Ids are stored with ticks and dispositions: never rename.
 */
export interface Source {
  id: SourceId;
  title: string;
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
  rb101: {
    id: 'rb101',
    title: 'Relationship Building 101: five practical strategies for care managers',
  },
  'birkhauer-2017': {
    id: 'birkhauer-2017',
    title: 'Birkhäuer et al., Trust in the health care professional and health outcome: a meta-analysis, PLOS One 2017',
    url: 'https://doi.org/10.1371/journal.pone.0170988',
  },
  'ahrq-red': {
    id: 'ahrq-red',
    title: 'AHRQ Re-Engineered Discharge (Project RED) Toolkit',
    url: 'https://www.ahrq.gov/patient-safety/settings/hospital/red/toolkit/index.html',
  },
  'ahrq-ideal': {
    id: 'ahrq-ideal',
    title: 'AHRQ Guide to Patient and Family Engagement: IDEAL Discharge Planning',
    url: 'https://www.ahrq.gov/patient-safety/patients-families/engagingfamilies/strategy4/index.html',
  },
  'ahrq-teachback': {
    id: 'ahrq-teachback',
    title: 'AHRQ Health Literacy Universal Precautions Toolkit, Tool 5: Use the Teach-Back Method',
    url: 'https://www.ahrq.gov/health-literacy/improve/precautions/tool5.html',
  },
  'cms-tcm': {
    id: 'cms-tcm',
    title: 'CMS Transitional Care Management Services (CPT 99495 / 99496)',
    url: 'https://www.cms.gov/outreach-and-education/medicare-learning-network-mln/mlnproducts/downloads/transitional-care-management-services-fact-sheet-icn908628.pdf',
  },
  'coleman-cti': {
    id: 'coleman-cti',
    title: 'The Care Transitions Intervention (Coleman): four pillars',
    url: 'https://caretransitions.org/',
  },
  'boost-8p': {
    id: 'boost-8p',
    title: 'SHM Project BOOST: the 8Ps risk assessment',
    url: 'https://www.hospitalmedicine.org/clinical-topics/care-transitions/',
  },
  lace: {
    id: 'lace',
    title: 'van Walraven et al., LACE index to predict early death or unplanned readmission, CMAJ 2010',
    url: 'https://doi.org/10.1503/cmaj.091117',
  },
  'cadence-practice': {
    id: 'cadence-practice',
    title: 'Contact cadence practice: an ideal and a maximum interval per client',
  },
});

export function isSourceId(id: string): id is SourceId {
  return Object.hasOwn(SOURCES, id);
}
