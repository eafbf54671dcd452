/** One answer: [question, answer, legal basis]. */
export type QA = readonly [string, string, string]
