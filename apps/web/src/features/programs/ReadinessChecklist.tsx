import { Heading, Link as DsLink, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { programReadiness, type Program, type Readiness, type ReadinessItem } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { questionsQuery } from '../applications';

/** Today's date (yyyy-mm-dd) as the server counts it (decision 0150: UTC). */
const today = () => new Date().toISOString().slice(0, 10);

/** The checklist of a program before it opens (decision 0150), computed by the core's `programReadiness`; null until its questions are known. */
export function useReadiness(program: Program): Readiness | null {
  const questions = useQuery({ ...questionsQuery(program.id), enabled: program.can.manage && program.status === 'draft' });
  if (!questions.data) return null;
  return programReadiness(program, { questionCount: questions.data.length, today: today() });
}

/** Where the coordinator fixes an item: the program's own questions are on this page, everything else in the edit form. */
function ItemLink({ program, item }: { program: Program; item: ReadinessItem }) {
  const { t } = useTranslation();
  const label = t(`programs:readiness.item.${item}`);
  if (item === 'questions') return <DsLink href="#questions-heading">{label}</DsLink>;
  if (item === 'partners') return <span>{label}</span>;
  return (
    <AppLink to="/programs/$programId/edit" params={{ programId: program.id }}>
      {label}
    </AppLink>
  );
}

/** On a draft's page, for those who manage it: what is still missing before it can open, and what is only recommended. */
export function ReadinessChecklist({ program }: { program: Program }) {
  const { t } = useTranslation();
  const readiness = useReadiness(program);
  if (!readiness || program.status !== 'draft' || !program.can.manage) return null;
  return (
    <section aria-labelledby="readiness-heading" className="section" data-testid="readiness">
      <Heading level={2} data-size="sm" id="readiness-heading">
        {t('programs:readiness.heading')}
      </Heading>
      <Paragraph data-size="sm">
        {readiness.ready ? t('programs:readiness.ready') : t('programs:readiness.missingCount', { count: readiness.missing.length })}
      </Paragraph>
      <ul className="checklist">
        {readiness.checks.map((check) => (
          <li key={check.item} className="checklist__item" data-done={check.done}>
            <Tag data-color={check.done ? 'success' : check.required ? 'warning' : 'neutral'} data-size="sm">
              {check.done
                ? t('programs:readiness.done')
                : check.required
                  ? t('programs:readiness.required')
                  : t('programs:readiness.recommended')}
            </Tag>{' '}
            <ItemLink program={program} item={check.item} />
            <Paragraph data-size="sm" className="checklist__hint">
              {t(`programs:readiness.hint.${check.item}`)}
            </Paragraph>
          </li>
        ))}
      </ul>
    </section>
  );
}
