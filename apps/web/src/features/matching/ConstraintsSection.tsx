import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableScroll } from '../../components/TableScroll';
import { useRemoveConstraint, type Constraint } from './api';
import { useRuleText, useWhere } from './format';
import { Help } from './Help';

type ConstraintsSectionProps = { programId: string; constraints: Constraint[]; onChanged: () => void };

/** Every lock and exclusion of the program, with reasons and broken rules, each removable. */
export function ConstraintsSection({ programId, constraints, onChanged }: ConstraintsSectionProps) {
  const { t } = useTranslation();
  const ruleText = useRuleText();
  const where = useWhere();
  const remove = useRemoveConstraint(programId);
  const sorted = [...constraints].sort((a, b) => a.kind.localeCompare(b.kind) || a.adept.name.localeCompare(b.adept.name));
  const dash = t('common:common.none');

  return (
    <section aria-labelledby="matching-constraints" className="section" id="constraints">
      <Heading level={2} data-size="sm" id="matching-constraints">
        {t('matching:constraints.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('matching:constraints.intro')}</Paragraph>
      <Help summary={t('matching:help.constraints.summary')} testId="help-constraints">
        {t('matching:help.constraints.body')}
      </Help>
      <ErrorAlert error={remove.error} />
      {sorted.length === 0 ? (
        <Paragraph>{t('matching:constraints.none')}</Paragraph>
      ) : (
        <TableScroll label={t('matching:constraints.caption')}>
          <Table data-size="sm" zebra>
            <caption className="ds-sr-only">{t('matching:constraints.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('matching:constraints.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('matching:constraints.adept')}</Table.HeaderCell>
                <Table.HeaderCell>{t('matching:constraints.mentor')}</Table.HeaderCell>
                <Table.HeaderCell>{t('matching:constraints.reason')}</Table.HeaderCell>
                <Table.HeaderCell>{t('matching:constraints.ruleBreaks')}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="ds-sr-only">{t('matching:constraints.remove')}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {sorted.map((c) => {
                const names = { adept: c.adept.name, mentor: c.mentor.name };
                return (
                  <Table.Row key={c.id}>
                    <Table.Cell>
                      <Tag data-color={c.kind === 'lock' ? 'info' : 'danger'} data-size="sm">
                        {t(`matching:constraints.${c.kind}`)}
                      </Tag>
                    </Table.Cell>
                    <Table.Cell>
                      {c.adept.name}
                      <div className="cell-note matching-note">{where(c.adept)}</div>
                    </Table.Cell>
                    <Table.Cell>
                      {c.mentor.name}
                      <div className="cell-note matching-note">{where(c.mentor)}</div>
                    </Table.Cell>
                    <Table.Cell>{c.reason === 'declined' ? t('matching:constraints.declined') : (c.reason ?? dash)}</Table.Cell>
                    <Table.Cell>{c.ruleBreaks.length ? ruleText(c.ruleBreaks) : dash}</Table.Cell>
                    <Table.Cell>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        loading={remove.isPending && remove.variables === c.id}
                        aria-label={
                          c.kind === 'lock'
                            ? t('matching:constraints.removeLockLabel', names)
                            : t('matching:constraints.removeExcludeLabel', names)
                        }
                        onClick={() => remove.mutate(c.id, { onSuccess: onChanged })}
                      >
                        {t('matching:constraints.remove')}
                      </Button>
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
