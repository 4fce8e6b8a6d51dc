/** An assessment's coded answer ("2 - Female", "1) Male"): the number before the answer is no part of it. */
export const CODED_ANSWER = /^\d{1,2}\s*[-–.)]\s*(?=\p{L})/u;
