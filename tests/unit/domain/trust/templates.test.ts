import { describe, expect, it } from 'vitest';
import { DISCHARGE_ITEMS, DISCHARGE_SECTIONS, dischargeChecklist, lateItems, RISK_QUESTIONS, riskAnswer, suggestedTier } from '../../../../src/domain/checklists/discharge-checklist';
import { dischargeSectionKey, itemTextKey, itemWhyKey, sourceTitleKey, strategySummaryKey, strategyTitleKey } from '../../../../src/domain/text/message-keys';
import { isSourceId, SOURCES } from '../../../../src/domain/text/sources';
import { TRUST_ITEMS, TRUST_STRATEGIES } from '../../../../src/domain/checklists/trust-checklist';

// Ids are stored with every tick: this list may only grow. Changing or removing an id breaks users' records.
const TRUST_IDS = [
  'trust.respect.callbacks-on-time', 'trust.respect.on-time', 'trust.respect.asked-best-time', 'trust.respect.kept-promise',
  'trust.communication.fitted-plan', 'trust.communication.preferred-channel', 'trust.communication.honest-status', 'trust.communication.closing-summary',
  'trust.share.teach-back', 'trust.share.guided-step', 'trust.share.hard-topic', 'trust.share.written-info',
  'trust.pain.asked-hardest', 'trust.pain.root-cause', 'trust.pain.relieved', 'trust.pain.checked-fix',
  'trust.more.unexpected-call', 'trust.more.hospital-visit', 'trust.more.anticipated-need', 'trust.more.remembered',
];
const DISCHARGE_IDS = [
  ...['language', 'appointments', 'pending-results', 'services-equipment', 'medications', 'guidelines', 'written-plan', 'education', 'if-problem', 'teach-back', 'summary-sent', 'phone-reinforce'].map((i) => `discharge.red.${i}`),
  ...['include', 'discuss', 'educate', 'assess', 'listen'].map((i) => `discharge.ideal.${i}`),
  ...['problem-medications', 'psychological', 'principal-diagnosis', 'polypharmacy', 'health-literacy', 'patient-support', 'prior-hospitalisation', 'palliative-care'].map((i) => `discharge.boost.${i}`),
];

describe('trust checklist', () => {
  it('has the five strategies, each with 3–5 acts', () => {
    expect(TRUST_STRATEGIES.map((s) => s.id)).toEqual(['respect', 'communication', 'share', 'pain', 'more']);
    for (const s of TRUST_STRATEGIES) {
      expect(s.items.length).toBeGreaterThanOrEqual(3);
      expect(s.items.length).toBeLessThanOrEqual(5);
      for (const i of s.items) expect(i.id.startsWith(`trust.${s.id}.`)).toBe(true);
    }
  });

  it('keeps its stable ids', () => {
    for (const id of TRUST_IDS) expect(TRUST_ITEMS.map((i) => i.id)).toContain(id);
  });

  it('gives an auto rule only to acts the record can prove', () => {
    expect(TRUST_ITEMS.filter((i) => i.auto).map((i) => i.auto).sort()).toEqual(
      ['callbacks-on-time', 'extra-mile-contact', 'hospital-visit', 'pain-relieved', 'teach-back'],
    );
  });
});

