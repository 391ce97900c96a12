/**
 * i18next-parser: extracts every `t('namespace:key')` of the web app and the server into the
 * JSON catalogs (`npm run i18n:extract`), and is the tool behind the key report that `npm test`
 * runs (`npm run i18n:keys`, scripts/i18n-keys.mjs): 0 missing and 0 unused keys.
 *
 * Keys always name their namespace. A key built at run time (a status, a kind, an error code:
 * `t(\`programs:programStatus.${status}\`)`) cannot be found in the code; its family is declared
 * below in `keepRemoved`, the tool's list of keys to keep although no `t()` names them. Each
 * pattern is one family, anchored, and the key report fails on a pattern that matches no key.
 * That such a key exists in the catalogs is checked by the typed keys (apps/web/src/i18next.d.ts:
 * the template literal's type must be a key) and, for the server, by its tests.
 */

/** Families of keys built at run time: namespace → key prefixes (before the variable part). */
export const dynamicKeys = {
  common: [
    'errors.', // API error codes (api/errors.ts) and form validation keys returned by lib/validate.ts
    'importErrors.', // import problem codes from the server (people/importErrors.ts)
    'languages.', // LOCALES
    'roles.', // ROLES and the demo roles (components/labels.ts)
  ],
  invitations: ['expired', 'accepted', 'revoked'], // the invitation's status (AcceptInvitationPage)
  organisations: ['kinds.', 'countries.'],
  people: ['accountStatus.', 'import.columns.'],
  outbox: ['mailStatus.'],
  resources: ['audience.', 'locale.'], // ResourcesSection: a resource's audience and language
  networking: ['kind.', 'role.'], // NetworkingPage: a group's kind, a candidate's role in the program
  events: [
    'eventKind.',
    'mode.',
    'audience.',
    'response.',
    'attendMode.',
    'attendance.',
    'answerPage.option.',
    'attendancePanel.option.',
    'attendancePanel.role.',
    'progress.bands.',
  ],
  programs: [
    // participation/ParticipationPage.tsx: status tags, the notice and the confirmation per answer
    'participation.status.',
    'participation.done.',
    'participation.confirm.',
    'programStatus.',
    'programStatusHelp.',
    'transition.',
    'transitionConfirm.', // what a status change does, in its confirmation (CoordinatorPanel)
    'closing.outcomes.', // what closing does to a pair (ClosingPreview)
    'programType.',
    'guide.step.', // the guided creation of a program (ProgramGuide, issue 14 item 9)
    'guide.intro.',
    'guide.mark.',
    'guide.typeHelp.',
    'readiness.item.', // the checklist before opening (ReadinessChecklist, decision 0150)
    'readiness.hint.',
    'meetingMode.',
    'questionKind.',
    'rules.kind.',
    'rules.help.',
    'rules.legend.',
    'rules.yearsAsManager.',
    'rules.age.',
    'ruleSummary.yearsAsManager.',
    'ruleSummary.age.',
    'program.applyAs.',
    'program.openApplication.',
    'program.rulesFor.',
    'questions.for.',
    'questions.roleOption.',
  ],
  applications: [
    'nominate.roles.', // the role a nominee is nominated as (NominationForm, NominationsList)
    'applicationStatus.',
    'confirmationStatus.',
    'meetingPreference.',
    'eligibility.', // reasons from the core's rule evaluation (applications/eligibilityText.ts)
    'apply.heading.',
    'apply.profileIntro.',
    'apply.developmentGoals.',
    'applicationReview.lead.',
    'appImport.columns.',
    'decision.heading.',
    'decision.intro.',
    'decision.confirm.',
    'decision.done.',
    'recommendations.verdict.',
    'respond.heading.',
    'respond.intro.',
    'respond.legend.',
    'respond.role.',
    'respond.option.',
    'respond.commentHelp.',
    'review.bulk.',
  ],
  accessibility: [
    'level.', // the statement's compliance level (AccessibilityStatementPage)
    'gaps.', // KNOWN_GAPS
    'supervisor.', // by the organisation's country
    'assessment.', // self or external
  ],
  costs: [
    'role.', // the participant's role in an invoice basis (costs/export.ts, the web page)
    'category.', // COST_CATEGORIES
    'splitRule.', // SPLIT_RULES
    'splitRuleHelp.', // SPLIT_RULES (SettingsForm.tsx)
    'withdrawalRule.', // WITHDRAWAL_RULES (SettingsForm.tsx)
    'basis.download.', // the file formats (OrganisationPart.tsx)
  ],
  matching: [
    'criteria.',
    'ruleBreaks.',
    'settings.',
    'constraints.',
    'why.level.',
    'history.statuses.',
    'pairStatus.',
    'response.',
    'role.',
    'preferences.meeting.',
  ],
  home: ['applications.next.', 'mentorship.partnerRole.'], // HomePage: what happens next with an application, the partner's role
  mentorship: [
    'status.',
    'mode.',
    'roles.',
    'clauseNames.',
    'clauses.languages.',
    'clauses.problems.',
    'agreementForm.problems.',
    'space.sections.',
    'space.youAre.',
    'contact.your.',
    'continuation.agreed.',
    'continuation.choices.',
    'goals.levels.',
    'health.by.',
    'health.continuationChoice.',
    'defaultClauses.', // server: the program's default agreement clauses (mentorship/clauses.ts, seed)
    'questionBank.', // server: the standard question bank (mentorship/clauses.ts)
    'pdf.modes.', // server: the agreement PDF's meeting mode (mentorship/documents.ts)
  ],
  evaluation: [
    'instruments.', // the instrument library's texts, by instrument and item (core evaluation/instruments.ts)
    'scale.', // answer options per item type
    'kinds.', // server: the survey's kind in invitation mails (evaluation/schedule.ts)
    'roles.', // server: group labels of the results (evaluation/results.ts)
    'results.underRepresented.',
    'occasion.',
    'funnel.',
    'pairHealth.',
    'level.',
    'breakdown.',
    'page.kindHelp.',
    'page.suppressed.',
    'page.audiences.', // who a survey goes to, by SURVEY_AUDIENCES (ScheduleForm)
    'organisation.columns.', // the HR file's columns in the preview (OrganisationEvaluationPage)
  ],
  mail: [
    // server: renderMail builds `${template}.subject|body|action` for every MailTemplate (mail/render.ts)
    'invitation.',
    'magicLink.',
    'resetPassword.',
    'managerConfirmation.',
    'confirmationReminder.',
    'nomination.',
    'recommendation.',
    'recommendations.', // one recommender, several applicants: subject and body, a link per applicant (no action)
    'decision.', // also the decision's body and the coordinator's message intro (applications/review-service.ts)
    'digest.',
    'matchPublished.',
    'meetingDue.',
    'quiet.',
    'logMeeting.',
    'managerMentorshipStarted.',
    'managerMentorshipEnded.',
    'managerMentorshipResumed.',
    'pairWithdrawn.',
    'participationInvitation.',
    'eventInvitation.', // events/mails.ts: the template is the mail's kind
    'eventUpdated.',
    'eventCancelled.',
    'eventReminder.',
    'eventUnanswered.',
    'eventPromoted.',
    'endedBy.', // who ended a mentorship, in the coordinators' digest (applications/digest.ts)
    'programRef.', // how a manager's mail refers to the program (applications/confirmations.ts)
    'roles.', // the applicant's role in a decision or recommendation mail
    'surveyInvitation.',
    'surveyReminder.',
    'rematchRequest.',
  ],
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One anchored pattern per family: a prefix ending in "." matches the keys under it (and the
 * object itself: the parser tests a whole subtree by its own key when no key in it is extracted),
 * any other prefix matches that one key.
 */
export const keepRemoved = Object.entries(dynamicKeys).flatMap(([ns, prefixes]) =>
  prefixes.map((p) =>
    p.endsWith('.') ? new RegExp(`^${escape(`${ns}:${p.slice(0, -1)}`)}(\\.|$)`) : new RegExp(`^${escape(`${ns}:${p}`)}$`),
  ),
);

export default {
  locales: ['sv', 'nb', 'en'],
  defaultNamespace: 'common',
  namespaceSeparator: ':',
  keySeparator: '.',
  pluralSeparator: '_',
  input: ['apps/web/src/**/*.{ts,tsx}', 'apps/server/src/**/*.ts', '!**/*.test.{ts,tsx}', '!apps/server/src/testing/**'],
  output: 'packages/core/locales/$LOCALE/$NAMESPACE.json',
  // `messageKey('ns:key')` (web lib/validate.ts) names a form message's key, translated when shown.
  lexers: {
    ts: [{ lexer: 'JavascriptLexer', functions: ['t', 'messageKey'] }],
    tsx: [{ lexer: 'JsxLexer', functions: ['t', 'messageKey'] }],
    default: [{ lexer: 'JavascriptLexer', functions: ['t', 'messageKey'] }],
  },
  keepRemoved,
  createOldCatalogs: false,
  sort: false,
  indentation: 2,
  lineEnding: 'lf',
  // A new key gets an empty text in every language: the parity test fails until it is translated.
  defaultValue: '',
};
