import * as v from 'valibot';
import { HandoffNoteSchema, HandoffSummarySchema, type HandoffNote, type HandoffSummary, type TeamMember } from '../../model/team';
import { fromBase64, toBase64 } from '../crypto/passphrase';
import type { Handoff, NextAction } from '../team/handoff';
import { relativeReference } from './care-team';
import { instant, isObject, list, patientIdOf, type Json } from './read';
import { iso } from './resource-parts';

/**
 * A handoff summary ⇄ FHIR R4 Composition, with a Provenance saying who wrote it when.
 *
 * `type` carries two codings: LOINC 18761-7 "Transfer summary note", the document type the C-CDA
 * transfer documents use, so any FHIR reader knows what the document is; and Rapport's own code,
 * because the search that finds Rapport's handoffs must not pick up every transfer summary an EHR
 * writes. Sections are coded in Rapport's CodeSystem: LOINC has no section codes for "how to
 * reach" or "next best action", and the colleague reads the narrative, not the codes.
 *
 * The colleague it is addressed to, and the cover it was written for, are extensions: R4's
 * Composition has no recipient. `attester` is someone vouching for the content (modes personal,
 * professional, legal, official), which the colleague does not do, and `section.author` says who
 * wrote a section; reusing either would tell other readers something false.
 */

export const HANDOFF_DOCUMENT_SYSTEM = 'https://rapport.care/fhir/CodeSystem/document';
export const HANDOFF_SECTION_SYSTEM = 'https://rapport.care/fhir/CodeSystem/handoff-section';
export const HANDOFF_RECIPIENT_URL = 'https://rapport.care/fhir/StructureDefinition/handoff-recipient';
export const HANDOFF_PERIOD_URL = 'https://rapport.care/fhir/StructureDefinition/handoff-period';
/**
 * The summary as data (model/team.ts HandoffSummarySchema), so the reader's panel formats its
 * dates in the reader's locale and zone; the narrative, in the writer's words and zone, stays for
 * every other FHIR reader and for Rapport versions that wrote no data. R4 has no element for a
 * care-management summary's facts, and section entries would reference resources the colleague
 * may not hold, so it travels as a JSON attachment, checked against the schema when read.
 */
export const HANDOFF_SUMMARY_URL = 'https://rapport.care/fhir/StructureDefinition/handoff-summary';
const SUMMARY_CONTENT_TYPE = 'application/json';
/** One handoff per client, colleague and cover: its conditional create makes a replay a no-op. */
export const HANDOFF_IDENTIFIER_SYSTEM = 'https://rapport.care/fhir/identifier/handoff';
const LOINC = 'http://loinc.org';

/** The search that finds Rapport's handoffs (`type` token). */
export const HANDOFF_TYPE_TOKEN = `${HANDOFF_DOCUMENT_SYSTEM}|handoff`;

export interface HandoffContext {
  patientId: string;
  user: TeamMember;
  to: TeamMember;
  start: number;
  end: number;
  now: number;
  timeZone: string;
}

export function handoffIdentifierValue(patientId: string, to: string, start: number, end: number): string {
  return `${patientId}/${relativeReference(to)}/${start}-${end}`;
}

const SECTION_TITLES = {
  reach: 'How to reach them',
  'last-contact': 'Last contact',
  callbacks: 'Callbacks owed',
  'pain-points': 'Open pain points',
  discharge: 'Discharge and TCM',
  'next-action': 'Next best action',
} as const;
type SectionCode = keyof typeof SECTION_TITLES;

const NEXT_ACTION: Record<string, string> = {
  'inpatient-visit': 'Visit them in hospital',
  'discharge-prep': 'Prepare for the coming discharge',
  'tcm-contact': 'Make the TCM interactive contact',
  'check-in': 'Check in: it has been a while',
  birthday: 'Wish them a happy birthday',
  'pain-point-stale': 'Follow up an open pain point',
  'callback-due-soon': 'Return the callback due soon',
};

function nextActionLine(action: NextAction, when: (ms: number) => string): string {
  if (action.ruleId === 'callback-overdue') return `Return the callback overdue since ${when(action.dueAt)}${action.reason ? `: ${action.reason}` : ''}`;
  return `${NEXT_ACTION[action.ruleId] ?? action.ruleId}${action.due ? ` by ${action.due}` : ''}`;
}

