/**
 * What an extension page needs to check messages and answers (boundary.ts, page-replies.ts), as one
 * chunk loaded on first use: the schemas stay out of a page's first paint and arrive while the
 * background answers the first request.
 */
export { PAGE_REPLIES } from './page-replies';
export { checked, validating } from './boundary';
