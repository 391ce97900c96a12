import type { ReactNode } from 'react';
import { Details, Paragraph } from '@digdir/designsystemet-react';

/**
 * A term explained where it appears (issue 14 item 13): a native disclosure, closed until asked for,
 * reached and opened with the keyboard and announced as a button that expands (not a hover tooltip).
 */
export function Help({ summary, children, testId }: { summary: string; children: ReactNode; testId?: string }) {
  return (
    <Details data-size="sm" className="matching-help" data-testid={testId}>
      <Details.Summary>{summary}</Details.Summary>
      <Details.Content>
        <div className="matching-help__text">
          {typeof children === 'string'
            ? children.split('\n\n').map((part) => (
                <Paragraph key={part} data-size="sm">
                  {part}
                </Paragraph>
              ))
            : children}
        </div>
      </Details.Content>
    </Details>
  );
}