function sectionLines(handoff: Handoff, when: (ms: number) => string): Record<SectionCode, string[]> {
  const { reach, lastContact, tcm, stay, nextAction } = handoff;
  const best = reach.bestTimeStart || reach.bestTimeEnd ? `Best time: ${reach.bestTimeStart ?? '…'}–${reach.bestTimeEnd ?? '…'}` : undefined;
  const caregiver = reach.caregiver ? `Caregiver: ${reach.caregiver.name}${reach.caregiver.relation ? ` (${reach.caregiver.relation})` : ''}${reach.caregiver.phone ? `, ${reach.caregiver.phone}` : ''}` : undefined;
  const discharge = [
    stay.inpatient ? `In hospital since ${stay.admitDate ?? 'an unknown date'}` : undefined,
    stay.expectedDischarge ? `Discharge expected ${stay.expectedDischarge}` : undefined,
    stay.dischargeToConfirm ? `Discharge expected ${stay.dischargeToConfirm}: not yet confirmed` : undefined,
    tcm ? `Discharged ${tcm.dischargeDate}; TCM contact due ${tcm.interactiveContactDue} (${tcm.interactiveContact}); face-to-face due ${tcm.faceToFaceDue} (${tcm.faceToFace})` : undefined,
  ];
  return {
    reach: [reach.phone ? `Phone: ${reach.phone}` : undefined, reach.preferredChannel ? `Prefers: ${reach.preferredChannel}` : undefined, best, reach.language ? `Language: ${reach.language}` : undefined, caregiver].filter(
      (line): line is string => line !== undefined,
    ),
    'last-contact': lastContact ? [`${when(lastContact.at)}: ${lastContact.direction} ${lastContact.channel}, ${lastContact.outcome}`, ...(lastContact.note ? [lastContact.note] : [])] : [],
    callbacks: handoff.callbacksOwed.map((callback) => `${callback.overdue ? 'Overdue since' : 'Due'} ${when(callback.dueAt)}${callback.reason ? `: ${callback.reason}` : ''}`),
    'pain-points': handoff.painPoints.map((pain) => `${pain.text}${pain.rootCause ? ` (root cause: ${pain.rootCause})` : ''}, since ${when(pain.openedAt)}`),
    discharge: discharge.filter((line): line is string => line !== undefined),
    'next-action': nextAction ? [nextActionLine(nextAction, when)] : [],
  };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const NONE = 'None';

function narrative(lines: readonly string[]): Json {
  const paragraphs = (lines.length ? lines : [NONE]).map((line) => `<p>${escapeXml(line)}</p>`).join('');
  return { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${paragraphs}</div>` };
}

const memberReference = (member: TeamMember) => ({ reference: member.member, ...(member.display ? { display: member.display } : {}) });

function summaryOf({ clientId: _client, name: _name, ...summary }: Handoff): HandoffSummary {
  return summary;
}

const summaryAttachment = (summary: HandoffSummary) => ({
  contentType: SUMMARY_CONTENT_TYPE,
  data: toBase64(new TextEncoder().encode(JSON.stringify(summary))),
});

function readSummary(attachment: unknown): HandoffSummary | undefined {
  if (!isObject(attachment) || attachment.contentType !== SUMMARY_CONTENT_TYPE || typeof attachment.data !== 'string') return undefined;
  try {
    const parsed = v.safeParse(HandoffSummarySchema, JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64(attachment.data))));
    return parsed.success ? parsed.output : undefined;
  } catch {
    // Damaged data: the narrative still says it all, in words.
    return undefined;
  }
}

export function handoffComposition(handoff: Handoff, context: HandoffContext): Json {
  const when = (ms: number) => new Intl.DateTimeFormat('en-US', { timeZone: context.timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  const lines = sectionLines(handoff, when);
  return {
    resourceType: 'Composition',
    identifier: { system: HANDOFF_IDENTIFIER_SYSTEM, value: handoffIdentifierValue(context.patientId, context.to.member, context.start, context.end) },
    status: 'final',
    type: {
      coding: [
        { system: LOINC, code: '18761-7', display: 'Transfer summary note' },
        { system: HANDOFF_DOCUMENT_SYSTEM, code: 'handoff', display: 'Care management handoff summary' },
      ],
    },
    subject: { reference: `Patient/${context.patientId}`, display: handoff.name },
    date: iso(context.now),
    author: [memberReference(context.user)],
    title: `Handoff: ${handoff.name}`,
    extension: [
      { url: HANDOFF_RECIPIENT_URL, valueReference: memberReference(context.to) },
      { url: HANDOFF_PERIOD_URL, valuePeriod: { start: iso(context.start), end: iso(context.end) } },
      { url: HANDOFF_SUMMARY_URL, valueAttachment: summaryAttachment(summaryOf(handoff)) },
    ],
    section: (Object.keys(SECTION_TITLES) as SectionCode[]).map((code) => ({
      title: SECTION_TITLES[code],
      code: { coding: [{ system: HANDOFF_SECTION_SYSTEM, code, display: SECTION_TITLES[code] }] },
      text: narrative(lines[code]),
    })),
  };
}

/** Who wrote the handoff and when, the way FHIR records authorship of any resource. */
export function handoffProvenance(compositionReference: string, user: TeamMember, now: number): Json {
  return {
    resourceType: 'Provenance',
    target: [{ reference: compositionReference }],
    recorded: iso(now),
    activity: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation', code: 'CREATE', display: 'create' }] },
    agent: [
      {
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type', code: 'author', display: 'Author' }] },
        who: memberReference(user),
      },
    ],
  };
}

const extensionOf = (resource: Json, url: string) => list(resource.extension).find((extension) => extension.url === url);

function linesOf(div: unknown): string[] {
  if (typeof div !== 'string') return [];
  const lines = [...div.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((match) => unescapeXml(match[1]!.replace(/<[^>]*>/g, '')).trim().slice(0, 4000));
  return lines.length === 1 && lines[0] === NONE ? [] : lines.filter(Boolean).slice(0, 100);
}

/**
 * A Composition → the handoff note as the caseload shows it, or undefined when it is not a live
 * Rapport handoff (another document type, retired as entered-in-error, no recipient or author).
 */
export function readHandoff(resource: Json): HandoffNote | undefined {
  if (resource.resourceType !== 'Composition' || resource.status === 'entered-in-error') return undefined;
  const isHandoff = list(isObject(resource.type) ? resource.type.coding : undefined).some((coding) => coding.system === HANDOFF_DOCUMENT_SYSTEM && coding.code === 'handoff');
  const recipient = extensionOf(resource, HANDOFF_RECIPIENT_URL)?.valueReference;
  const period = extensionOf(resource, HANDOFF_PERIOD_URL)?.valuePeriod;
  const author = list(resource.author)[0];
  const patientId = patientIdOf(resource.subject);
  if (!isHandoff || !isObject(recipient) || typeof recipient.reference !== 'string' || typeof author?.reference !== 'string' || !patientId) return undefined;
  const start = isObject(period) ? instant(period.start) : undefined;
  const end = isObject(period) ? instant(period.end) : undefined;
  const fromDisplay = typeof author.display === 'string' ? author.display.trim().slice(0, 200) : '';
  const subject = isObject(resource.subject) ? resource.subject : {};
  const clientName = typeof subject.display === 'string' ? subject.display.trim().slice(0, 200) : '';
  const summary = readSummary(extensionOf(resource, HANDOFF_SUMMARY_URL)?.valueAttachment);
  const parsed = v.safeParse(HandoffNoteSchema, {
    serverId: resource.id,
    patientId,
    ...(clientName ? { clientName } : {}),
    from: relativeReference(author.reference),
    ...(fromDisplay ? { fromDisplay } : {}),
    to: relativeReference(recipient.reference),
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
    writtenAt: instant(resource.date) ?? 0,
    sections: list(resource.section)
      .slice(0, 20)
      .flatMap((section) => {
        const code = list(isObject(section.code) ? section.code.coding : undefined).find((coding) => coding.system === HANDOFF_SECTION_SYSTEM)?.code;
        const title = typeof section.title === 'string' ? section.title.trim().slice(0, 200) : '';
        return typeof code === 'string' && title ? [{ code, title, lines: linesOf(isObject(section.text) ? section.text.div : undefined) }] : [];
      }),
    ...(summary ? { summary } : {}),
  });
  return parsed.success ? parsed.output : undefined;
}
