import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A line's bare date yields to the birth date the page confirms (bare-line-date.ts): a clinic-status list's
 * "rostered 2017-04-02" is no second birth date. Our own markup, an EMR's master demographic page.
 */
const PAGE = "<!DOCTYPE html>\n<html lang=\"en-CA\">\n<head><meta charset=\"utf-8\"><title>ABERCROMBIE, PHILIPPA - Master Demographic</title></head>\n<body>\n<div class=\"oscar-topbar\"><span>Harbour Family Clinic</span> <span class=\"provider\">Provider: dr. Wong, Ada</span></div>\n<table class=\"MainTable\" width=\"100%\">\n<tr class=\"MainTableTopRow\">\n<td class=\"MainTableTopRowLeftColumn\">Demographic</td>\n<td class=\"MainTableTopRowRightColumn\">ABERCROMBIE, PHILIPPA &nbsp; M &nbsp; 42 years &nbsp; <a href=\"#\">Rx</a> | <a href=\"#\">E-Chart</a> | <a href=\"#\">Billing</a></td>\n</tr>\n</table>\n<div class=\"demographicSection\" id=\"demographic\">\n<h3>&nbsp;Demographic</h3>\n<ul>\n<li><span class=\"label\">Last Name:</span> <span class=\"info\">ABERCROMBIE</span></li>\n<li><span class=\"label\">First Name:</span> <span class=\"info\">PHILIPPA</span></li>\n<li><span class=\"label\">Title:</span> <span class=\"info\">MS</span></li>\n<li><span class=\"label\">Sex:</span> <span class=\"info\">F</span></li>\n<li><span class=\"label\">Age:</span> <span class=\"info\">56 (DOB: 1969-12-14)</span></li>\n<li><span class=\"label\">Language:</span> <span class=\"info\">English</span></li>\n</ul>\n</div>\n<div class=\"demographicSection\" id=\"contactInformation\">\n<h3>&nbsp;Contact Information</h3>\n<ul>\n<li><span class=\"label\">Phone(H):</span> <span class=\"info\">250-555-0121</span></li>\n<li><span class=\"label\">Phone(W):</span> <span class=\"info\">250-555-0909</span></li>\n<li><span class=\"label\">Cell Phone:</span> <span class=\"info\">778-555-0140</span></li>\n<li><span class=\"label\">Address:</span> <span class=\"info\">12 Oak St, Victoria BC V8V 1A1</span></li>\n</ul>\n</div>\n<div class=\"demographicSection\" id=\"patientClinicStatus\">\n<h3>&nbsp;Patient Clinic Status</h3>\n<ul>\n<li><span class=\"label\">MRP:</span> <span class=\"info\">Wong, Ada</span></li>\n<li><span class=\"label\">Chart No:</span> <span class=\"info\">88213</span></li>\n<li><span class=\"label\">Roster Status:</span> <span class=\"info\">RO &ndash; rostered 2017-04-02</span></li>\n<li><span class=\"label\">Patient Status:</span> <span class=\"info\">AC</span></li>\n</ul>\n</div>\n</body>\n</html>\n";
const read = async (html: string) => (await readInHappyDom(html, 'https://emr.example.ca/demographic?no=5512', extractClientContext)).reading;

describe("a line's bare date beside a confirmed birth date", () => {
  it("reads the birth date after the age, not the status line's date", async () => {
    expect(await read(PAGE)).toMatchObject({ name: 'Philippa Abercrombie', dob: '1969-12-14', mrn: '88213' });
  });

  it('still rejects two confirmed birth dates', async () => {
    expect(await read(PAGE.replace('RO &ndash; rostered 2017-04-02', 'DOB: 1971-03-08'))).toBeNull();
  });
});
