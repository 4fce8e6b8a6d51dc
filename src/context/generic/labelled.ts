import type { ContextField } from '../types';
import { withoutShortCaption } from './tooltip-short-caption';
import { cleanText, INLINE_TAGS, shortText } from '../parse/text';
import { textApartAtTouches, touchingChildren } from './touching-chips';
import { capitalCaptionTail, DIGIT_FIELDS } from './capital-caption-tail';
import { formatYMD, parseDate, splitPeriod } from '../parse/dates';
import { emptyReading, normalizeField, type ReadEnv, type Reading } from '../reading';
import { EXAMPLE_LEAD } from './example-prose';
import { PARTICIPATION_ROLE } from './fhir-participant-role';
import { subjectDisplayRead, subjectEncounterWeight } from './fhir-subject-reference';
import { mutedCaption } from './muted-caption';
import { nameWordsWithin } from './name-words-within';
import { nameLedLabels } from './name-led-labels';
import { identifierSystemLabel, matchLabel, PHONE_GLYPH, splitInlineLabels, type InlinePair, type LabelRule } from './labels';
import { controlValue, labelTarget, valueAfter } from './pairs';
import { BANNER_HINT, hintWords } from './hints';
import { readValue, up } from '../dom';
import { HASH_ID, labelledToken, lineSignals, NOT_TEXT, PERIOD_PHRASE, readLine, readProse, SEPARATED, tokensOf, type Line, type RawPair } from './line';
import { SHAPE } from './labels';
import { withoutUnknownFields } from './screen-row';
import { imageCaption } from './image-caption';
import { sexIcon } from './sex-icon';
import { userLabel } from './user-details';
import { placeBesideUser } from './user-bar-place';
import { elements } from './walk';
import { isColumnHeader } from './column-header';
import { ariaColumnHeader } from './aria-column-header';
import { cellBelow, valueRow } from './stacked-grid';
import { valueAbove } from './crm-caption';
import { valueAboveWrapper } from './scr-caption-wrapper';
import { afterStaffPair, pairRow } from './crm-pair-row';
import { splitIdAfterName } from './name-id';
import { dashIdAfterName } from './dash-id-after-name';
import { relativeBeforeIdentity } from './relative-sentence';
import { pastStayInHistoryList } from './history-list-stay';
import { beforeInsurance, insuranceLine } from './plan-number';
import { insuranceCaptioned } from './ins-caption-value';
import { inInsuranceCard } from './card-ocr';
import { afterPlanName } from './plan-named-value';
import { withoutCareProgrammeEnrolment } from './cm-enrolment';
import { idOfAnotherRow, notClientRow, oneDayStay } from './cda-row';
import { xmlViewerSource } from './cda-viewer';
import { patientContact } from './cda-contact';
import { othersContact } from './cda-others-contact';
import { pastNonRecordIds } from './cda-ids';
import { hl7Date } from './tr-hl7-date';
import { tagOf } from '../tag';
import { hintedId } from './ehr-hinted-id';
import { afterPhoneIcon } from './banner-phone-icon';
import { stayLabels } from './crm2-stay-labels';
import { HOLDER, holdsOthersSection, othersSection } from './scr-others-section';
import { inScreenBlock } from './screen-block';
import { titlesBlock } from './region-block';
import { sexInDetails, type Tailed } from './crm2-details-sex';
import { userBadge } from './cm-avatar';
import { onePhone } from './cm-line-phone';
import { namesUser } from './cm-signed-in';
import { headingBefore, RESULTS } from './cm-heading-before';
import { clinicianHeading } from './ip-clinician-heading';
import { visitYields } from './ip-visit-date';
import { classedLabel } from './tr-classed-label';
import { blankSlot } from './ip-empty-slot';
import { BED, placedBelow, rowOfGroup, UNIT } from './ip-stay-group';
import { facilityYieldsToUnit } from './st-facility-unit';
import { rowAfterOthers } from './ip-others-row';
import { homeAfterStaff } from './home-after-staff';
import { copiesName, upToInitial } from './one-person-copies';
import { datedPeriod } from './ip-period-start';
import { sexAfterBirthDate } from './am-dob-age-sex';
import { bannerNamesOther } from './gp-banner-name';
import { staffRecord } from './hc-staff-record';
import { withoutStatusBadge } from './hh-status-badge';
import { nameLine } from './name-line';
import { employeeCaptionHolds, employeeCaptioned, employeeNumber } from './occ-employee';
import { occHealthPage } from './occ-health-page';
import { callerCaptionHolds } from './crisis-caller';
import { callbackHolds } from './triage-callback';
import { withoutCallStay } from './call-record-stay';
import { sexBesideAgeChip } from './chip-age-sex';
import { DOB_AFTER_NAME } from './hc-name-dob';
import { headingNameParts } from './heading-name-parts';
import { captionBesideChoice } from './hc-implicit-label';
import { looksLikeShownName } from './name-shape';
import { blockLeadName } from './block-lead-name';
import { ENTITY_TYPE, NAME_CANDIDATES, nameFrom, nameNear } from './name-near';
import { readStayProse } from './stay-prose';
import { stayTable } from './stay-table';
import { afterOthers, inOthersSection, othersLabel } from './others';
import { commonRegion } from './region';
import { hasPeopleTable } from './people-table';
import { inPeopleTableRow } from './people-table-row';
import { titledRegion } from './titled-region';
import { sexUnderName } from './crm-subtitle';
import { fullerName } from './full-name';
import { unitAndBed } from './ip-unit-bed';
import { oneNamedBanner } from './am-one-named-banner';
import { bodyHeading } from './body-region';
import { chosenPhone } from './gp-phone-choice';
import { whichStay } from './st-stays';
import { datesVisit } from './st-visit-value';
import { identityProse, nameThenMrn } from './prose-identity';
import { mononymIn } from './mononym';
import { pageName } from './page-name';
import { titleName } from './crm2-title-name';
import { nameAway } from './name-away';
import { nameCells, othersName } from './product-name-cells';
import { sexBesideName } from './product-sex-beside-name';
import { bracketedSummary } from './ehr-bracket-summary';
import { exactAge } from './ehr-age-parts';
import { afterAge } from './ehr-age-dob';
import { iconLabelledId } from './ehr-icon-id';
import { firstTextName } from './first-text-name';
import { ledName } from './led-name';
import { recordRow } from './banner-record-row';
import { recordTitle } from './scr-record-title';
import { recordLinkName } from './record-link-name';
import { headedRow } from './cm-headed-row';
import { partyRowTokens } from './party-role-row';
import { sexBesideAge } from './ip-age-sex';
import { namesRegion } from './ip-region-name';
import { chipsBetweenSeparators } from './separator-chips';
import { othersPanel } from './cr-named-panel';
import { dialogTitle } from './gp-dialog-title';
import { subjectName } from './am-subject-name';
import { captionedControls } from './hc-form-group';
import { legendChoice } from './legend-choice';
import { ariaChoice } from './aria-choice-group';
import { boxedChoice } from './boxed-choice';
import { inKinTable } from './kin-table';
import { itemRow } from './hc-item-row';
import { pairRowCell } from './sc-pair-row';
import { titlesRows } from './sc-section-table';
import { headedStayPlace } from './st-headed-block';
import { placeInIdentityGroup } from './identity-group-place';
import { ENCOUNTER_LOCATION, encounterLocation, LOCATION_RULE } from './fhir-locations';
import { bareIdColumn, bareIdUnderSex, bareLineId } from './am-bare-line-id';
import { BARE_ID_UNDER_SEX, rowBareId } from './row-bare-id';
import { lineLeadId } from './line-lead-id';
import { priorDischarges } from './hc-prior-discharge';
import { brCard } from './hc-br-card';
import { elementLabel } from './element-label-attr';
import { brLabelledLines, linesAtBreaks } from './br-labelled-lines';
import { brStayLines } from './br-stay-lines';
import { lineBoundValue } from './line-bound-value';
import { toLineEnd } from './line-end-value';
import { officeLine } from './office-line';
import { avatarName } from './hc-avatar-name';
import { captionRowBelow } from './hc-caption-row';
import { idAfterName } from './hc-next-id';
import { oneBannerRows } from './banner-split-rows';
import { firstRepeated, oneIdentityRepeated } from './repeated-identity';
import { pickedFromList } from './selected-row';
import { kinRowName } from './kin-row';
import { holdsSections } from './line-sections';
import { wardChipBefore } from './line-room-place';
import { RELATION } from './relation-words';
import { legendLabelsValue } from './relation-group';
import { orgRecordLabel } from './org-record-label';
import { ariaFieldText } from './aria-field-text';
import { subjectLookup } from './subject-lookup';
import { currentEncounterStart } from './current-encounter-start';
import { inpatientVisitStart } from './inpatient-visit-start';
import { inpatientVisitHeading } from './inpatient-visit-heading';
import { adtCardPlace } from './adt-card-place';
import { planPeriod } from './plan-period';
import { letterPhone } from './gp-letter-phone';
import { barePhoneToken } from './bare-phone-token';
import { chipLabel } from './chip-label';
import { addressedProse } from './addressed-prose';
import { recordHeaderName } from './record-header-name';
import { planNumber } from './plan-section';
import { typedPhone } from './typed-phone';
import { sexAfterBirth } from './sex-after-birth';
import { namedCardName } from './sc-named-card';
import { typedCardName } from './typed-card-name';
import { aboutCaptionName } from './about-caption';
import { captionCellName } from './caption-cell-below';
import { colonlessName } from './colonless-name';
import { ownPhoneSegment } from './own-phone-segment';
import { CHIP_PLACE, stayChipPlace } from './stay-chip-place';
import { withoutBareLineDates } from './bare-line-date';
import { pipedIdentifier } from './fhir-piped-identifier';
import { inContactGroup, nestedGroupValue, referenceDisplay } from './fhir-nested-group';
import { outranked, strongest } from './weak-id-below';
import { emrLinkedId } from './emr-linked-id';
import { withoutHoldersBirthDates } from './holder-dob';
import { withoutHoldersNames } from './holder-name';
import { withoutOthersBirthDates } from './others-dob';
import { othersValue } from './others-value';
import { patientButton } from './patient-button';
import { printedColumns } from './printed-columns';
import { printedNameRow } from './printed-name-row';
import { statusCell, underColumnHeader } from './column-value';
import { oneRecordIds } from './record-ids';
import { ENCOUNTER_PLACE, encounterPlace, placeAfterPeriod } from './encounter-place';
import { serviceProviderPlace } from './st-service-provider';
import { styledLikeLabels } from './styled-label';
import { captionColumn } from './caption-column';
import { partyRow } from './party-row';
import { withoutContextCaption } from './context-caption';
import { inSuggestedMatch } from './suggested-match';
import { encounterButton } from './encounter-button';
import { withoutOutpatientStartOfCare } from './therapy-poc';
import { withoutLoneDepartment } from './ed-visit-labels';
import { edArrivalYields } from './ed-arrival-yields';
import { givenHeading } from './given-heading';
import { bodyHeadingName } from './body-heading-name';
import { boldHeadRow } from './bold-head-row';
import { newbornAfterRecord } from './newborn-section';
import { dueDateLabel } from './obstetric-edd';
import { isTextLayer, labelledRow, leadName, othersLines, textLayerLines } from './text-layer';
import { captionLead } from './caption-lead';
import { nextLinePair } from './next-line-pair';
import { SUBJECT_CAPTION } from './letter-subject';
import { relativeLedStrip } from './relative-led-strip';
import { inReferenceSummary } from './fhir-reference-summary';
import { summarySex } from './fhir-summary-sex';
import { inUnpickedOption } from './unpicked-option';
import { landmarkName } from './landmark-name';
import { iconCaption, referencedCaption } from './referenced-caption';
import { captionOverBreak } from './caption-over-break';
import { pickedNamedTable } from './picked-table';
import { letterAddressee } from './letter-addressee';
import { withoutFaceToFace } from './face-to-face';
import { phoneAfterRelative } from './phone-after-relative';
import { captionOfRows } from './caption-rows';
import { leadsRowAbovePairs } from './row-above-pairs';
import { instructedCaption } from './label-instruction';
import { reachPhone } from './reach-phone';
import { credentialTail } from './credential-tail';
import { doctorTitled } from './titled-clinician';
import { colonlessLeadLabel } from './colonless-lead-label';
import { phoneLeadSegment } from './phone-lead-line';

