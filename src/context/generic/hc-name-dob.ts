/**
 * "Client: Nkemelu, Amara (DOB 09/15/2012)": the birth date in brackets after a labelled name, as
 * behavioural-health client bars print it, is that client's (the name is read without it).
 */
export const DOB_AFTER_NAME = /\s*\((?:dob|d\.o\.b\.?|born)[:\s]\s*([^()]{6,20})\)$/i;
