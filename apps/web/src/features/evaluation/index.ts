/** The `evaluation` feature: the coordinator's follow-up (schedule, figures, report), answering a survey, and one's own open surveys. */
// Nothing is shared outside the feature yet: its pages are in pages.ts (decision 0160).
export {};