/**
 * The visible-text half of the generic reader. It finds label/value pairs in any layout (dt/dd,
 * th/td, label + value, "Label: value" text, aria-label), banner lines read by shape, and a
 * document's one-line summary; it prefers what sits in the patient banner, finds the name beside
 * the banner when no label names it, and gives up (reject) when the page shows several clients.
 */

type Origin = 'label' | 'line' | 'prose' | 'heading';

interface Pair {
  el: Element;
  field: ContextField;
  value: string;
  ambiguous: boolean;
  how: string;
  banner: Element | null;
  origin: Origin;
  dischargeActual?: boolean;
  weak?: number;
}

export interface FoundLine {
  el: Element;
  line: Line;
  banner: Element | null;
}

/** `reject`: the page shows several clients or a list of people, so nothing may be read from it. */
/** `none` may carry what the page shows without saying whose (the stay in a header), for the app state that names the client. */
export type LabelledOutcome = { kind: 'none'; reading?: Reading } | { kind: 'reject' } | { kind: 'one'; reading: Reading; confidence: number };

/** Elements scanned at most; beyond this a page is a hostile one or a list, not a chart. */
const MAX_ELEMENTS = 30000;
const IDENTITY = new Set<ContextField>(['name', 'mrn', 'dob']);
/** Elements scanned past the last banner identity field found. */
const PAST_BANNER = 80;
/**
 * Elements scanned further for what a record labels below its banner (the stay, a phone, the unit in
 * a details section): nothing that says who the client is is taken there.
 */
const TAIL = 1200;
/** Nodes read at most from one scanned element. */
const SCAN_NODES = 40;
const MAX_LINES = 40;
const INLINE_TEXT_HOSTS = new Set(['P', 'DIV', 'SPAN', 'LI', 'TD', 'DD', 'LABEL', 'B', 'STRONG', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SMALL', 'EM']);
/** Cells that pair a label with a value by layout, so the label needs no colon. */
const CELL_TAGS = new Set(['TH', 'TD', 'DT', 'LABEL']);
/** Navigation and menus list sections ("Patient", "Reports"): a label there labels nothing. */
const NAVIGATION = 'nav, [role="navigation"], [role="menu"], [role="menubar"], [role="tablist"], select, option';
const NOT_LABEL_TAGS = new Set(['LI', 'A', 'OPTION']);
/** "<td><b>PATIENT</b> OKAFOR, RAYMOND C</td>": a cell's leading bold word labels the rest of the cell, colon or not. */
function leadsCell(el: Element): boolean {
  const cell = el.parentElement;
  let first = cell?.firstChild;
  while (first && first.nodeType === 3 && !first.nodeValue?.trim()) first = first.nextSibling;
  return first === el && (tagOf(el) === 'B' || tagOf(el) === 'STRONG') && CELL_TAGS.has(tagOf(cell as Element));
}
const ROW_CONTAINERS = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'UL', 'OL', 'DL']);
const RELATIVE = new RegExp(`\\([^)]*(?:${RELATION.source}|emergency|next[- ]of[- ]kin)[^)]*\\)`, 'i');
const TEL_LINK = 'tel: link';
const LEADING_PHONE_GLYPH = new RegExp(`^${PHONE_GLYPH}`, 'u');
/** What an inline text may hold a label by: a colon or '=', a birth or record word, or a phone glyph, a phone's caption (labels.ts). */
const INLINE_LABEL_CUE = new RegExp(`[:=]|\\b(?:born|dob|mrn|birth) |${PHONE_GLYPH}`, 'iu');
const STAY_FIELDS: ReadonlySet<ContextField | null> = new Set(['admitDate', 'dischargeDate', 'location']);
const STAY_WORD = /admi(?:tted|ssion|t date)|discharge|hospitali[sz]ed|in (?:the )?hospital/i;
const STAY_PROSE = /in a sentence$/;
const BRACKET_SUMMARY = /\(\s*[^\s(),]*\d[^(),]*,[^()]*\)/;
const AGE_DOB = /\d\s*(?:y\w*\.?\s*)?\(\s*(?:dob|d\.o\.b|born|birth|date of birth|(?:fe)?male|[mf]\s*\))/i;
const ID_LEAD = /^(?:[A-Za-z]{1,6}-?\d[\w-]{3,20}|\d{5,12})$/;
const AGE_PARTS = /\d\s*(?:y|yrs?|years?),?\s+\d{1,2}\s*(?:m|mos?|months?)\b/i;
const OWN_PHONE_HINT = /\b(?:patient|pt|client|member|resident)(?:'s)?(?:\s+(?:home|mobile|cell|work|primary|preferred)\b|\s*:\s*\(?\d)/i;
const NARRATIVE_HINT = /\b(?:narrative|summary|header|banner|resource|generated|hapi|text|subject)\b/;

function bannerOf(el: Element, cache: Map<Element, Element | null>): Element | null {
  const chain: Element[] = [];
  let found: Element | null = null;
  let cur: Element | null = el;
  for (let depth = 0; cur && depth < 30; depth++) {
    const cached = cache.get(cur);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    chain.push(cur);
    const tag = tagOf(cur);
    if (tag === 'BODY' || tag === 'HTML') break;
    if (tag === 'HEADER' || cur.getAttribute('role') === 'banner' || BANNER_HINT.test(hintWords(cur))) {
      found = cur;
      break;
    }
    cur = up(cur);
  }
  for (const c of chain) cache.set(c, found);
  return found;
}

/** How many child elements `el` has, counted no further than `cap + 1` (the engine's own count walks them all). */
function childElements(el: Element, cap: number): number {
  let n = 0;
  for (let c = el.firstElementChild; c && n <= cap; c = c.nextElementSibling) n++;
  return n;
}

function onlyInlineChildren(el: Element): boolean {
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (++n > 4 || (tagOf(c) !== 'BR' && !INLINE_TAGS.has(tagOf(c)))) return false;
  return true;
}

/**
 * The label of the table row a label sits in, when it is not the first cell itself: document headers
 * group values under a row label ("Encounter: ID: 55120938, Date/Time: from … to …", "Guardian: …").
 */
function rowLabel(el: Element): LabelRule | null {
  // A label cell heads its own row; the row it belongs to may be the one around its table.
  for (let row = el.closest('tr'), k = 0; row && k < 3; row = row.parentElement?.closest('tr') ?? null, k++) {
    const first = row.firstElementChild;
    if (!first || first.contains(el)) continue;
    // Unless the row is pairs side by side, its first cell only its own value's label (sc-pair-row.ts).
    if (pairRowCell(el, row)) return null;
    const text = shortText(first, 40);
    return text ? matchLabel(text) : null;
  }
  return null;
}

/** Reads a label inside a row by what the row is about: nothing of another person, only the stay of an encounter. */
function inRow(rule: LabelRule, labelText: string, el: Element): LabelRule | null {
  const row = rowLabel(el);
  if (!row) return idOfAnotherRow(labelText, el) ? null : rule;
  // A row an encounter's number heads ("Encounter Id … Encounter Date") still dates the stay.
  if (row.field === null) return ((rule.field === 'admitDate' || rule.field === 'dischargeDate') && row.re.test('encounter id')) || afterStaffPair(el, rule) ? rule : null;
  if (row.period) {
    if (/^(?:date|time|date\s*\/\s*time|period|dates?)\s*:?$/i.test(labelText.trim())) return SHAPE.period;
    return rule.field === 'location' || rule.field === 'admitDate' || rule.field === 'dischargeDate' ? rule : null;
  }
  return rule;
}

/**
 * The text of an element whose children are all inline (most labels and values): the engine's own
 * textContent, which is what shortText would join, at a fraction of the cost. Null when it has block
 * children (shortText puts word breaks between those) or is too long to be a value.
 */
function inlineText(el: Element, inlineOnly: boolean): string | null {
  // A line break's lines glue in textContent ("Jane DoeBirthdate: …"): shortText breaks them.
  if (!inlineOnly || !el.firstElementChild || el.querySelector(':scope > br')) return null;
  // Chips side by side with no white space between them still read apart (touching-chips.ts).
  if (touchingChildren(el)) return textApartAtTouches(el, 240);
  const raw = el.textContent ?? '';
  if (raw.length > 960) return null;
  const text = cleanText(raw);
  return text && text.length <= 240 ? text : null;
}

/** "0881452 HAR 4417729061": an identifier ends where the next label word (HAR, FIN, CSN…) begins. */
function cutAtLabelWord(value: string): string {
  const words = value.split(/\s+/);
  for (let i = 1; i < words.length; i++) if (/^[A-Za-z#]/.test(words[i] as string) && matchLabel(words[i] as string)) return words.slice(0, i).join(' ');
  return value;
}

/**
 * Cuts "3 East, Room 307 Attending: Dr. X" at the next label ("Attending:"); for a value that needs a digit, never at
 * the capitals that end its own caption ("PHONE ON FILE: 555-…", capital-caption-tail.ts).
 */
function cutAtNextLabel(value: string, needsDigit = false): string {
  const re = /\s([^\s:][^:]{0,30}?):\s/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value))) {
    const label = m[1] as string;
    // A separator glued to the label ("Vasquez-Lind|MRN:", a bar with no spaces around it) parts words as a space
    // does: else the name's last word goes with the label (glued-separator-label.test.ts).
    const starts = [...label.matchAll(/[^\s|•·]+/g)].map((w) => w.index);
    const tailAt = (k: number) => starts[starts.length - k] as number;
    let cut = 0;
    for (let k = Math.min(3, starts.length); k >= 1 && !cut; k--) if (matchLabel(label.slice(tailAt(k)))) cut = k;
    if (!cut && starts.length && /^\p{Lu}/u.test(label.slice(tailAt(1))) && !(needsDigit && capitalCaptionTail(value.slice(0, m.index + 1 + label.length)))) cut = 1;
    if (cut) return value.slice(0, m.index + 1 + tailAt(cut)).replace(/[\s|•·]+$/, '');
  }
  return value;
}

function stripLeadingLabel(text: string, el: Element, ariaLabel: string): string {
  const first = el.firstElementChild;
  const firstText = first ? shortText(first, 40) : null;
  if (firstText && matchLabel(firstText) && text.startsWith(firstText)) return text.slice(firstText.length).replace(/^\s*:?\s*/, '');
  if (text.toLowerCase().startsWith(ariaLabel.toLowerCase())) return text.slice(ariaLabel.length).replace(/^\s*:?\s*/, '');
  return withoutShortCaption(text, ariaLabel);
}

/** Lines that repeat under one parent, each with its own birth date or identifier, are a list of people. */
export function listLines(lines: FoundLine[]): Set<FoundLine> {
  const byParent = new Map<Element, FoundLine[]>();
  for (const l of lines) {
    const keys = l.line.pairs.filter((p) => p.rule.field === 'dob' || p.rule.field === 'mrn');
    if (keys.length === 0) continue;
    for (let p = up(l.el), k = 0; p && k < 2; p = up(p), k++) {
      const group = byParent.get(p) ?? [];
      group.push(l);
      byParent.set(p, group);
    }
  }
  const out = new Set<FoundLine>();
  // Unless they are one banner's two rows (banner-split-rows.ts), or one person's identity repeated (repeated-identity.ts).
  for (const group of byParent.values()) if (new Set(group.map((g) => g.el)).size >= 2 && !oneBannerRows(group) && !oneIdentityRepeated(group)) for (const g of group) out.add(g);
  return out;
}

/** Nested elements often make the same line twice: keep the one that says the most. */
export function dedupeLines(lines: FoundLine[]): FoundLine[] {
  // Unless the outer one holds two lines each led by a name: two people's rows, run together into one identity.
  const named = (a: FoundLine) => lines.filter((b) => b !== a && a.el.contains(b.el) && b.line.lead !== undefined).length >= 2;
  const kept = lines.filter((a) => !named(a));
  return kept.filter((a) => !kept.some((b) => b !== a && ((a.el.contains(b.el) && b.line.score >= a.line.score) || (b.el.contains(a.el) && b.line.score > a.line.score))));
}

