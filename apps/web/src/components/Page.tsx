import { useEffect, type ReactNode } from 'react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title: "<page> – Lots". */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = page ? t('common:app.pageTitle', { page }) : t('common:app.name');
  }, [page, t]);
}

type PageProps = {
  /** The page's one h1, also used as the document title unless `documentTitle` is given. */
  title: string;
  /** The title's language when it is not the UI's, e.g. a program's name (WCAG 3.1.2). */
  titleLang?: string;
  documentTitle?: string;
  lead?: ReactNode;
  /** Content next to the heading, e.g. primary actions. */
  actions?: ReactNode;
  children?: ReactNode;
  narrow?: boolean;
};

export function Page({ title, titleLang, documentTitle, lead, actions, children, narrow }: PageProps) {
  useDocumentTitle(documentTitle ?? title);
  return (
    <div className={narrow ? 'page page--narrow' : 'page'}>
      <div className="page__header">
        <div>
          <Heading level={1} data-size="lg" tabIndex={-1} className="page__title" lang={titleLang}>
            {title}
          </Heading>
          {lead ? <Paragraph className="page__lead">{lead}</Paragraph> : null}
        </div>
        {actions ? <div className="page__actions">{actions}</div> : null}
      </div>
      {children}
    </div>
  );
}
