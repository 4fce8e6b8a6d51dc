import { identityProse } from './generic/prose-identity';
import { mononymIn } from './generic/mononym';
import { pageName } from './generic/page-name';
import { titleName } from './generic/crm2-title-name';
import { nameAway } from './generic/name-away';
import { nameCells, othersName } from './generic/product-name-cells';
import { sexBesideName } from './generic/product-sex-beside-name';
import { bracketedSummary } from './generic/ehr-bracket-summary';
import { exactAge } from './generic/ehr-age-parts';
import { afterAge } from './generic/ehr-age-dob';
import { iconLabelledId } from './generic/ehr-icon-id';
import { firstTextName } from './generic/first-text-name';
import { labelsOtherResource } from './generic/other-resource-labels';
import { recordRow } from './generic/banner-record-row';
import { recordTitle } from './generic/scr-record-title';
import { headedRow } from './generic/cm-headed-row';
import { sexBesideAge } from './generic/ip-age-sex';
import { namesRegion } from './generic/ip-region-name';
import { othersPanel } from './generic/cr-named-panel';
import { dialogTitle } from './generic/gp-dialog-title';
import { subjectName } from './generic/am-subject-name';
import { captionedControls } from './generic/hc-form-group';
import { brCard } from './generic/hc-br-card';
import { avatarName } from './generic/hc-avatar-name';
import { captionRowBelow } from './generic/hc-caption-row';
import { idAfterName } from './generic/hc-next-id';
import { headingNameParts } from './generic/heading-name-parts';

/**
 * The shape rules a page's own words call for, which few patient frames need: a sentence giving a
 * whole identity (prose outside a document's header), one word as the name where a whole identity
 * stands beside it, the one heading of a record page that its title or breadcrumb repeats, the one
 * name labelled away from a banner that gives no name, a patient summary in brackets after the name
 * ("Name (ID, Female, 41 Years)"), an age to the day beside a numeric birth date, the birth date or
 * sex in brackets after the labelled age, a record number labelled by an icon, a banner's first text
 * as its name when nothing near it names the client, a headerless FHIR narrative's labels, a row of a
 * medications or notes table that is no identity line, the one record title an app marks for its
 * test tooling, a table row's values under their column headers (a member strip printed as a table), the
 * sex beside the age under one label, a bare word naming a region for screen readers, a side panel headed by
 * another person's name, the name a header's phrase is about ("Visit Note for …", "Conversation with …"), the name in a
 * record dialog's title bar, a group of captioned form controls under one label (a name's parts, a checked option), a person's card in lines broken by <br>, the name after an avatar of its initials, a banner table's
 * captions over its values, a record number in brackets in the element after a labelled name, a heading's name whose parts are captioned before its identity line. They were a part
 * of the content script loaded on a page's cue while the rules ran in frames; since the reader split
 * (docs/reader-split.md) every rule is in the reading page, and the grouping only says which rules a page's
 * words call for.
 */
export const CUED_SHAPES = { identityProse, mononymIn, pageName, titleName, nameAway, nameCells, othersName, sexBesideName, bracketedSummary, exactAge, afterAge, iconLabelledId, firstTextName, labelsOtherResource, recordRow, recordTitle, headedRow, sexBesideAge, namesRegion, othersPanel, subjectName, dialogTitle, captionedControls, brCard, avatarName, captionRowBelow, idAfterName, headingNameParts };
export type CuedShapes = typeof CUED_SHAPES;