/** `within`: read that block alone (an adapter's patient block), whose name the caller knows. */
export async function readLabelled(doc: Document, env: ReadEnv, within?: Element): Promise<LabelledOutcome> {
  const body = doc.body;
  if (!body || xmlViewerSource(doc)) return { kind: 'none' };
  let pairs: Pair[] = [];
  const parts: Partial<Record<'given' | 'middle' | 'family' | 'second', { value: string; el: Element; banner: Element | null; bare?: boolean }>> = {};
  let lines: FoundLine[] = [];
  const subtitles: Element[] = [];
  const tailed: Tailed[] = [];
  const oneWord = new Set<string>();
  const staffLabels = new Set<string>();
  const staffValues: [string, string][] = [];
  const bannerCache = new Map<Element, Element | null>();
  let proposed = false;

  let index = 0;
  // Once a banner has given an identity, the scan only runs a little past it (other chips, a
  // second banner row) instead of through the whole chart body.
  let stopAt = Infinity;
  let tail = false;
  // Or a caption only a screen reader is given (muted-caption.ts).
  const seen = (e: Element) => env.vis.isVisible(e) || mutedCaption(e, env.vis);
  const add = (rule: LabelRule, raw: string, how: string, el: Element, origin: Origin, banner = bannerOf(el, bannerCache)) => {
    const field = rule.field;
    // A Patient's contact group holds the contact person's own labelled lines too ("<dt>Contact</dt><dd><div>Name: …</div>
    // <div>Telecom: phone: …</div>"), not only inner terms: read as the client's, they made two names and phones of one.
    if (inContactGroup(el)) return;
    if (rule.staff) {
      staffLabels.add(how);
      staffValues.push([how, raw]);
    }
    // Or one in an insurance or billing section (plan-section.ts), or right after a plan's name (plan-named-value.ts).
    if (field === 'mrn' && (insuranceLine(el) || planNumber(el, raw) || insuranceCaptioned(el, raw) || afterPlanName(el, raw, how))) return;
    // An insurance card's scanned text names its member, often not the client (card-ocr.ts).
    if ((IDENTITY.has(field as ContextField) || field === 'sex') && inInsuranceCard(el)) return;
    // What a matcher only proposes makes the page no one's (suggested-match.ts).
    if (IDENTITY.has(field as ContextField) && inSuggestedMatch(el)) proposed = true;
    // Or a document participant's telecom in its own row's contact cell (cda-others-contact.ts).
    if (field === 'phone' && othersContact(el)) return;
    // Or a remote or office visit's date under a visit's label (st-visit-value.ts).
    if ((field === 'admitDate' || field === 'dischargeDate') && datesVisit(raw)) return;
    // Or a pregnant client's due date (obstetric-edd.ts).
    if (field === 'dischargeDate' && dueDateLabel(how, el)) return;
    // "Age/Sex: 66/M": the sex beside the age under one label (ip-age-sex.ts).
    if (field === 'sex' && /\d/.test(raw)) raw = sexBesideAge(raw) ?? raw;
    // "Participant: Vivian DOE (Emergency contact, daughter)": the label names a relative.
    // Or an encounter's staff member (fhir-participant-role.ts).
    // Past the banner, the sex and what identifies are kept aside: the record's own details may repeat them (crm2-details-sex.ts).
    if (tail && origin === 'label' && (field === 'sex' || field === 'mrn' || field === 'dob') && tailed.length < 20) tailed.push({ field, raw, el });
    // Or a clinician's, credential and all, under a word that labels the client elsewhere ("Resident: Patel, Anika, MD"
    // in a teaching hospital's banner, credential-tail.ts).
    // Or a doctor's, titled so, under a bare word ("Resident: Dr. …", titled-clinician.ts).
    if (!field || (field === 'name' && (RELATIVE.test(raw) || PARTICIPATION_ROLE.test(raw) || credentialTail(raw) || (rule.bare && doctorTitled(raw)))) || (tail && (IDENTITY.has(field) || field === 'sex'))) return;
    // A baby's section after the mother's record identity (newborn-section.ts).
    // The record's identity so far is gathered only under a baby's heading: most pairs have none.
    if (newbornAfterRecord(el, () => pairs.filter((p) => IDENTITY.has(p.field)).map((p) => p.el))) return;
    const part = rule.value ? rule.value(raw) : raw;
    if (part === null) return;
    raw = part;
    // "DOB: 12/08/1949 (76 yo F)": the sex in the age's brackets after the birth date (am-dob-age-sex.ts).
    const sex = field === 'dob' ? sexAfterBirthDate(raw) : null;
    if (sex) add(SHAPE.sex, sex, `${how} (sex after the age)`, el, origin, banner);
    // "Patient: Whitlock, Rosamund (MRN: 60331907)": the record number in brackets after a labelled name is the client's.
    // Or after a spaced dash ("Family, Given - 8815", dash-id-after-name.ts).
    const bracketed = field === 'name' ? (raw.endsWith(')') ? splitIdAfterName(raw) : dashIdAfterName(raw)) : null;
    // Or in the element right after the name's (hc-next-id.ts).
    const id = bracketed?.id ?? (field === 'name' && origin === 'label' && el.nextElementSibling?.textContent?.trimStart()[0] === '(' ? idAfterName(el) : null);
    if (id) add(SHAPE.mrn, id, how, el, origin, banner);
    if (bracketed?.id) raw = bracketed.name;
    // Or its birth date (hc-name-dob.ts).
    const born = field === 'name' ? DOB_AFTER_NAME.exec(raw) : null;
    if (born) {
      add(SHAPE.dob, born[1] as string, how, el, origin, banner);
      raw = raw.slice(0, born.index);
    }
    if (rule.period) {
      // Or the encounter's class and place, no dates ("Inpatient, Cedar Hollow Regional", encounter-place.ts).
      const place = encounterPlace(raw);
      if (place) return add(ENCOUNTER_PLACE, place, how, el, origin, banner);
      const period = splitPeriod(raw);
      if (!period) return;
      // Or its class, its period and its place, in that order (encounter-place.ts).
      const after = placeAfterPeriod(raw);
      if (after) add(ENCOUNTER_PLACE, after, how, el, origin, banner);
      if (period.end === undefined && oneDayStay(el, raw)) period.end = period.start;
      add({ field: 'admitDate', re: rule.re }, period.start, how, el, origin, banner);
      if (period.end) {
        const end = parseDate(hl7Date(period.end), { order: env.dateOrder, today: env.today });
        const past = end !== null && end.iso <= formatYMD(env.today.y, env.today.m, env.today.d);
        add({ field: 'dischargeDate', re: rule.re, dischargeActual: past }, period.end, how, el, origin, banner);
      }
      return;
    }
    if (rule.part) {
      const value = cutAtNextLabel(raw).trim();
      if (value && value.length <= 40 && !/\d/.test(value) && parts[rule.part] === undefined) parts[rule.part] = { value, el, banner, bare: rule.bare };
      return;
    }
    // "Patient: Jane DOE @ Acme": where the client is seen follows the name.
    const n = normalizeField(field, field === 'mrn' ? cutAtLabelWord(cutAtNextLabel(pastNonRecordIds(raw), true)) : cutAtNextLabel(field === 'name' ? (raw.split(/\s@\s/)[0] as string).replace(/,\s*(?:fe)?male\b.*$|(\p{L}{3})\.$/iu, '$1') : raw, DIGIT_FIELDS.has(field)), env);
    // One word is a section title or a first name alone far more often than a whole client's name: kept aside (a mononym?).
    if (!n || (field === 'name' && !n.value.includes(' '))) return void (n && field === 'name' && oneWord.add(n.value));
    const pair: Pair = { el, field, value: n.value, ambiguous: n.ambiguous, how, banner, origin };
    if (rule.dischargeActual !== undefined) pair.dischargeActual = rule.dischargeActual;
    if (rule.weak) pair.weak = rule.weak;
    pairs.push(pair);
    if (banner && IDENTITY.has(field)) stopAt = index + PAST_BANNER;
  };
  const addRaw = (raw: RawPair[], el: Element, origin: Origin, banner?: Element | null) => {
    raw.forEach((p, i) => {
      if (p.rule.field === 'phone' && i > 0 && othersLabel((raw[i - 1] as RawPair).how.replace(/^label "|"$/g, ''))) return;
      add(p.rule, p.raw, p.how, el, origin, banner === undefined ? bannerOf(el, bannerCache) : banner);
    });
  };

  // `given`: the line's tokens where the markup does not part them (printed-columns.ts).
  const scanLine = (el: Element, text: string, given?: string[]) => {
    // Containers of rows or items are not one line: their rows and items are (a tag is tested before the text is).
    if (tail || lines.length >= MAX_LINES) return;
    const tag = tagOf(el);
    if (ROW_CONTAINERS.has(tag) || (NOT_LABEL_TAGS.has(tag) && tag !== 'LI') || holdsSections(el)) return;
    // A case's parties table: only the row its role column gives the client's role, its values under their headers,
    // however few signals its text shows (party-role-row.ts); another party's row reads nothing.
    if (!given && tag === 'TR') given = partyRowTokens(el, seen) ?? undefined;
    // Chips with no white space between their tags ("<span>Male, 80</span><span>05/21/1946</span>") run together in the text: judged apart.
    // Or a header's column of bare lines under the name (am-bare-line-id.ts).
    if ((childElements(el, 12) > 12 && chipsBetweenSeparators(el, 12) > 12) || (!given && lineSignals(text) < 2 && !(/\p{Ll}\p{Lu}|\d{9}/u.test(text) && lineSignals(Array.from(el.children, (c) => c.textContent).join(' ')) > 1) && !bareIdColumn(el))) return;
    if (!env.vis.isVisible(el)) return;
    // Each chip is judged as the page shows it (a stylesheet hides one chip as well as a whole line), once per read.
    let tokens = given ?? beforeInsurance(tokensOf(el, seen, (e) => env.vis.whiteSpaceKept(e)));
    // A letter's subject line ('<b>Re:</b> Jane Doe, DOB: …') names whom the letter is about.
    if (SUBJECT_CAPTION.test(tokens[0] ?? '')) tokens = tokens.slice(1);
    // The last row under a row of column headers is read as labelled values (cm-headed-row.ts).
    // Up to its insurance, as any line: a coverage table's row ("Payer | Member ID | Subscriber DOB") is the plan's.
    if (tag === 'TR' && !el.nextElementSibling && (el.previousElementSibling ?? el.parentElement?.previousElementSibling)?.querySelector('th')) tokens = beforeInsurance(headedRow(el, seen) ?? tokens);
    // "Name (ID, Female, 41 Years)": the number and the demographics in the brackets after the name (ehr-bracket-summary.ts).
    if (BRACKET_SUMMARY.test(text)) tokens = bracketedSummary(tokens) ?? tokens;
    // "22 years, 1 month, 2 days | 02/11/2004": the age to the day orders the date's day and month (ehr-age-parts.ts).
    if (AGE_PARTS.test(text)) tokens = exactAge(tokens, env.today) ?? tokens;
    // "<i class=fa-id-card></i> ABC200016 | …": an icon standing for the identifier's label (ehr-icon-id.ts).
    if (ID_LEAD.test(tokens[0] ?? '') && el.querySelector('i, svg')) tokens = iconLabelledId(el, tokens) ?? tokens;
    // A banner line is short values (an identifier's authority or OID in brackets aside); a sentence of a note ("Son lives out of state, DOB …") is prose.
    if (tokens.some((t) => t.replace(/\s*\([^()]*\)$/, '').length > 50 || /(?:^|\s)[a-z]+\s+[a-z]+\s+[a-z]+/.test(t)) || RELATION.test(tokens[0] ?? '') || relativeBeforeIdentity(tokens)) return;
    const line = readLine(tokens, env.today, env.dateOrder);
    // A caption the reader does not know, styled like the line's known ones, is no name (caption-lead.ts).
    if (line.lead !== undefined && captionLead(el, tokens)) delete line.lead;
    line.pairs = onePhone(line.pairs, SHAPE.phone, el);
    // A header column's bare id under the name and sex (am-bare-line-id.ts).
    const bareId = bareIdUnderSex(line, bannerOf(el, bannerCache) !== null);
    if (bareId) {
      line.pairs.push({ rule: SHAPE.mrn, raw: bareId, how: BARE_ID_UNDER_SEX });
      line.score += 1;
    }
    const identity = line.pairs.some((p) => p.rule.field === 'dob' || p.rule.field === 'mrn');
    if (line.score < 2 || !identity || notClientRow(rowLabel(el), el) || othersValue(el) || holdsOthersSection(el) || othersSection(el) || headingBefore(el, RESULTS) || (!!el.closest('tr')?.closest('table')?.querySelector('th') && recordRow(el))) {
      // "Male · 71 yrs · Medicare Advantage": the client's only right under the name (crm-subtitle.ts).
      if (!identity && line.pairs.some((p) => p.rule.field === 'sex')) subtitles.push(el);
      return;
    }
    const banner = bannerOf(el, bannerCache);
    lines.push({ el, line, banner });
    if (banner || line.score >= 3) stopAt = Math.min(stopAt, index + PAST_BANNER);
  };

  const scanProse = (el: Element, whole: string) => {
    // Read from its shown parts once the whole text reads as prose (a note's "Plan: …" costs no judging).
    // Or a note's sentence that opens with the name and its record number, no colon (prose-identity.ts).
    // Or a document addressed to the client ("Prepared for Jane Doe, date of birth …", addressed-prose.ts).
    const text = (readProse(whole) ?? nameThenMrn(whole) ?? addressedProse(whole)) && shortText(el, 240, SCAN_NODES, seen);
    const prose = text && (readProse(text) ?? nameThenMrn(text) ?? addressedProse(text));
    if (!prose) return;
    // Prose speaks for the page only in a document's header or narrative, or when it names its subject.
    let context = /^(?:patient|member|client|resident)\b/i.test(text);
    for (let cur: Element | null = el, k = 0; cur && k < 5 && !context; cur = up(cur), k++) {
      context = cur.hasAttribute('xmlns') || NARRATIVE_HINT.test(hintWords(cur));
    }
    // A document's one-line summary stands for its header, like a banner line does.
    // Or a person's card in lines broken by <br> (hc-br-card.ts). Neither under another person's heading nor a search's
    // results: a sentence there names that person ("Also seen today: Ada Fenwick (DOB …)"), never a client.
    const read = context ? prose : othersSection(el) || headingBefore(el, RESULTS) ? null : identityProse(prose, text, el) ?? brCard(prose, el);
    if (read) addRaw(read, el, 'prose', bannerOf(el, bannerCache) ?? el);
    // And how to reach them, in a later sentence of the same prose (reach-phone.ts).
    const reach = read ? reachPhone(whole) : null;
    if (reach) add(SHAPE.phone, reach, 'a sentence on reaching them', el, 'prose', bannerOf(el, bannerCache) ?? el);
  };

  // A doctor named in the sentence admitted the client; a relative named there is whose stay it is.
  // Judged sentence by sentence: "Lives with wife …" after the stay's sentence does not make the stay hers.
  const scanStayProse = (el: Element, text: string) => {
    for (const sentence of text.split(/(?<=[a-z\d)]{2}\.)\s+(?=\p{Lu})/u)) {
      if (!STAY_WORD.test(sentence) || RELATION.test(sentence.replace(/\bdr\./gi, '')) || !env.vis.isVisible(el)) continue;
      const stay = readStayProse(sentence, env.today, env.dateOrder);
      // An ended stay in a utilization list with a later entry beside it is history (history-list-stay.ts).
      if (!pastStayInHistoryList(el, stay, env.today, env.dateOrder)) addRaw(stay, el, 'label');
    }
  };

  const inlinePairs = (el: Element, text: string, stayOnly = false) => {
    const inline = splitInlineLabels(text);
    inline.forEach((p, i) => {
      const rule = inRow(p.rule, p.label, el);
      if (stayOnly && !STAY_FIELDS.has(p.rule.field)) return;
      // A place after the signed-in user's label is theirs (user-details.ts).
      if (p.rule.field === 'location' && i > 0 && userLabel((inline[i - 1] as InlinePair).label)) return;
      // Or one beside the signed-in user's badge in the app's top bar (user-bar-place.ts).
      if (p.rule.field === 'location' && placeBesideUser(el)) return;
      if (p.rule.field === 'mrn' && inReferenceSummary(text, p.start)) return;
      const prev = inline[i - 1];
      const relative = p.rule.field === 'phone' && phoneAfterRelative(text, prev ? prev.start + prev.label.length : 0, p.start);
      if (rule && !relative && !(p.rule.field === 'phone' && (prev ? othersLabel(prev.label) : afterOthers(el))) && !(rule.field !== 'sex' && othersSection(el))) {
        // A value ends at its line's <br>, never reads into the next line's identifier type (line-bound-value.ts).
        add(rule, lineBoundValue(el, p.value), `label "${p.label}"`, el, 'label');
        // A FHIR patient summary's sex between the name and "DoB:" (fhir-summary-sex.ts).
        const sex = rule.field === 'name' ? summarySex(p.value, inline[i + 1]?.label) : null;
        if (sex) add(SHAPE.sex, sex, `label "${p.label}" (the summary's sex)`, el, 'label');
      }
    });
  };

  // ARIA grids met on the way (a model-driven subgrid's role=row divs), read as stay tables after the tables.
  const grids: Element[] = [];
  // PDF viewers' text layers met on the way: their runs are read as the layer's lines, never one by one.
  const layers = new Set<Element>();
  const scanElement = (el: Element) => {
    const tag = tagOf(el);
    if (el.parentElement && layers.has(el.parentElement)) return;
    if (tag === 'DIV' && isTextLayer(el)) {
      layers.add(el);
      if (!env.vis.isVisible(el)) return;
      const lines = textLayerLines(el, seen);
      const others = othersLines(lines);
      lines.forEach((line, i) => {
        const lead = others[i] ? null : leadName(line, lines[i - 1]);
        if (lead) add(SHAPE.name, lead.name, 'text layer: the name before the birth date', el, 'label');
        const row = labelledRow(lead ? line.slice(lead.labelsAt) : line);
        // Another person's block may still date the stay (a document's author before its encounter).
        if (splitInlineLabels(row).length > 0) inlinePairs(el, row, others[i]);
        else if (STAY_WORD.test(row)) scanStayProse(el, row);
      });
      return;
    }
    // Most elements carry no attribute at all: one call tells, instead of one per attribute.
    const attributes = el.hasAttributes();
    if (attributes && el.getAttribute('role') === 'grid' && tag !== 'TABLE' && grids.length < 10) grids.push(el);
    // A form's note field ("Admitted 03/02 from ED …") is read for the stay alone: a note names relatives, never identity.
    if (tag === 'TEXTAREA') {
      const note = readValue(el, 600);
      if (note) scanStayProse(el, note);
      return;
    }
    // The patient's button in a chart's header bar, read as a line led by the name (patient-button.ts).
    if (tag === 'BUTTON' && patientButton(el)) {
      const before = lines.length;
      scanLine(el, shortText(el, 240, SCAN_NODES) ?? '');
      if (lines.length > before && !lines[before]?.line.lead) lines.length = before;
      return;
    }
    if (NOT_TEXT.has(tag)) return;
    // A packet or inquiry printed as preformatted text ("PATIENT: DOE, JANE    MRN: 123"): each line read as inline labels, a
    // phone after another person's label theirs (tr-printed-lines.test.ts). Or a <div> of text alone whose style keeps
    // its line breaks (dom.ts whiteSpaceKept); where it keeps them and not its runs of spaces, a run shows as one space.
    const kept = tag === 'DIV' && !el.firstElementChild && el.textContent?.includes('\n') ? env.vis.whiteSpaceKept(el) : 'none';
    if (tag === 'PRE' || kept !== 'none') {
      let text = '';
      for (let n = el.firstChild; n && text.length < 4000; n = n.nextSibling) text += n.nodeType === 3 ? (n.nodeValue ?? '').slice(0, 4000) : shortText(n as Element, 200) ?? '';
      if (!env.vis.isVisible(el)) return;
      // Its labels are padded to align their colons ("Ward        : 6A"): one space apart, as a label is matched.
      const rows = (kept === 'breaks' ? text.replace(/[^\S\n]+/g, ' ') : text).split('\n', 60);
      rows.forEach((raw, i) => {
        // A row in a block the screen titles for another person is theirs, like a section's (screen-block.ts).
        if (inScreenBlock(rows, i, HOLDER)) return;
        // An unknown caption parted from the field before it by a gap ends that field's value (screen-row.ts).
        const row = cleanText(withoutUnknownFields(raw));
        // A row with no label of ours may give the stay in words ("Status : PATIENT HAS BEEN ADMITTED (11/26/2026@15:40)").
        if (splitInlineLabels(row).length > 0) inlinePairs(el, row);
        else if (STAY_WORD.test(row)) scanStayProse(el, row);
      });
      // Its heading row's columns, the name first, read as a banner line (printed-columns.ts).
      const before = lines.length;
      // Or its running header's patient row, led by the name, its values labelled (printed-name-row.ts).
      for (const columns of [printedColumns(rows), printedNameRow(rows)]) {
        if (columns && lines.length === before) scanLine(el, columns.join(' '), columns);
        if (lines.length > before && !lines[before]?.line.lead) lines.length = before;
      }
      return;
    }
    // A tooltip names what a chip shows ("<span title="Mobile">(555) …</span>"), never whose name it is.
    // Or a web component's own caption attribute (element-label-attr.ts).
    const named = attributes ? el.getAttribute('aria-label') ?? referencedCaption(el) ?? elementLabel(el) : null;
    const aria = (attributes ? named ?? el.getAttribute('title') : null) ?? iconCaption(el);
    if (aria && aria.length <= 40) {
      const rule = (named ? subjectLookup(el, named) : null) ?? matchLabel(aria);
      if (rule && (named || rule.field !== 'name') && !(rule.bare && namesRegion(el)) && !titlesBlock(el) && env.vis.isVisible(el)) {
        // Or the checked option of a choice the aria-label names (aria-choice-group.ts).
        const text = ariaChoice(el, rule.field, seen) ?? ariaFieldText(el, seen);
        const value = text && stripLeadingLabel(text, el, aria);
        if (value) add(rule, value, `aria-label "${aria.trim()}"`, el, 'label');
        // A label that repeats its own text as a tooltip ("<p title="Birthdate">Birthdate</p>") is read as a label below.
        // A region the label names as the patient's, its chips side by side, is read on as the banner line it is;
        // so is one whose text runs on past the name with digits (a case's one-line selected-person bar: no name has any).
        if ((value || named) && !(rule.field === 'name' && (childElements(el, 12) >= 3 || /\d/.test(value ?? '')))) return;
      }
    }
    // A phone printed as a call link in the banner is the client's, when it is the banner's only one: its
    // shown number, else the link's own ("Call mobile").
    const href = tag === 'A' && attributes ? el.getAttribute('href') ?? '' : '';
    if (/^tel:/i.test(href)) {
      const banner = bannerOf(el, bannerCache);
      const own = shortText(el, 80, 40, seen) ?? '';
      if (banner && banner.querySelectorAll('a[href^="tel:"]').length === 1 && env.vis.isVisible(el)) add(SHAPE.phone, /\d{3}/.test(own) ? own : href.slice(4), TEL_LINK, el, 'line', banner);
      // Or its phone glyph captions it as a label would ("☎ (412) 555-0178"), where it is nobody else's.
      else if (LEADING_PHONE_GLYPH.test(own) && !afterOthers(el) && !othersSection(el) && env.vis.isVisible(el)) for (const p of splitInlineLabels(own)) add(p.rule, p.value, `label "${p.label}"`, el, 'label');
      return;
    }
    const kids = childElements(el, 12);
    // Unless its children past the cap are separator marks between chips (separator-chips.ts).
    if (kids > 12 && chipsBetweenSeparators(el, 12) > 12) return;
    // A sex shown only as a glyph in the banner, its words in alt text or a tooltip (sex-icon.ts).
    const glyphSex = kids === 1 ? sexIcon(el) : null;
    if (glyphSex && bannerOf(el, bannerCache) && env.vis.isVisible(el)) return add(SHAPE.sex, glyphSex, 'sex icon', el, 'line');
    const inlineOnly = onlyInlineChildren(el);
    // A label holding a choice reads as its caption, not its options' text (hc-implicit-label.ts).
    // A cell whose caption is an image reads as the image's alt text (image-caption.ts).
    const text = ((tag === 'LABEL' ? captionBesideChoice(el) : null) ?? inlineText(el, inlineOnly) ?? shortText(el, 240, SCAN_NODES)) || (CELL_TAGS.has(tag) ? imageCaption(el) : null);
    if (!text) {
      // Too long to be read as one line, a block of <br>-broken 'Label: value' lines is still read line by line (a FHIR
      // narrative's field lines, br-labelled-lines.ts); or, naming no one, one that dates the stay (br-stay-lines.ts).
      const rows = (kids > 3 ? brLabelledLines(el) : null) ?? (kids > 1 && !othersSection(el) ? brStayLines(el) : null);
      if (rows && env.vis.isVisible(el)) rows.forEach((row) => inlinePairs(el, row));
      return;
    }
    // A part a stylesheet hides is in the element's text, not on the screen: a value taken from the text
    // itself is taken from what its shown parts say, judged only once a path is about to read one.
    const shown = () => textApartAtTouches(el, 240, SCAN_NODES, seen);
    // An assessment item's caption between its code and its controls (hc-item-row.ts).
    const item = kids > 1 ? itemRow(el) : null;
    const itemRule = item && matchLabel(item.caption);
    if (item && itemRule?.field && !othersSection(el) && env.vis.isVisible(el)) {
      const f = itemRule.field;
      const value = f === 'name' || f === 'sex' ? captionedControls(el, f, seen) : controlValue(item.after, seen);
      if (value) return add(itemRule, value, `label "${item.caption}"`, el, 'label');
    }
    const box = kids > 1 ? captionOverBreak(el) : null;
    const boxRule = box && matchLabel(box.caption);
    if (box && boxRule?.field && !othersSection(el) && !inOthersSection(el) && env.vis.isVisible(el)) return add(boxRule, box.value, `label "${box.caption}"`, el, 'label');
    if (kids > 3) {
      if (valueRow(el) || pairRow(el)) return;
      const before = lines.length;
      scanLine(el, text);
      // Unless no line was read and its lines are labelled fields broken by <br> (br-labelled-lines.ts).
      // Or they date the stay, naming no one (br-stay-lines.ts).
      const brLines = lines.length === before ? brLabelledLines(el) ?? (othersSection(el) ? null : brStayLines(el)) : null;
      if (brLines && env.vis.isVisible(el)) brLines.forEach((row) => inlinePairs(el, row));
      return;
    }

    // Identifier systems are URLs or URNs ("h…", "u…"): most texts are not tested at all.
    const system = /^[hu]/i.test(text) ? identifierSystemLabel(text) : null;
    if (text.length <= 40 || system || instructedCaption(text)) {
      const dateOnly = /^(?:date|time|date\s*\/\s*time)\s*:$/i.test(text);
      // Or "Value" under a contact point's legend (relation-group.ts). Or a visit card's inpatient type over its dates (inpatient-visit-heading.ts).
      const matched = system ?? matchLabel(text) ?? (dateOnly && rowLabel(el)?.period ? SHAPE.period : null) ?? (tag === 'LABEL' ? legendLabelsValue(el, text, matchLabel) : null) ?? orgRecordLabel(text) ?? currentEncounterStart(el, text) ?? inpatientVisitStart(el, text) ?? inpatientVisitHeading(el, text);
      const rule = matched && inRow(matched, text, el);
      if (matched && !rule) return;
      if (rule) {
        // Or a phone's kind set like its block's other labels (styled-label.ts); or a caption leading its row in a panel of
        // caption-and-value rows (caption-column.ts), or leading a row of a header whose other rows lead with known labels
        // (caption-rows.ts), or leading the row above a row of identity labels paired alike (row-above-pairs.ts).
        // Or in an element of its own before its value's text, beside chips built alike (chip-label.ts).
        if (rule.bare && !/[:=]$/.test(text.trimEnd()) && !CELL_TAGS.has(tag) && !leadsCell(el) && !classedLabel(el) && !(rule.field === 'phone' && styledLikeLabels(el)) && !captionColumn(el) && !captionOfRows(el) && !leadsRowAbovePairs(el) && !chipLabel(el)) return;
        // A weak identifier's word in a table's body cell is its column's value ("PRN" as a schedule, column-value.ts), and
        // so is a bare word ("Patient" under "Spoke With" in a call log), or a status ("Enrolled" under "Status").
        if ((((rule.weak ?? 0) >= 1 || rule.bare) && underColumnHeader(el)) || statusCell(el, text)) return;
        if (NOT_LABEL_TAGS.has(tag) || el.closest(NAVIGATION) || userBadge(el, text) || boldHeadRow(el)) return;
        // A form row (<div><label for=…>Last Name</label><input></div>) reads as its label's text: its
        // <label> names the control, the row's next sibling is another row.
        if (tag !== 'LABEL' && el.querySelector(':scope > label')) return;
        // Or a caption in a banner's first row of plain cells, its value under it (hc-caption-row.ts); never a table of
        // search results, which prints one match as that layout too.
        const row = tag === 'TD' && !el.parentElement?.previousElementSibling ? el.parentElement?.nextElementSibling : null;
        // Or an ARIA grid's column header, which labels no value beside it (aria-column-header.ts).
        const below = isColumnHeader(el) ? cellBelow(el) : ariaColumnHeader(el) ? null : row && !row.nextElementSibling && bannerOf(el, bannerCache) ? captionRowBelow(el) ?? undefined : undefined;
        if (below === null || !seen(el)) return;
        // A design system's label element names its control by `for` as a <label> does (ui5-label, hosted-control.ts).
        const target = below ? shortText(below, 200, 400, seen) : tag === 'LABEL' || (el.localName.includes('-') && el.hasAttribute('for')) ? labelTarget(el, doc, env.vis) : null;
        // A caption beside a blank value slot labels nothing, never the next tile's value (ip-empty-slot.ts).
        // A legend's value is its fieldset's checked option (legend-choice.ts).
        const choice = legendChoice(el, rule.field, seen);
        const value = choice !== null ? { text: choice, el: null } : target !== null ? { text: target, el: null } : blankSlot(el) ? null : (valueAfter(el, env.vis) ?? valueAbove(el, env.vis) ?? valueAboveWrapper(el, env.vis));
        // An empty value before the next line's own label and value (next-line-pair.ts).
        if (value?.el && nextLinePair(el, value.el)) return;
        // A FHIR tree viewer's element of elements is read by its inner terms (fhir-nested-group.ts).
        const group = value?.el ? nestedGroupValue(value.el, rule.field) : undefined;
        if (group === null) return;
        if (group !== undefined && value) value.text = group;
        else if (rule.field === 'location' && value) value.text = referenceDisplay(value.text);
        // Or one printed "system | value (type)" (fhir-piped-identifier.ts).
        const piped = rule.field === 'mrn' && value && group === undefined ? pipedIdentifier(value.text) : undefined;
        if (piped === null) return;
        if (piped !== undefined && value) value.text = piped;
        if (inContactGroup(el)) return;
        // A heading over a table of rows titles a section: its rows are read by their own labels (sc-section-table.ts).
        if (titlesRows(el, value?.el ?? null)) return;
        // Captioned controls under one label: a name's parts, a choice's checked option (hc-form-group.ts).
        // Or the box ticked among a printed form's boxes, each in its own label (boxed-choice.ts).
        if (value?.el && (rule.field === 'name' || rule.field === 'sex') && value.el.querySelector('input')) value.text = (rule.field === 'sex' ? boxedChoice(value.el, seen) : null) ?? captionedControls(value.el, rule.field, seen) ?? value.text;
        // A name printed a part per cell after its label ("Name: | Mrs. | Margaret | Kowalski").
        if (rule.field === 'name' && value?.el && !value.text.includes(' ')) value.text = nameCells(value.el, value.text, seen) ?? value.text;
        // Or followed by the record's status as a badge of its own ('Member: Doe, Jane <span>Active</span>', hh-status-badge.ts).
        if (rule.field === 'name' && value?.el) value.text = withoutStatusBadge(value.el, value.text);
        // Or by a line break with the next caption after it in the same cell (name-line.ts).
        if (rule.field === 'name' && value?.el) value.text = nameLine(value.el, value.text);
        // A cell that holds labelled values of its own ("Legal: …  Date of Birth: …") is read by those labels.
        // Not one in brackets after the value: "Whitlock, Rosamund (MRN: 60331907)" is a name and its number.
        let inners = value ? splitInlineLabels(value.text, true) : [];
        if (inners[0] && /\(\s*$/.test(value?.text.slice(0, inners[0].start) ?? '')) inners = [];
        const own = value && inners[0] ? value.text.slice(0, inners[0].start).trim() : value?.text;
        // A stay's date labelled by a heading word ("Hospitalization") whose value is a sentence of the stay's own labels, their
        // colons gone ("Admit source ED. Expected discharge 12/05"): the sentence is read as one (scanStayProse), no date of it is this label's.
        const sentence = (rule.field === 'admitDate' || rule.field === 'dischargeDate') && !!own && /^\p{L}/u.test(own) && STAY_WORD.test(own);
        // A phone in a cover sheet's party row is that party's (party-row.ts); a relative's table gives no sex either (kin-table.ts).
        if (own && !sentence && !matchLabel(own) && !(rule.field === 'phone' && (((afterOthers(el) || rowAfterOthers(el)) && !homeAfterStaff(text, el)) || partyRow(el))) && !(rule.field !== 'sex' ? othersSection(el) : inKinTable(el))) add(rule, own, `label "${text}"`, el, 'label');
        // "Hospitalization: Admit source: ED. Expected discharge: 12/05": the stay's own labels, in a sentence
        // the cell's label heads (never identity there, nor anything under another person's label).
        if (own && rule.field && !RELATIVE.test(own)) for (const p of inners) if (!IDENTITY.has(p.rule.field as ContextField)) add(p.rule, p.value, `label "${p.label}"`, el, 'label');
        return;
      }
    }
    // "Henry Lam (husband) (206) 555-0128 · Patient home (206) 555-0112": the entry naming the client gives its phone (own-phone-segment.ts).
    const ownPhone = INLINE_TEXT_HOSTS.has(tag) && inlineOnly && OWN_PHONE_HINT.test(text) ? ownPhoneSegment(shown() ?? '') : null;
    if (ownPhone) add(SHAPE.phone, ownPhone.phone, `label "${ownPhone.label}"`, el, 'label');
    const contact = patientContact(text, el);
    if (contact !== null) {
      for (const p of splitInlineLabels(contact, true)) if (p.rule.field === 'phone') add(p.rule, p.value, `label "${p.label}"`, el, 'label');
      return;
    }
    // "M: 555-…" alone in the banner: the letter is a phone's label only before a phone's shape (gp-letter-phone.ts).
    const letterChip = () => {
      const letter = text.length <= 24 && bannerOf(el, bannerCache) ? letterPhone(shown() ?? '') : null;
      if (letter && !afterOthers(el)) add(SHAPE.phone, letter, 'a phone after a letter', el, 'label');
      return letter !== null;
    };
    // "Selected patient <b>Doe, Jane</b>": a name's label without its colon, the name in an element of its own after it (colonless-lead-label.ts).
    const lead = !/[:=]/.test(text) && INLINE_TEXT_HOSTS.has(tag) && inlineOnly && !/^H\d$/.test(tag) ? colonlessLeadLabel(el) : null;
    if (lead && !NOT_LABEL_TAGS.has(tag) && !el.closest(NAVIGATION) && !othersSection(el) && env.vis.isVisible(el) && env.vis.isVisible(el.firstElementChild as Element)) return void inlinePairs(el, lead);
    // "Home phone (915) 555-0135 · Emergency contact …": a phone's label opening a long line without its colon (phone-lead-line.ts).
    const phoneLead = text.length > 60 && INLINE_TEXT_HOSTS.has(tag) && inlineOnly && !NOT_LABEL_TAGS.has(tag) && !el.closest(NAVIGATION) ? phoneLeadSegment(text) : null;
    if (phoneLead && env.vis.isVisible(el)) return void inlinePairs(el, phoneLeadSegment(shown() ?? '') ?? '');
    if (INLINE_LABEL_CUE.test(text) && INLINE_TEXT_HOSTS.has(tag) && inlineOnly) {
      // A sample patient's summary on a reference page (example-prose.ts).
      if (EXAMPLE_LEAD.test(text)) return;
      // "Public ID: PT-10833 | DOB 07/19/1956 | Female" is a banner line whose first value has a label.
      const before = lines.length;
      if (SEPARATED.test(text)) scanLine(el, text);
      if (lines.length > before) return;
      if (letterChip()) return;
      if (splitInlineLabels(text).length > 0) {
        inlinePairs(el, shown() ?? '');
        return;
      }
      // "Age: 67 (DOB: 1959-04-22)", "Age: 29 years (Female)": the birth date or the sex in brackets after the age (ehr-age-dob.ts).
      const after = AGE_DOB.test(text) ? afterAge(shown() ?? '', env.today) : null;
      if (after) return after.dob ? add(SHAPE.dob, after.dob, 'birth date after the age', el, 'label') : add(SHAPE.sex, after.sex as string, 'sex after the age', el, 'label');
      // Or, where it reads as no document's summary, its labels after the name leading it on one line (name-led-labels.ts).
      const led = !el.querySelector('br') && nameLedLabels(text) && !readProse(text) && nameLedLabels(shown() ?? '');
      if (led) return void inlinePairs(el, led);
      scanProse(el, text);
    }
    // "Client Name Jane Doe": a two-word name label before a name's shape, never a heading's words (colonless-name.ts).
    const colonless = text.length <= 60 && !/\d/.test(text) && INLINE_TEXT_HOSTS.has(tag) && !/^H\d$/.test(tag) && inlineOnly ? colonlessName(text) : null;
    if (colonless && !NOT_LABEL_TAGS.has(tag) && !el.closest(NAVIGATION) && !othersSection(el) && env.vis.isVisible(el)) {
      const own = colonlessName(shown() ?? '');
      if (own) return add(matchLabel(own.label) ?? SHAPE.name, own.value, `label "${own.label}"`, el, 'label');
    }
    // "MRN 123456", "Resident # 40017": a label and its value with no colon between (never a name:
    // "Name Change Request" is a heading).
    // A label in an element of its own is read with the value after it ("<span>Medical Record Number</span><span>…"
    // joins into "Medical Record NumberLV-…" where markup has no space between tags).
    const labelledFirst = () => el.firstElementChild !== null && matchLabel(shortText(el.firstElementChild, 40) ?? '') !== null;
    // Chips side by side with no space between their tags ("<span>Client ID 4471</span><span>DOB …</span>") are read one by one.
    const chips = () => el.childElementCount > 1 && !Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.nodeValue?.trim());
    if (text.length <= 60 && /\d/.test(text) && INLINE_TEXT_HOSTS.has(tag) && inlineOnly && !labelledFirst() && !chips()) {
      // "M 555-812-3307": the letter without its colon, the phone's shape deciding as with it (gp-letter-phone.ts).
      if (letterChip()) return;
      // "Adm 11/22/2026 · Exp DC 12/06/2026": each chip has its label; a name only as colonless-name.ts reads one.
      // A bare caption ("Home", "H") only over a whole phone number and nothing else, as a banner line reads it (bare-phone-token.ts).
      // "(MRN: 44019826)" is read without its brackets: matched, not replaced with "$1" (a runtime call per cell of a flowsheet).
      const own = (t: string) => t.split(SEPARATED).flatMap((c) => labelledToken(/^\((.+)\)$/.exec((c = c.trim()))?.[1] ?? c)).filter((p) => (p.rule.field !== 'name' || colonlessName(`${p.how.slice(7, -1)} ${p.raw}`)) && (!p.rule.bare || barePhoneToken(p.rule, p.raw)) && !p.rule.period);
      // A value runs on past a <br> into the next line's caption when read whole ("HMIS ID 5d1c-77a0<br>Case worker …"):
      // it ends with its line (line-end-value.ts).
      const lines = el.querySelector('br') ? linesAtBreaks(el) : null;
      if (own(text).length > 0) {
        // A strip a relative's caption leads is that person's (relative-led-strip.ts).
        if (relativeLedStrip(text)) return;
        for (const p of lines ? own(shown() ?? '').flatMap((q) => { const raw = toLineEnd(q.raw, lines); return raw ? [{ ...q, raw }] : []; }) : own(shown() ?? '')) {
          const rule = inRow(p.rule, p.how, el);
          // A phone in another person's row or section is theirs, its label's colon or not (as inlinePairs weighs it);
          // so is any chip under another person's or another record's heading ("Followed cases: CM-10240 · … · DOB …").
          // "Medical Ward · Bed 12": a bed's chip after its ward's (line-room-place.ts).
          const q = wardChipBefore(p, el, text, (t) => matchLabel(t) !== null);
          // Nor a phone beside a fax, an office's (office-line.ts).
          const relative = rule?.field === 'phone' && (phoneAfterRelative(text, 0, Math.max(0, text.indexOf(p.raw))) || officeLine(text));
          if (rule && !relative && !(rule.field === 'phone' && afterOthers(el)) && !(rule.field !== 'sex' && othersSection(el))) add(rule, q.raw, q.how, el, 'label');
        }
        // The sex beside the age in the id's run of chips (chip-age-sex.ts).
        const sex = SEPARATED.test(text) && !othersSection(el) && !afterOthers(el) ? sexBesideAgeChip((shown() ?? '').split(SEPARATED).map((c) => c.trim())) : null;
        if (sex) add(SHAPE.sex, sex, 'sex chip beside the age', el, 'label');
        // The stay's own chips, then where it is, unlabelled (stay-chip-place.ts).
        const place = SEPARATED.test(text) ? stayChipPlace((shown() ?? '').split(SEPARATED).map((c) => c.trim()).filter(Boolean)) : null;
        if (place) add(CHIP_PLACE, place, 'place after the stay\'s chips', el, 'label');
        return;
      }
    }
    // "#103526K" on its own in the patient's banner is its chart number; anywhere else it numbers anything.
    const hashId = HASH_ID.test(text) && /\d/.test(text) && bannerOf(el, bannerCache) ? HASH_ID.exec(shown() ?? '') : null;
    if (hashId && /\d/.test(hashId[0])) return add(SHAPE.mrn, hashId[1] as string, '"#" identifier', el, 'line');
    // The bare number the markup calls the patient's, right after the name it calls theirs (ehr-hinted-id.ts).
    if (text.length <= 28 && hintedId(el, text) && env.vis.isVisible(el)) return add(SHAPE.mrn, text, 'identifier beside the name (markup)', el, 'line');
    // A number after a phone icon in the patient's banner (banner-phone-icon.ts); anywhere else it is anyone's.
    if (text.length <= 24 && afterPhoneIcon(el, text) && bannerOf(el, bannerCache) && env.vis.isVisible(el)) return add(SHAPE.phone, text, 'after a phone icon', el, 'line');
    const period = INLINE_TEXT_HOSTS.has(tag) && inlineOnly && PERIOD_PHRASE.test(text) ? PERIOD_PHRASE.exec(shown() ?? '') : null;
    if (period && datedPeriod(period[1] as string)) return add(SHAPE.period, period[1] as string, 'encounter period', el, 'label');
    const before = lines.length;
    scanLine(el, text);
    // "Admitted to 4 West on 03/02/2026", "discharged home on 03/09/2026": the stay written in a sentence (never a relative's).
    if (lines.length === before && INLINE_TEXT_HOSTS.has(tag) && inlineOnly && STAY_WORD.test(text)) scanStayProse(el, shown() ?? '');
  };

  const walker = elements(within ?? doc, MAX_ELEMENTS);
  for (let i = 0; i < MAX_ELEMENTS && i < stopAt + TAIL; i++) {
    // Every element asks: a banner's container reads its whole text for lines, several ms on a slow machine, and eight
    // of them between two questions made 50-70 ms tasks at 6× throttling.
    if (env.slicer.due()) await env.slicer.pause();
    tail = i >= stopAt;
    // Nothing left for the tail to find once the banner has shown the stay, the unit and a phone.
    if (tail && i === stopAt && (['admitDate', 'location', 'phone'] as const).every((f) => pairs.some((p) => p.field === f))) break;
    index = i;
    const next = walker.next();
    if (next.done) break;
    // An option of a message list or chooser previews an item not opened (unpicked-option.ts).
    if (inUnpickedOption(next.value)) continue;
    // Charts put their banner first in the markup: a banner found ends the scan soon after.
    scanElement(next.value);
  }

  // The lines were found before the tail: what they show is read however the scan ended.
  tail = false;
  if (!within) for (const p of stayTable(doc, env, grids)) add(p.rule, p.raw, p.how, p.el, 'label', null);
  // An Encounter narrative's Locations table beside its period (fhir-locations.ts).
  const located = within ? null : encounterLocation(doc, seen);
  if (located) add(LOCATION_RULE, located.raw, ENCOUNTER_LOCATION, located.el, 'label', null);
  await env.slicer.checkpoint();
  // Only the shape rules find lines, so they are loaded whenever there are lines.
  const scanned = lines;
  if (lines.length > 0) lines = dedupeLines(lines);
  const lists = lines.length > 0 ? listLines(lines) : new Set<FoundLine>();
  // Nor a lone row of a people list's table (people-table-row.ts).
  const ownLines = lines.filter((l) => !lists.has(l) && !inPeopleTableRow(l.el, env));
  for (const l of ownLines) addRaw(l.line.pairs, l.el, 'line', l.banner ?? l.el);
  // A chart id printed bare in the header's column under the name, when nothing else is left it could be: that
  // column's own line, kept or inside a kept line that says more (am-bare-line-id.ts).
  const bare = scanned.flatMap((l) => {
    const kept = ownLines.find((o) => o.el.contains(l.el));
    if (!kept) return [];
    // Or opening the line under the name's element (line-lead-id.ts). Or under the name and sex in the first row of a
    // banner read whole (row-bare-id.ts).
    const id = bareLineId(l.line, l.banner !== null) ?? lineLeadId(l.line, l.banner !== null, l.el) ?? rowBareId(l.line, kept.line);
    return id ? [{ id, l }] : [];
  });
  const [first] = bare;
  if (first && bare.every((b) => b.id === first.id)) add(SHAPE.mrn, first.id, 'banner line (bare id beside the name, sex and birth date)', first.l.el, 'line', first.l.banner);
  // A name printed in parts (an edit form's first, middle and last name fields) is one name pair.
  // Parts captioned by a bare word ("Last", "First") make a name only in one table.
  if (parts.given && parts.family && (!(parts.given.bare || parts.family.bare) || parts.given.el.closest('table, dl') === parts.family.el.closest('table, dl'))) {
    // A filled middle-name field is part of the legal name the form edits.
    const n = normalizeField('name', [parts.given, parts.middle, parts.family, parts.second].map((p) => p?.value ?? '').join(' '), env);
    // A face sheet's name cells share the table whose row of identity values is its banner line (or
    // sit inside that line, below).
    const table = parts.given.el.closest('table');
    const line = table && ownLines.find((l) => l.el.closest('table') === table);
    if (n) pairs.push({ el: parts.given.el, field: 'name', value: n.value, ambiguous: false, how: 'name fields', banner: parts.given.banner ?? (line ? line.banner ?? line.el : null), origin: 'label' });
  }

  // The checks below read the whole document's text (a caller's, a callback's): a slice of their own.
  await env.slicer.checkpoint();
  // A name under the 'Employee' caption is the record's only on an employee-health chart (occ-employee.ts).
  const captionedEmployee = employeeCaptioned(pairs);
  const occPage = occHealthPage(doc);
  pairs = pairs.filter((p) => p.field !== 'name' || employeeCaptionHolds(p.how, pairs, staffValues, occPage));
  // A name under 'Caller name' is the record's only on a self call (crisis-caller.ts).
  pairs = pairs.filter((p) => p.field !== 'name' || callerCaptionHolds(p.how, pairs, doc));
  // A callback number is the caller's, the client's only when no relative or other third party rang (triage-callback.ts).
  pairs = pairs.filter((p) => p.field !== 'phone' || callbackHolds(p.how, doc));
  // A name labelled in another person's section (the PCP's quick view: "Full Name") is theirs.
  if (pairs.some((p) => p.field === 'name')) pairs = pairs.filter((p) => p.field !== 'name' || p.origin !== 'label' || !inOthersSection(p.el));
  // Labelled values inside a line that stands for a banner (a narrative's block) belong to that banner.
  for (const p of pairs) {
    if (p.banner) continue;
    // A details grid's rows: the name labelled in the row just above the row of identity values is the banner's.
    const line = ownLines.find((l) => l.el.contains(p.el) || (p.field === 'name' && !!l.el.previousElementSibling?.contains(p.el)));
    if (line) p.banner = line.banner ?? line.el;
  }
  const ageConfirmed = ownLines.some((l) => l.line.ageConfirmed);
  // An ADT card's unlabelled place, the line right before its stay's (adt-card-place.ts).
  const admitted = pairs.some((p) => p.field === 'location') ? undefined : pairs.find((p) => p.field === 'admitDate');
  const card = admitted && adtCardPlace(admitted.el, seen);
  if (admitted && card) pairs.push({ el: card.el, field: 'location', value: card.value, ambiguous: false, how: 'place line before the stay', banner: admitted.banner, origin: 'label' });

  if (proposed) return { kind: 'reject' };
  // Prefer what sits in a banner (a landmark or a line of identity values): a chart's header
  // describes its one client, the rest is clutter.
  const inBanner = pairs.filter((p) => p.banner && IDENTITY.has(p.field));
  // A call link speaks for a banner that shows whose it is (an app header links its help desk).
  pairs = pairs.filter((p) => p.how !== TEL_LINK || inBanner.some((q) => q.banner === p.banner));
  // An EDD or an enrolment read as a stay date: which stay words mean something else (crm2-stay-labels.ts).
  if (pairs.some((p) => (p.field === 'admitDate' || p.field === 'dischargeDate') && /enrol|program|episode|edd/i.test(p.how))) pairs = stayLabels(pairs);
  // Or a care programme's enrolment on a member's or patient's record (cm-enrolment.ts).
  pairs = withoutCareProgrammeEnrolment(pairs);
  // A care plan's own period is no stay (plan-period.ts).
  pairs = pairs.filter((p) => (p.field !== 'admitDate' && p.field !== 'dischargeDate') || !planPeriod(p.el, p.how));
  // A visit's date yields to one the page labels as the admission (ip-visit-date.ts).
  pairs = visitYields(pairs);
  // An ED visit's arrival yields to the admission it led to (ed-arrival-yields.ts).
  pairs = edArrivalYields(pairs);
  // A discharge before every admission is an earlier stay's (hc-prior-discharge.ts).
  pairs = priorDischarges(pairs);
  // An outpatient therapy plan's start of care starts no stay (therapy-poc.ts); a department is a place of the
  // client's only beside their stay (ed-visit-labels.ts).
  pairs = withoutLoneDepartment(withoutOutpatientStartOfCare(pairs, doc));
  // A physician's face-to-face encounter for a home health or hospice certification is no stay (face-to-face.ts).
  pairs = withoutFaceToFace(pairs);
  // A telephone call record's date and the caller's whereabouts are the call's, no stay (call-record-stay.ts).
  pairs = withoutCallStay(pairs, doc);
  // Which stay the dates and place are (st-stays.ts): a visit, an episode, a referral's source, another stay.
  const stay = pairs.filter((p) => p.field === 'admitDate' || p.field === 'dischargeDate' || p.field === 'location');
  if (new Set(stay.filter((p) => p.field === 'admitDate').map((p) => p.value)).size > 1 || stay.some((p) => /visit|appo|appt|episode|program|enrol|certif|benefit|"enc(?:ounter)?\b|"(?:facility|location|hospital|site)/i.test(p.how))) pairs = whichStay(pairs);
  const useBanner = inBanner.length > 0;
  // Fields the banner does not show are often labelled below it (a record's details section, the
  // stay): taken from the rest of the page when it labels one value only. Never the name, nor a
  // location, which outside the banner is as often the user's facility.
  // "Ward 5B, Bed 12" after its label is also read as "Ward: 5B, Bed 12": the tail of a value is that value.
  pairs = pairs.filter((p) => IDENTITY.has(p.field) || !pairs.some((q) => q.field === p.field && q.value.endsWith(` ${p.value}`)));
  // A ward and a bed labelled side by side below the banner are one place (ip-unit-bed.ts).
  if (pairs.some((p) => placedBelow(p) && UNIT.test(p.how)) && pairs.some((p) => placedBelow(p) && BED.test(p.how))) pairs = unitAndBed(pairs);
  // A facility labelled beside the place in it is where that place is (st-facility-unit.ts).
  pairs = facilityYieldsToUnit(pairs);
  const inBannerFields = new Set(pairs.filter((p) => p.banner && !outranked(p, pairs)).map((p) => p.field));
  // A location labelled beside the stay's dates (an encounter's details, a section a heading names, a record layout drawn as an ARIA list) is where the stay is.
  const stayEls = pairs.filter((p) => !p.banner && p.origin === 'label' && (p.field === 'admitDate' || p.field === 'dischargeDate')).map((p) => p.el);
  const stays = stayEls.map((el) => el.parentElement?.closest('dl, table, ul, ol, form, fieldset, section[aria-label], section[aria-labelledby], [role=grid], [role=list]'));
  // Or a chip beside a stay's chip in one row ("Room 6S-614-B | Admitted 11/29 | EDD 12/05").
  const stayChips = stayEls.map((el) => el.parentElement);
  const nearStay = (p: Pair) => p.field === 'location' && (STAY_PROSE.test(p.how) || stays.some((s) => s && s.contains(p.el)) || stayChips.includes(p.el.parentElement));
  // Or a ward or bed in a row of the stay's group of field rows (ip-stay-group.ts).
  // Or a facility in a block a heading names as the hospital stay (st-headed-block.ts).
  // Or the facility of a hospital stay's authorised service provider (st-service-provider.ts).
  const besideStay = (p: Pair) => nearStay(p) || (p.field === 'location' && (p.how === ENCOUNTER_LOCATION || rowOfGroup(p, stayChips) || headedStayPlace(p, stayEls) || serviceProviderPlace(p, doc, stayEls.length > 0)));
  const below = (p: Pair) => p.origin === 'label' && p.field !== 'name' && (p.field !== 'location' || besideStay(p)) && !inBannerFields.has(p.field);
  const belowValues = (f: ContextField) => new Set(strongest(pairs.filter((p) => p.field === f && below(p))).map((p) => p.value)).size;
  // With no banner, a location is the client's beside the stay (else anywhere the stay is read); with no stay
  // read it is the user's or the practice's ("Facility:" in a toolbar). Or in the group that labels the client (identity-group-place.ts).
  const stayRead = pairs.some((p) => p.field === 'admitDate' || p.field === 'dischargeDate');
  const placed = pairs.some(besideStay);
  // Several phones labelled below it: the one the record prefers, else its first (gp-phone-choice.ts).
  const phone = belowValues('phone') > 1 ? chosenPhone(pairs.filter((p) => p.field === 'phone' && below(p)))?.value : undefined;
  const shown = useBanner ? pairs.filter((p) => p.banner || (below(p) && (belowValues(p.field) === 1 || (p.field === 'phone' && p.value === phone)))) : pairs.filter((p) => p.field !== 'location' || p.origin !== 'label' || besideStay(p) || (stayRead && !placed) || placeInIdentityGroup(p, pairs));
  // The most specific identifier label names the record number: an account number or a bare ID yields.
  // A value read in an element and, longer or shorter, in one inside it: the outer text ran into a neighbour's
  // where markup has no space between tags, and lost the value's end ("Legal: Jane DOEPatient-ID: …") or
  // took the next chip's ("Client #: TN-00418Age 34Female").
  const whole = shown.filter((p) => !shown.some((q) => q.field === p.field && q.value !== p.value && (q.value.startsWith(p.value) || p.value.startsWith(q.value) || (p.field === 'name' && nameWordsWithin(p.value, q.value))) && p.el.contains(q.el)));
  const best = Math.min(...whole.map((p) => (p.field === 'mrn' ? p.weak ?? 0 : 3)));
  // One record's table numbering its person twice (record-ids.ts).
  // Or a related contact's, in that person's own card (others-dob.ts).
  // A linked platform's own patient id beside the EMR's number (emr-linked-id.ts).
  let chosen = emrLinkedId(oneRecordIds(withoutBareLineDates(withoutOthersBirthDates(withoutHoldersNames(withoutHoldersBirthDates(whole.filter((p) => p.field !== 'mrn' || (p.weak ?? 0) === best)))))));
  // A reference's display abbreviates the patient another element names in full (fhir-subject-reference.ts).
  if (chosen.some((p) => p.field === 'name' && !subjectDisplayRead(p.how))) chosen = chosen.filter((p) => p.field !== 'name' || !subjectDisplayRead(p.how));
  // Two names: one may be labelled inside another person's details (a contact's).
  if (new Set(chosen.filter((p) => p.field === 'name').map((p) => p.value)).size > 1) {
    // Or in a row whose relationship cell names kin (kin-row.ts).
    chosen = chosen.filter((p) => p.field !== 'name' || (!othersName(p.el) && !kinRowName(p.el)));
  }
  // A table of people beside labelled identity outside any table is a related list (family, care team).
  const identityOutsideTables = chosen.some((p) => (p.field === 'mrn' || p.field === 'dob') && !p.el.closest('table'));
  // Unless the list is one to pick from, its picked row the person read beside it (selected-row.ts).
  // Or it is one person's two copies side by side (one-person-copies.ts).
  const copy = lists.size === 2 ? copiesName([...lists], env) : null;
  const listed = lists.size > 0 && !pickedFromList([...lists].map((l) => l.el), chosen.filter((p) => p.field === 'mrn').map((p) => p.value)) && !copy;
  // Or a table whose one picked row names the person read (picked-table.ts).
  const chosenName = chosen.find((p) => p.field === 'name')?.value;
  const picked = chosenName ? (t: Element) => pickedNamedTable(t, chosenName) : undefined;
  if (!useBanner && (listed || (!identityOutsideTables && (await hasPeopleTable(within ?? doc, env, picked))))) return { kind: 'reject' };

  await env.slicer.checkpoint();
  const reading = emptyReading();
  const distinct = new Map<ContextField, Set<string>>();
  let nameOrigin: Origin | undefined;
  for (const p of chosen) {
    // An element listing identifiers under one label ("identifier: id: A, id: B"), read whole or inside a
    // larger line, lists one person's: the first is read.
    if (p.field === 'mrn' && chosen.find((q) => q.field === 'mrn' && q.how === p.how && p.el.contains(q.el)) !== p) continue;
    let set = distinct.get(p.field);
    if (!set) distinct.set(p.field, (set = new Set()));
    set.add(p.field === 'name' ? p.value.toLowerCase().replace(/[.\s]+/g, ' ') : p.value);
    if (reading.fields[p.field] !== undefined) continue;
    reading.fields[p.field] = p.value;
    reading.provenance[p.field] = useBanner ? `banner: ${p.how}` : p.how;
    if (p.field === 'name') nameOrigin = p.origin;
    if (p.ambiguous) reading.ambiguousDates = true;
    if (p.field === 'dischargeDate' && p.dischargeActual !== undefined) reading.dischargeActual = p.dischargeActual;
  }
  // Unless they are one person's two copies side by side (one-person-copies.ts).
  const readNames = distinct.get('name');
  if (copy && readNames && [...readNames].every((n) => upToInitial(n, copy))) {
    reading.fields.name = copy;
    distinct.set('name', new Set([copy]));
  }
  // Two different identities on one page: this is a list or a comparison, not one client.
  for (const f of ['name', 'mrn', 'dob'] as const) if ((distinct.get(f)?.size ?? 0) > 1) return { kind: 'reject' };
  // A name labelled apart from a banner that shows another one (gp-banner-name.ts).
  const labelledName = nameOrigin === 'label' ? chosen.find((p) => p.field === 'name') : undefined;
  const apart = new Set(labelledName ? chosen.map((p) => (IDENTITY.has(p.field) ? bannerOf(p.el, bannerCache) : null)).filter((b): b is Element => !!b && !b.contains(labelledName.el)) : []);
  if (apart.size > 0 && bannerNamesOther(apart, reading.fields.name as string, (b) => {
    // Its name element, else the name leading its line ("ABIOLA, Tunde · #62271 · DOB …").
    const lead = ownLines.find((l) => b.contains(l.el) && l.line.lead)?.line.lead;
    return Array.from(b.querySelectorAll(NAME_CANDIDATES)).slice(0, 20).map((c) => nameFrom(c, env, true)?.value).find(Boolean) ?? (lead && looksLikeShownName(lead) ? normalizeField('name', lead, env)?.value : undefined);
  })) return { kind: 'reject' };

  if (!reading.fields.name && within) return { kind: 'one', reading, confidence: 0 };
  if (!reading.fields.name) {
    let anchors = useBanner
      ? // The name sits beside the identity (record number, birth date), not beside the stay printed elsewhere.
        [...new Set(chosen.filter((p) => IDENTITY.has(p.field)).map((p) => p.banner).filter((b): b is Element => b !== null))]
      : ownLines.length > 0
        ? ownLines.map((l) => l.el)
        : chosen.filter((p) => p.field === 'mrn' || p.field === 'dob').map((p) => p.el);
    // A banner that shows the stay but no labelled identity may lead with "FAMILY,GIVEN (id)": its name counts only with that number.
    const idNeeded = anchors.length === 0;
    // With no banner, the row the stay's label sits in stands for one ("<div><span>MBEKI,THANDO S (000771203)</span><span>Admit Date: …").
    if (idNeeded) anchors = [...new Set(chosen.map((p) => p.banner ?? (p.field === 'admitDate' && p.origin === 'label' ? p.el.parentElement : null)).filter((b): b is Element => b !== null))];
    if (anchors.length === 0) return { kind: 'none', reading };
    // Hinted elements can be the banner's items ("banner-item"): they must share one close ancestor.
    const several = anchors.length > 1;
    let region = several ? commonRegion(anchors) : anchors[0];
    if (several && !region) {
      const nameOf = (a: Element) => (nameNear(a, env) ?? firstTextName(a, env))?.value;
      // Or the one beside the only name, the others repeating its identity (am-one-named-banner.ts).
      const fieldsOf = (a: Element) => new Set(chosen.filter((p) => p.banner === a && IDENTITY.has(p.field)).map((p) => p.field as string));
      // Or the one name heading of a bare page that prints its record straight under <body> (body-region.ts).
      region =
        titledRegion(anchors, doc.title, nameOf) ??
        (useBanner ? oneNamedBanner(anchors, fieldsOf, nameOf) : bodyHeading(anchors, doc)) ??
        // Or the first of one header repeated on each printed page (repeated-identity.ts).
        firstRepeated(anchors, ownLines);
    }
    if (!region) return { kind: 'reject' };
    const lead = ownLines.find((l) => region.contains(l.el) && l.line.lead)?.line.lead?.split(/\s@|\s\(|\s[-–—]\s/)[0];
    // Past a channel topic's or a subject's caption (context-caption.ts).
    const leadText = lead && withoutContextCaption(lead).replace(ENTITY_TYPE, '');
    const leadName = leadText && looksLikeShownName(leadText) ? normalizeField('name', leadText, env) : null;
    await env.slicer.checkpoint();
    const found =
      // The line under a card's caption saying whom it is about, before any name near it (about-caption.ts).
      (leadName && leadName.value.includes(' ') ? { value: leadName.value, how: 'first value of the banner line' } : (aboutCaptionName(region, env) ?? captionCellName(region, env) ?? nameNear(region, env))) ??
      firstTextName(region, env) ??
      // The name leading the line of labels the fields were read from, in plain text (led-name.ts).
      ledName(region, env) ??
      // The first line of a card whose accessible name calls it the client's (sc-named-card.ts).
      namedCardName(region, env) ??
      // Or the first line of a contact panel that types its contact as the client on the line below (typed-card-name.ts).
      typedCardName(region, env) ??
      // The one link to a person's record in an opened appointment's or request's panel (record-link-name.ts).
      recordLinkName(region, env) ??
      // A heading holding the name, its parts captioned, then the identity line (heading-name-parts.ts).
      headingNameParts(region, env) ??
      // "Visit Note for <span>…</span>", "Conversation with <a>…</a>": the one the header's phrase is about (am-subject-name.ts).
      subjectName(region, env) ??
      // A pop-up record's title bar above its body (gp-dialog-title.ts).
      dialogTitle(region, env) ??
      // The name after an avatar of its initials, never in a search's results (hc-avatar-name.ts).
      (headingBefore(region, RESULTS) ? null : avatarName(region, env)) ??
      // A letter's addressee above its RE: line, greeted below it (letter-addressee.ts).
      (reading.fields.dob ? letterAddressee(region, reading.fields.dob, env) : null) ??
      nameAway(pairs.filter((p) => p.field === 'name' && p.origin === 'label')) ??
      (reading.fields.mrn && reading.fields.dob ? mononymIn(region, oneWord, env) : null) ??
      pageName(region, env) ??
      titleName(region, env) ??
      (reading.fields.dob ? recordTitle(region, env) : null) ??
      // A section titled by the given name alone under the page's whole-name heading (given-heading.ts).
      (reading.fields.dob ? givenHeading(region, env) : null) ??
      (reading.fields.mrn && reading.fields.dob ? recordHeaderName(chosen.map((p) => p.el), env) : null) ??
      // The one name heading before a record block straight under <body> (body-heading-name.ts).
      bodyHeadingName(region, env) ??
      // The name opening a banner landmark, before its facts (landmark-name.ts).
      (reading.fields.mrn && reading.fields.dob ? landmarkName(region, env) : null) ??
      // Or the first text of the block holding the facts, alone a name (block-lead-name.ts).
      (reading.fields.dob ? blockLeadName(region, chosen.filter((p) => IDENTITY.has(p.field)).map((p) => p.el), env, !!reading.fields.mrn) : null);
    if (!found || (idNeeded && !found.id)) return { kind: 'none', reading };
    reading.fields.name = found.value;
    reading.provenance.name = `${useBanner ? 'banner' : 'beside the record'}: ${found.how}`;
    const id = found.id ? normalizeField('mrn', found.id, env) : null;
    if (id && !reading.fields.mrn) {
      reading.fields.mrn = id.value;
      reading.provenance.mrn = `${found.how}, in brackets after the name`;
    }
    nameOrigin = 'heading';
  }

  // A name with an initial for its middle name, printed whole elsewhere on the record (full-name.ts).
  const names = pairs.filter((p) => p.field === 'name' && p.value !== reading.fields.name).map((p) => p.value);
  if (/ \p{Lu}\.? /u.test(reading.fields.name ?? '') && names.length > 0) reading.fields.name = fullerName(reading.fields.name as string, names) ?? reading.fields.name;
  for (const b of useBanner && reading.fields.name && !reading.fields.sex ? new Set(chosen.map((p) => p.banner?.parentElement ?? p.banner)) : []) {
    // The line of identity values sits under the name's row: both in the line's parent.
    const sex = b && /male/i.test(shortText(b, 4000, 800) ?? '') ? normalizeField('sex', sexBesideName(b, reading.fields.name as string, seen) ?? '', env) : null;
    if (sex) {
      reading.fields.sex = sex.value;
      reading.provenance.sex = 'banner: beside the name';
    }
  }
  if (subtitles.length > 0 && !reading.fields.sex) sexUnderName(subtitles, reading, env);
  // A bare sex word on the line after the birth date's (sex-after-birth.ts).
  const born = reading.fields.name && !reading.fields.sex ? chosen.find((p) => p.field === 'dob') : undefined;
  const sexLine = born ? normalizeField('sex', sexAfterBirth(born.el) ?? '', env) : null;
  if (sexLine) {
    reading.fields.sex = sexLine.value;
    reading.provenance.sex = 'the line after the birth date';
  }
  // A bare phone with its type after it, in the identity's block (typed-phone.ts).
  const typed = reading.fields.name && !reading.fields.phone ? typedPhone(chosen.filter((p) => IDENTITY.has(p.field)).map((p) => p.el), env) : null;
  if (typed) {
    reading.fields.phone = typed.value;
    reading.provenance.phone = 'phone with its type, beside the identity';
  }
  // A header's encounter-location button, dated by the visit list's admitted entry there (encounter-button.ts).
  if (reading.fields.name && !reading.fields.location && !reading.fields.admitDate) encounterButton(doc, reading, env);
  // The name a heading titles with a credential is a colleague's own page (ip-clinician-heading.ts), which shows no
  // record number and birth date together: a chart that does is not looked through again.
  if (reading.fields.name && !(reading.fields.mrn && reading.fields.dob) && clinicianHeading(doc, reading.fields.name)) return { kind: 'reject' };
  if (useBanner && !reading.fields.sex && tailed.some((t) => t.field === 'sex')) sexInDetails(tailed, reading, env);
  // What a side panel gives is its heading's person's (cr-named-panel.ts).
  if (chosen.some((p) => p.el.closest('aside, [role="complementary"]'))) othersPanel(chosen, reading);
  // An occupational-health chart's employee, keyed by the employer's number (occ-employee.ts).
  const employee = reading.fields.mrn ? null : employeeNumber(staffValues, reading.provenance.name, occPage, captionedEmployee);
  const employeeId = employee ? normalizeField('mrn', employee, env) : null;
  if (employeeId) {
    reading.fields.mrn = employeeId.value;
    reading.provenance.mrn = 'the employee number of an employee-health chart';
  }
  // The signed-in user's own page names them as a record names its client (cm-signed-in.ts).
  if (!within && !reading.fields.mrn && namesUser(doc, reading.fields.name as string)) return { kind: 'reject' };
  // A colleague's profile (hc-staff-record.ts).
  if (!within && staffRecord(staffLabels, reading)) return { kind: 'reject' };
  return { kind: 'one', reading, confidence: confidenceOf(reading, { useBanner, nameOrigin: nameOrigin ?? 'label', ageConfirmed, lineOnly: !pairs.some((p) => p.banner && p.origin === 'label' && IDENTITY.has(p.field)), dobLabelled: chosen.some((p) => p.field === 'dob' && p.origin === 'label') }) };
}

