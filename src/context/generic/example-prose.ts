/**
 * Reference pages (a terminology's usage notes, a profile's guidance) illustrate a summary format
 * with a sample patient: a sentence introduced as an example describes nobody on the page.
 */
export const EXAMPLE_LEAD = /^\s*(?:(?:(?:for )?example|sample|illustration|such as)\b|e\.\s?g\.)/i;
