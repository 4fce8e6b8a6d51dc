/**
 * The label of a number that is the client's own though not their record number: an encounter's, a visit's, an account's
 * (FIN, CSN, HAR), a case's, a social security number. A phone labelled right after one is the client's still: a banner
 * lists its identifiers and then its phone ("FIN: 55320981 · Phone: …"), with no one else's name between.
 */
export const OWN_NUMBER_LABEL = /^(?:encounter|visit|fin|csn|har|account|acct|episode|case|admission|ssn|ss#|social security)\b/i;