/**
 * Confidence from evidence, calibrated on the fixtures and corpus (see the issue 9 note): the name's
 * source, an identifier, a birth date (more when an age confirms it), a banner, further fields.
 */
function confidenceOf(reading: Reading, e: { useBanner: boolean; nameOrigin: Origin; ageConfirmed: boolean; lineOnly: boolean; dobLabelled: boolean }): number {
  const f = reading.fields;
  let confidence = e.nameOrigin === 'label' ? 0.35 : 0.3;
  if (f.mrn) confidence += 0.25;
  if (f.dob) confidence += e.ageConfirmed ? 0.25 : 0.2;
  const extras = (['sex', 'phone', 'admitDate', 'dischargeDate', 'location'] as const).filter((k) => f[k]).length;
  confidence += Math.min(0.1, extras * 0.05);
  if (e.useBanner) confidence += e.lineOnly ? 0.05 : 0.1;
  // A name guessed from the page (not labelled), with no banner, no record number and no labelled
  // birth date, reads like prose.
  else if (!f.mrn && e.nameOrigin !== 'label' && !e.dobLabelled) confidence -= 0.1;
  if (reading.ambiguousDates) confidence -= 0.1;
  // An Encounter narrative's Patient reference identifies as a record number does (fhir-subject-reference.ts).
  confidence += subjectEncounterWeight(reading);
  return Math.min(0.9, confidence);
}