describe('discharge checklist', () => {
  it('has RED 12, IDEAL 5 and the BOOST 8Ps as a separate section', () => {
    const count = (section: string) => DISCHARGE_ITEMS.filter((i) => i.section === section).length;
    expect([count('red'), count('ideal'), count('boost-8p')]).toEqual([12, 5, 8]);
    expect(DISCHARGE_SECTIONS).toEqual(['red', 'ideal', 'boost-8p']);
    const bySection = { red: 'ahrq-red', ideal: 'ahrq-ideal', 'boost-8p': 'boost-8p' };
    for (const i of DISCHARGE_ITEMS) expect(i.sourceId).toBe(bySection[i.section]);
  });

  it('keeps its stable ids', () => {
    for (const id of DISCHARGE_IDS) expect(DISCHARGE_ITEMS.map((i) => i.id)).toContain(id);
  });

  it('dates each item from the discharge date, across a month end', () => {
    const list = dischargeChecklist('2026-03-01');
    expect(list).toHaveLength(DISCHARGE_ITEMS.length - 8);
    expect(list.some((item) => item.section === 'boost-8p')).toBe(false);
    const byId = new Map(list.map((i) => [i.id, i]));
    expect(byId.get('discharge.red.language')).toMatchObject({ due: '2026-02-26', owner: 'care manager' });
    expect(byId.get('discharge.red.written-plan')?.due).toBe('2026-03-01');
    expect(byId.get('discharge.red.phone-reinforce')?.due).toBe('2026-03-03');
    expect(byId.get('discharge.red.medications')?.owner).toBe('pharmacy');
    for (const i of list) expect(i.due >= '2026-02-26' && i.due <= '2026-03-03').toBe(true);
  });

  it('is not late the first time the stay is seen: nothing falls due before that day', () => {
    const list = dischargeChecklist('2026-03-01', '2026-02-28');
    expect(list.find((i) => i.id === 'discharge.red.language')?.due).toBe('2026-02-28');
    expect(lateItems(list, () => false, '2026-02-28')).toEqual([]);
    // The next day, what was due on the first day and is still open is late; nothing else.
    const late = lateItems(list, (item) => item.id === 'discharge.ideal.include', '2026-03-01');
    expect(late.map((i) => i.due).every((due) => due === '2026-02-28')).toBe(true);
    expect(late.map((i) => i.id)).not.toContain('discharge.ideal.include');
    expect(late.length).toBeGreaterThan(0);
  });
});

describe('BOOST 8Ps risk screen', () => {
  it('answers yes, no or unknown by the latest answer of this stay', () => {
    expect(riskAnswer([], [], 100)).toBe('unknown');
    expect(riskAnswer([150], [], 100)).toBe('yes');
    expect(riskAnswer([150], [160], 100)).toBe('no');
    expect(riskAnswer([170], [160], 100)).toBe('yes');
    // An answer from an earlier stay says nothing about this one.
    expect(riskAnswer([50], [], 100)).toBe('unknown');
  });

  it('suggests a contact rhythm from the risks found', () => {
    expect(suggestedTier(0, false)).toBeUndefined();
    expect(suggestedTier(1, false)).toBe('medium');
    expect(suggestedTier(3, false)).toBe('high');
    expect(suggestedTier(0, true)).toBe('high');
    expect(RISK_QUESTIONS).toHaveLength(8);
  });
});

describe('all templates', () => {
  it('use unique ids and only known sources', () => {
    const ids = [...TRUST_ITEMS, ...DISCHARGE_ITEMS].map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of [...TRUST_ITEMS, ...DISCHARGE_ITEMS, ...TRUST_STRATEGIES]) expect(isSourceId(i.sourceId), i.id).toBe(true);
  });

  it('describe every source by its own id', () => {
    for (const [id, s] of Object.entries(SOURCES)) {
      expect(s.id).toBe(id);
    }
    expect(isSourceId('toString')).toBe(false);
  });
});

describe('message keys of the templates', () => {
  it('are the ids with dots and dashes made underscores, as chrome.i18n names require', () => {
    expect(itemTextKey('trust.respect.callbacks-on-time')).toBe('trust_respect_callbacks_on_time');
    expect(itemWhyKey('discharge.boost.prior-hospitalisation')).toBe('discharge_boost_prior_hospitalisation_why');
    expect(strategyTitleKey('respect')).toBe('strategy_respect_title');
    expect(dischargeSectionKey('boost-8p')).toBe('dischargeSection_boost_8p');
    expect(sourceTitleKey('birkhauer-2017')).toBe('source_birkhauer_2017');
  });

  it('never give two things the same key, though the mapping folds "-" and "." into "_"', () => {
    const keys = [
      ...[...TRUST_ITEMS, ...DISCHARGE_ITEMS].flatMap((i) => [itemTextKey(i.id), itemWhyKey(i.id)]),
      ...TRUST_STRATEGIES.flatMap((s) => [strategyTitleKey(s.id), strategySummaryKey(s.id)]),
      ...DISCHARGE_SECTIONS.map(dischargeSectionKey),
      ...Object.keys(SOURCES).map(sourceTitleKey),
    ];
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
