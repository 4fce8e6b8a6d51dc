// The content scripts' own property names, shortened in every content script with one mapping
// (vite.config.ts contentPropertyNames; tests/bench/content-size.mjs weighs the scripts the same way).
import { minifySync } from 'rolldown/utils';

/**
 * Property names the content scripts' own objects carry and nothing else reads (the reader's
 * environment and slicer, its pairs, lines and label rules, adapter rules, the shape rules' table).
 * A name joins only if no DOM or JavaScript object has it, no message or answer carries it, no page
 * data is read by it, and no code looks it up by a string (`in`, computed access). The parts' interface
 * with main.js (read, shapes, structured, more, cued, load, kit) and the answers' fields keep their
 * names. tests/e2e/content-names.e2e.ts reads the corpus with the built scripts against the sources;
 * tests/unit/messaging/content-names.test.ts keeps every message and reply field off this list.
 */
export const CONTENT_PROPERTY_NAMES = [
  'vis', 'slicer', 'checkpoint', 'due', 'yields', 'env', 'el', 'how', 're', 'weak', 'bare', 'score', 'lead', 'pairs', 'block', 'banner',
  'ambiguous', 'ambiguousDates', 'within', 'attr', 'scopeName', 'rootName', 'isSingleClient', 'isShownByMarkup', 'viewWidth',
  'nameOrigin', 'useBanner', 'lineOnly', 'dobLabelled', 'ageConfirmed', 'labelStart', 'seps', 'sep', 'notIds', 'maps', 'chosen',
  'shortText', 'matchLabel', 'looksLikeShownName', 'emptyReading', 'hintWords', 'namesClient', 'nameFrom', 'nameNear', 'SHAPE',
  'BANNER_HINT', 'readLine', 'readProse', 'tokensOf', 'dedupeLines', 'listLines', 'readStayProse', 'stayTable', 'othersLabel',
  'afterOthers', 'inOthersSection', 'cellBelow', 'extractGeneric', 'readLabelled', 'completeAdapterReading', 'withStructured',
  'hasPeopleTable', 'commonRegion', 'titledRegion', 'sexUnderName', 'sexInDetails', 'fullerName', 'identityProse', 'mononymIn',
  'pageName', 'titleName', 'nameAway', 'nameCells', 'othersName', 'sexBesideName', 'bracketedSummary', 'exactAge', 'afterAge',
  'iconLabelledId', 'firstTextName', 'labelsOtherResource', 'recordRow', 'recordTitle',
];

const include = new RegExp(`^(?:${CONTENT_PROPERTY_NAMES.join('|')})$`);

/**
 * `scripts` (name -> minified code) with CONTENT_PROPERTY_NAMES shortened: the mapping comes from all
 * of them at once, so a name is the same short name in each, and never one another property of any of
 * them already has.
 */
export function shortenPropertyNames(scripts) {
  const { mangleCache: cache, errors } = minifySync('content.js', Object.values(scripts).join(';\n'), { compress: false, mangle: false, mangleProps: { include } });
  if (errors.length || !cache) throw new Error(`content property names: ${errors.map((e) => e.message).join('; ') || 'no mapping'}`);
  return Object.fromEntries(
    Object.entries(scripts).map(([name, code]) => {
      const out = minifySync(name, code, { compress: false, mangle: false, mangleProps: { include, cache } });
      if (out.errors.length) throw new Error(`content property names in ${name}: ${out.errors.map((e) => e.message).join('; ')}`);
      return [name, out.code];
    }),
  );
}
