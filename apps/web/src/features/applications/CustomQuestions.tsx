import { Checkbox, Radio, Textfield } from '@digdir/designsystemet-react';
import type { Question } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ChoiceFieldset } from '../../components/ChoiceFieldset';
import type { Answers, AnswerValue } from './applicationValues';

type CustomQuestionsProps = {
  questions: Question[];
  answers: Answers;
  onChange: (id: string, value: AnswerValue) => void;
  errorText: (name: string) => string | undefined;
};

const SCALE = [1, 2, 3, 4, 5];

/** The program's own questions, each rendered by its kind. Fields are named answers.<id>, as the API names them in errors. */
export function CustomQuestions({ questions, answers, onChange, errorText }: CustomQuestionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {questions.map((q) => {
        const name = `answers.${q.id}`;
        const label = q.required ? `${q.label} ${t('applications:apply.requiredMark')}` : q.label;
        const value = answers[q.id];
        const error = errorText(name);
        const help = q.help ?? undefined;
        switch (q.kind) {
          case 'short_text':
          case 'long_text': {
            const text = typeof value === 'string' ? value : '';
            return q.kind === 'long_text' ? (
              <Textfield
                key={q.id}
                name={name}
                label={label}
                description={help}
                multiline
                rows={4}
                required={q.required}
                value={text}
                error={error}
                onChange={(e) => onChange(q.id, e.target.value)}
              />
            ) : (
              <Textfield
                key={q.id}
                name={name}
                label={label}
                description={help}
                required={q.required}
                value={text}
                error={error}
                onChange={(e) => onChange(q.id, e.target.value)}
              />
            );
          }
          case 'single_choice':
          case 'scale':
            return (
              <ChoiceFieldset
                key={q.id}
                legend={label}
                description={[help, q.kind === 'scale' ? t('applications:apply.scaleHelp') : null].filter(Boolean).join(' ') || undefined}
                error={error}
              >
                <div className={q.kind === 'scale' ? 'scale' : undefined}>
                  {(q.kind === 'scale' ? SCALE.map(String) : q.options).map((option) => (
                    <Radio
                      key={option}
                      name={name}
                      value={option}
                      label={option}
                      checked={q.kind === 'scale' ? value === Number(option) : value === option}
                      aria-invalid={error ? true : undefined}
                      onChange={() => onChange(q.id, q.kind === 'scale' ? Number(option) : option)}
                    />
                  ))}
                </div>
              </ChoiceFieldset>
            );
          case 'multiple_choice': {
            const chosen = Array.isArray(value) ? value : [];
            return (
              <ChoiceFieldset key={q.id} legend={label} description={help} error={error}>
                {q.options.map((option) => (
                  <Checkbox
                    key={option}
                    name={name}
                    value={option}
                    label={option}
                    checked={chosen.includes(option)}
                    aria-invalid={error ? true : undefined}
                    onChange={(e) => onChange(q.id, e.target.checked ? [...chosen, option] : chosen.filter((c) => c !== option))}
                  />
                ))}
              </ChoiceFieldset>
            );
          }
        }
      })}
    </>
  );
}
