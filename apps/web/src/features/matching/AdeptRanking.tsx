import { useEffect, useRef, useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from './api';
import { LiveNotice } from './LiveNotice';
import { ProfileCard } from './ProfileCard';

export const MAX_CHOICES = 5;

type Focus = { id: string; action: 'up' | 'down' } | 'heading' | null;

type AdeptRankingProps = {
  candidates: Candidate[];
  ranked: string[];
  onChange: (ranked: string[]) => void;
};

/**
 * An adept ranks up to five mentors: an ordered list with move up / move down / remove,
 * and the mentors' profiles with add / remove. Focus follows the moved mentor and every
 * change is announced.
 */
export function AdeptRanking({ candidates, ranked, onChange }: AdeptRankingProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [focus, setFocus] = useState<Focus>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const byId = new Map(candidates.map((c) => [c.applicationId, c]));
  const chosen = ranked.filter((id) => byId.has(id));
  const full = chosen.length >= MAX_CHOICES;
  const name = (id: string) => byId.get(id)?.name ?? '';

  useEffect(() => {
    if (!focus || !listRef.current) return;
    const root = listRef.current;
    if (focus === 'heading') root.querySelector<HTMLElement>('h2')?.focus();
    else {
      const other = focus.action === 'up' ? 'down' : 'up';
      const button =
        root.querySelector<HTMLElement>(`[data-rank-id="${focus.id}"][data-action="${focus.action}"]`) ??
        root.querySelector<HTMLElement>(`[data-rank-id="${focus.id}"][data-action="${other}"]`);
      button?.focus();
    }
    setFocus(null);
  }, [focus]);

  const move = (index: number, delta: -1 | 1) => {
    const next = [...chosen];
    const [id] = next.splice(index, 1);
    if (!id) return;
    next.splice(index + delta, 0, id);
    onChange(next);
    setMessage(t('matching:preferences.moved', { name: name(id), rank: index + delta + 1 }));
    setFocus({ id, action: delta < 0 ? 'up' : 'down' });
  };
  const remove = (id: string, moveFocus: boolean) => {
    onChange(chosen.filter((x) => x !== id));
    setMessage(t('matching:preferences.removed', { name: name(id) }));
    if (moveFocus) setFocus('heading');
  };
  const add = (id: string) => {
    onChange([...chosen, id]);
    setMessage(t('matching:preferences.addedNotice', { name: name(id), rank: chosen.length + 1 }));
  };

  return (
    <div className="matching-prefs">
      <div ref={listRef} className="matching-prefs__ranking">
        <Heading level={2} data-size="sm" tabIndex={-1} id="matching-ranking">
          {t('matching:preferences.ranking')}
        </Heading>
        <Paragraph data-size="sm">{t('matching:preferences.count', { count: chosen.length })}</Paragraph>
        {chosen.length === 0 ? <Paragraph>{t('matching:preferences.rankingEmpty')}</Paragraph> : null}
        <ol className="matching-rank" aria-labelledby="matching-ranking">
          {chosen.map((id, i) => {
            const n = name(id);
            return (
              <li key={id} className="matching-rank__item">
                <span className="matching-rank__name">{n}</span>
                <span className="row-actions">
                  {i > 0 ? (
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      data-rank-id={id}
                      data-action="up"
                      aria-label={t('matching:preferences.upLabel', { name: n })}
                      onClick={() => move(i, -1)}
                    >
                      {t('matching:preferences.up')}
                    </Button>
                  ) : null}
                  {i < chosen.length - 1 ? (
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      data-rank-id={id}
                      data-action="down"
                      aria-label={t('matching:preferences.downLabel', { name: n })}
                      onClick={() => move(i, 1)}
                    >
                      {t('matching:preferences.down')}
                    </Button>
                  ) : null}
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t('matching:preferences.removeLabel', { name: n })}
                    onClick={() => remove(id, true)}
                  >
                    {t('matching:preferences.remove')}
                  </Button>
                </span>
              </li>
            );
          })}
        </ol>
        {full ? <Paragraph data-size="sm">{t('matching:preferences.full')}</Paragraph> : null}
        <LiveNotice message={message} color="info" />
      </div>
      <section aria-labelledby="matching-candidates" className="matching-prefs__candidates">
        <Heading level={2} data-size="sm" id="matching-candidates">
          {t('matching:preferences.candidatesMentors')}
        </Heading>
        {candidates.length === 0 ? <Paragraph>{t('matching:preferences.noCandidates')}</Paragraph> : null}
        <ul className="matching-cards">
          {candidates.map((c) => {
            const rank = chosen.indexOf(c.applicationId);
            return (
              <li key={c.applicationId}>
                <ProfileCard candidate={c}>
                  <div className="matching-card-actions">
                    {/* One button that toggles, so focus stays on it. */}
                    <Button
                      variant={rank >= 0 ? 'tertiary' : 'secondary'}
                      data-size="sm"
                      disabled={rank < 0 && full}
                      aria-label={
                        rank >= 0
                          ? t('matching:preferences.removeLabel', { name: c.name })
                          : t('matching:preferences.addLabel', { name: c.name })
                      }
                      onClick={() => (rank >= 0 ? remove(c.applicationId, false) : add(c.applicationId))}
                    >
                      {rank >= 0 ? t('matching:preferences.remove') : t('matching:preferences.add')}
                    </Button>
                    {rank >= 0 ? <Paragraph data-size="sm">{t('matching:preferences.added', { rank: rank + 1 })}</Paragraph> : null}
                  </div>
                </ProfileCard>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
