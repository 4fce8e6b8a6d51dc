/**
 * "Patient's date of birth (as shown on insurance card)", "Daytime phone (include area code)": a form's caption with
 * a filling instruction in brackets, which makes it longer than labels are. The instruction is no word of the label.
 * Only instructions: a bracket that names a person ("DOB (Spouse)") makes the label that person's and stays.
 * Research data entry forms (REDCap) print a date field's format the same way: "Date of birth (M-D-Y)", "(Y-M-D H:M)".
 */
const INSTRUCTION = /\s*\((?:last(?: name)?,\s*first|as (?:shown|it appears|listed|printed|written)|include|including|from the|if any|if different|e\.g\.|mm\/dd|dd\/mm|optional|required|please|print|[mdy]{1,4}-[mdy]{1,4}-[mdy]{1,4})\b[^()]{0,60}\)\s*:?$/i;

export const withoutInstruction = (text: string): string => text.replace(INSTRUCTION, '');

/** Whether a caption of up to 100 characters is a label's length once its instruction is gone. */
export const instructedCaption = (text: string): boolean => text.length <= 100 && INSTRUCTION.test(text) && withoutInstruction(text).length <= 40;
