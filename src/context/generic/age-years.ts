/** How an age's years follow its number: "45 y", "45 yo", "45 y.o.", "45 y/o", "45 yrs", "45 years old". */
export const YEARS = '(?:y\\.?\\s?o\\.?|y\\/o|y|yrs?|years?(?: old)?)\\.?';
