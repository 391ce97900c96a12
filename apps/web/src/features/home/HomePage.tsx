import type { ReactNode } from 'react';
import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { CoordinatorProgram, Home, HomePair, HomeTask, Me } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { eventTextsIn, formatEventTime } from '../events';
import { ProgramInSentence, ProgramText } from '../programs';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { currentLocale, formatDateTime } from '../../i18n';
import { useHome } from './api';
import './home.css';

/**
 * Home (issue 14 item 11, decision 0170): what needs doing now. A coordinator's programs with each
 * task as a link carrying its count to the page where it is handled; an adept's or mentor's tasks,
 * mentorship and applications; then the shortcuts to what this user may do (`me.can`).
 */
export function HomePage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const home = useHome();
  const firstName = (me.user.name || me.user.email).split(' ')[0] ?? '';
  const data = home.data;
  const participant = data?.participant;
  // The participant's sections are shown to everyone who has something in them, and to anyone who
  // coordinates nothing (where their empty states say what to do); never to an account without a person (a platform administrator).
  const showParticipant =
    participant !== undefined &&
    me.person !== null &&
    (participant.applications.length > 0 || participant.pairs.length > 0 || participant.tasks.length > 0 || data!.coordinator.length === 0);
  return (
    <Page title={t('home:heading', { name: firstName })} documentTitle={t('common:nav.home')} lead={t('home:intro')}>
      <Paragraph>
        {me.person ? t('home:organisationLine', { organisation: me.person.organisationName }) : t('home:noOrganisation')}
      </Paragraph>
      <ErrorAlert error={home.error} />
      {home.isPending ? <Loading /> : null}
      {participant && showParticipant ? <ExpectedNow tasks={participant.tasks} /> : null}
      {data && data.coordinator.length > 0 ? <CoordinatorSection programs={data.coordinator} /> : null}
      {participant && showParticipant ? (
        <>
          <MentorshipSection pairs={participant.pairs} nextMeeting={participant.nextMeeting} />
          <ApplicationsSection applications={participant.applications} />
        </>
      ) : null}
      <Shortcuts me={me} />
    </Page>
  );
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="section">
      <Heading level={2} data-size="sm" id={id}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}

