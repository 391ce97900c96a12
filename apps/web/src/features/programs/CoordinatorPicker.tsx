import { useRef, useState } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { CoordinatorCandidate } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager, RangeText } from '../../components/Pager';
import { useCoordinatorCandidates } from './api';

const LIMIT = 10;

/** A coordinator as the form keeps them: the person, their name and organisation. */
export type ChosenCoordinator = { personId: string; name: string; organisationId?: string; organisationName: string };

type CoordinatorPickerProps = {
  /** The program being edited; none for a new one. */
  programId?: string;
  chosen: ChosenCoordinator[];
  onChange: (chosen: ChosenCoordinator[], added?: CoordinatorCandidate) => void;
  /** A new program: its creator is always a coordinator. */
  creatorIncluded: boolean;
  error?: string;
};

/**
 * Choose the program's coordinators (issue 12, decision 0121): a name search over the people who may
 * coordinate — for a network's program, people of its member organisations too — one page at a time.
 * Each result's button adds or removes that person and keeps focus; removing from the chosen list
 * moves focus to the search field.
 */
export function CoordinatorPicker({ programId, chosen, onChange, creatorIncluded, error }: CoordinatorPickerProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const candidates = useCoordinatorCandidates(programId, { q, limit: LIMIT, offset });
  const chosenIds = new Set(chosen.map((c) => c.personId));
  const page = candidates.data;

  const toggle = (candidate: CoordinatorCandidate) =>
    chosenIds.has(candidate.personId)
      ? onChange(chosen.filter((c) => c.personId !== candidate.personId))
      : onChange([...chosen, candidate], candidate);

  return (
    <section aria-labelledby="coordinators-heading" className="form__section">
      <Heading level={3} data-size="xs" id="coordinators-heading">
        {t('programs:coordinators.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('programs:coordinators.intro')}</Paragraph>
      {creatorIncluded ? <Paragraph data-size="sm">{t('programs:coordinators.creatorIncluded')}</Paragraph> : null}
      {chosen.length > 0 ? (
        <ul aria-label={t('programs:coordinators.chosen')} className="plain-list">
          {chosen.map((c) => (
            <li key={c.personId}>
              {t('programs:coordinators.candidate', { name: c.name, organisation: c.organisationName })}{' '}
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  onChange(chosen.filter((x) => x.personId !== c.personId));
                  searchRef.current?.focus();
                }}
              >
                {t('programs:coordinators.remove', { name: c.name })}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph data-size="sm">{t('programs:coordinators.noneChosen')}</Paragraph>
      )}
      <Textfield
        ref={searchRef}
        type="search"
        label={t('programs:coordinators.search')}
        description={t('programs:coordinators.searchHelp')}
        value={q}
        error={error}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setQ(event.target.value);
          setOffset(0);
        }}
      />
      <ErrorAlert error={candidates.error} />
      <div aria-live="polite">
        {page ? (
          <Paragraph data-size="sm">
            {page.total === 0 ? t('programs:coordinators.noMatch') : <RangeText total={page.total} limit={LIMIT} offset={offset} />}
          </Paragraph>
        ) : null}
      </div>
      {page && page.items.length > 0 ? (
        <ul aria-label={t('programs:coordinators.results')} className="plain-list">
          {page.items.map((candidate) => {
            const isChosen = chosenIds.has(candidate.personId);
            return (
              <li key={candidate.personId}>
                {t('programs:coordinators.candidate', { name: candidate.name, organisation: candidate.organisationName })}{' '}
                <Button variant={isChosen ? 'tertiary' : 'secondary'} data-size="sm" onClick={() => toggle(candidate)}>
                  {isChosen
                    ? t('programs:coordinators.remove', { name: candidate.name })
                    : t('programs:coordinators.add', { name: candidate.name })}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {page ? <Pager total={page.total} limit={LIMIT} offset={offset} onChange={setOffset} /> : null}
    </section>
  );
}