/** What is expected of me now: each a link to where it is done. */
function ExpectedNow({ tasks }: { tasks: HomeTask[] }) {
  const { t } = useTranslation();
  return (
    <Section id="expected-heading" heading={t('home:expected.heading')}>
      {tasks.length === 0 ? (
        <Paragraph>{t('home:expected.none')}</Paragraph>
      ) : (
        <ul className="home-tasks" data-testid="expected-now">
          {tasks.map((task, i) => (
            <li key={`${task.kind}-${task.pairId ?? task.programId ?? ''}-${i}`}>
              <TaskLink task={task} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function TaskLink({ task }: { task: HomeTask }) {
  const { t } = useTranslation();
  const name = task.subject ?? '';
  switch (task.kind) {
    case 'answerMatch':
      return <AppLink to="/mentorships">{t('home:expected.answerMatch', { name })}</AppLink>;
    case 'answerSurvey':
      return <AppLink to="/surveys">{t('home:expected.answerSurvey', { count: task.count })}</AppLink>;
    case 'answerEvent':
      return (
        <AppLink to="/programs/$programId" params={{ programId: task.programId ?? '' }}>
          {t('home:expected.answerEvent', { title: name })}
        </AppLink>
      );
    default: {
      const text =
        task.kind === 'writeAgreement'
          ? t('home:expected.writeAgreement', { name })
          : task.kind === 'signAgreement'
            ? t('home:expected.signAgreement', { name })
            : t('home:expected.bookFirstMeeting', { name });
      return (
        <AppLink to="/mentorships/$pairId" params={{ pairId: task.pairId ?? '' }}>
          {text}
        </AppLink>
      );
    }
  }
}

/** Per coordinated program: the counts that need doing, each a link to the page that handles it, and the next events. */
function CoordinatorSection({ programs }: { programs: CoordinatorProgram[] }) {
  const { t } = useTranslation();
  return (
    <Section id="coordinator-heading" heading={t('home:coordinator.heading')}>
      <Paragraph>{t('home:coordinator.intro')}</Paragraph>
      <ul className="home-programs">
        {programs.map((p) => (
          <li key={p.programId}>
            <CoordinatorProgramCard p={p} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

function CoordinatorProgramCard({ p }: { p: CoordinatorProgram }) {
  const { t } = useTranslation();
  const programId = p.programId;
  const headingId = `home-program-${programId}`;
  const tasks: { key: string; count: number; text: string; link: (text: string) => ReactNode }[] = [
    {
      key: 'applicationsWaiting',
      count: p.applicationsWaiting,
      text: t('home:coordinator.applicationsWaiting', { count: p.applicationsWaiting }),
      link: (text) => (
        <AppLink to="/programs/$programId/review" params={{ programId }} search={{ status: 'submitted' }}>
          {text}
        </AppLink>
      ),
    },
    {
      key: 'confirmationsPending',
      count: p.confirmationsPending,
      text: t('home:coordinator.confirmationsPending', { count: p.confirmationsPending }),
      link: (text) => (
        <AppLink to="/programs/$programId/review" params={{ programId }} search={{ status: 'submitted', confirmation: 'pending' }}>
          {text}
        </AppLink>
      ),
    },
    {
      key: 'pairsUnsigned',
      count: p.pairsUnsigned,
      text: t('home:coordinator.pairsUnsigned', { count: p.pairsUnsigned }),
      link: (text) => (
        <AppLink to="/programs/$programId/pairs" params={{ programId }} search={{ status: 'active', agreement: 'unsigned' }}>
          {text}
        </AppLink>
      ),
    },
    {
      key: 'pairsQuiet',
      count: p.pairsQuiet,
      text: t('home:coordinator.pairsQuiet', { count: p.pairsQuiet }),
      link: (text) => (
        <AppLink to="/programs/$programId/pairs" params={{ programId }} search={{ quiet: 'true' }}>
          {text}
        </AppLink>
      ),
    },
  ];
  const due = tasks.filter((task) => task.count > 0);
  return (
    <Card data-color="neutral" className="home-program">
      <Heading level={3} data-size="xs" id={headingId}>
        <AppLink to="/programs/$programId" params={{ programId }}>
          <ProgramText languages={p.programLanguages}>{p.programName}</ProgramText>
        </AppLink>{' '}
        <Tag data-size="sm" data-color="neutral">
          {t(`programs:programStatus.${p.programStatus}`)}
        </Tag>
      </Heading>
      {due.length === 0 ? (
        <Paragraph data-size="sm">{t('home:coordinator.nothing')}</Paragraph>
      ) : (
        <ul className="home-tasks">
          {due.map((task) => (
            <li key={task.key}>{task.link(task.text)}</li>
          ))}
        </ul>
      )}
      <Heading level={4} data-size="2xs">
        {t('home:coordinator.events')}
      </Heading>
      {p.nextEvents.length === 0 ? (
        <Paragraph data-size="sm">{t('home:coordinator.noEvents')}</Paragraph>
      ) : (
        <ul className="home-events">
          {p.nextEvents.map((e) => {
            // A title given in the reader's language is in the page's language; else it is in the program's own.
            const translated = Boolean(e.translations[currentLocale()]?.title);
            const title = eventTextsIn({ ...e, description: null }).title;
            return (
              <li key={e.id}>
                <time dateTime={e.startsAt}>{formatEventTime(e.startsAt, e.endsAt)}</time>{' '}
                {translated ? title : <ProgramText languages={p.programLanguages}>{title}</ProgramText>}
              </li>
            );
          })}
        </ul>
      )}
      <Paragraph data-size="sm">
        <AppLink to="/programs/$programId" params={{ programId }}>
          {t('home:coordinator.eventsLink')}
        </AppLink>
      </Paragraph>
    </Card>
  );
}

/** My match: offered (answer it on My mentorship) or running (the partner, a link), and the next meeting. */
function MentorshipSection({ pairs, nextMeeting }: { pairs: HomePair[]; nextMeeting: Home['participant']['nextMeeting'] }) {
  const { t } = useTranslation();
  if (pairs.length === 0) return null;
  return (
    <Section id="home-mentorship-heading" heading={t('home:mentorship.heading')}>
      <ul className="home-tasks">
        {pairs.map((p) => (
          <li key={p.pairId}>
            {p.status === 'published' ? (
              <>
                <ProgramInSentence
                  name={p.programName}
                  languages={p.programLanguages}
                  sentence={(program) =>
                    t('home:mentorship.offered', {
                      name: p.partner.name,
                      role: t(`home:mentorship.partnerRole.${p.myRole === 'mentor' ? 'adept' : 'mentor'}`),
                      program,
                    })
                  }
                />{' '}
                {p.myResponse === 'pending' ? (
                  <AppLink to="/mentorships">{t('home:mentorship.offeredLink')}</AppLink>
                ) : (
                  t('home:mentorship.waiting', { name: p.partner.name })
                )}
              </>
            ) : (
              <>
                <AppLink to="/mentorships/$pairId" params={{ pairId: p.pairId }}>
                  {t('home:mentorship.active', { name: p.partner.name })}
                </AppLink>{' '}
                (<ProgramText languages={p.programLanguages}>{p.programName}</ProgramText>)
              </>
            )}
          </li>
        ))}
      </ul>
      {pairs.some((p) => p.status === 'active') ? (
        <>
          <Heading level={3} data-size="xs">
            {t('home:mentorship.nextMeeting')}
          </Heading>
          <Paragraph data-testid="home-next-meeting">
            {nextMeeting ? (
              <>
                <time dateTime={nextMeeting.at}>{formatDateTime(nextMeeting.at)}</time>, {nextMeeting.partnerName}
              </>
            ) : (
              t('home:mentorship.noNextMeeting')
            )}
          </Paragraph>
        </>
      ) : null}
    </Section>
  );
}

/** My applications: status and what happens next; the empty state leads to the programs. */
function ApplicationsSection({ applications }: { applications: Home['participant']['applications'] }) {
  const { t } = useTranslation();
  return (
    <Section id="home-applications-heading" heading={t('home:applications.heading')}>
      {applications.length === 0 ? (
        <Paragraph>
          {t('home:applications.none')} <AppLink to="/programs">{t('home:applications.programsLink')}</AppLink>
        </Paragraph>
      ) : (
        <ul className="home-programs">
          {applications.map((a) => (
            <li key={a.applicationId}>
              <Card data-color="neutral" className="home-program">
                <Heading level={3} data-size="xs">
                  <AppLink to="/programs/$programId" params={{ programId: a.programId }}>
                    <ProgramText languages={a.programLanguages}>{a.programName}</ProgramText>
                  </AppLink>
                </Heading>
                <Paragraph data-size="sm">
                  {t(`mentorship:roles.${a.role}`)} ·{' '}
                  <Tag data-size="sm" data-color={a.status === 'accepted' ? 'success' : 'neutral'}>
                    {t(`applications:applicationStatus.${a.status}`)}
                  </Tag>
                </Paragraph>
                <Paragraph data-size="sm">{t(`home:applications.next.${a.next}`)}</Paragraph>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Shortcut({ link, text }: { link: ReactNode; text: string }) {
  return (
    <li>
      <Card data-color="neutral" className="shortcut">
        <Heading level={3} data-size="xs">
          {link}
        </Heading>
        <Paragraph data-size="sm">{text}</Paragraph>
      </Card>
    </li>
  );
}

/** The shortcuts to what this user may do (`me.can`, from the server). */
function Shortcuts({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { can } = me;
  const orgId = me.person?.organisationId ?? null;
  return (
    <Section id="shortcuts-heading" heading={t('home:shortcuts')}>
      <ul className="shortcuts">
        <Shortcut link={<AppLink to="/programs">{t('common:nav.programs')}</AppLink>} text={t('home:programsText')} />
        <Shortcut link={<AppLink to="/mentorships">{t('mentorship:nav')}</AppLink>} text={t('home:mentorshipText')} />
        <Shortcut link={<AppLink to="/profile">{t('common:nav.profile')}</AppLink>} text={t('home:profileText')} />
        {can.readMentorRegister ? (
          <Shortcut link={<AppLink to="/mentor-register">{t('common:nav.mentorRegister')}</AppLink>} text={t('home:mentorRegisterText')} />
        ) : null}
        {can.administerPlatform ? (
          <Shortcut
            link={<AppLink to="/admin/organisations">{t('common:nav.organisations')}</AppLink>}
            text={t('home:organisationsText')}
          />
        ) : null}
        {can.manageOrganisation && orgId ? (
          <Shortcut
            link={
              <AppLink to="/admin/organisations/$orgId" params={{ orgId }}>
                {t('common:nav.organisation')}
              </AppLink>
            }
            text={t('home:organisationText')}
          />
        ) : null}
        {can.readPeople && orgId ? (
          <Shortcut
            link={
              <AppLink to="/admin/organisations/$orgId/people" params={{ orgId }}>
                {t('common:nav.people')}
              </AppLink>
            }
            text={t('home:peopleText')}
          />
        ) : null}
        {can.managePeople && orgId ? (
          <Shortcut
            link={
              <AppLink to="/admin/organisations/$orgId/people/import" params={{ orgId }}>
                {t('home:importLink')}
              </AppLink>
            }
            text={t('home:importText')}
          />
        ) : null}
        {can.readOutbox ? (
          <Shortcut link={<AppLink to="/admin/outbox">{t('common:nav.outbox')}</AppLink>} text={t('home:outboxText')} />
        ) : null}
      </ul>
    </Section>
  );
}
