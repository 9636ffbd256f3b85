import { useEffect } from 'react';
import { useT } from '../i18n/I18n';

/**
 * Sets the browser tab's title to the page's own title and the site's name ("Mijn voorstel – Wonen na je
 * verblijfsvergunning"), in the reader's language (WCAG 2.4.2: each page has a title that says what it is).
 */
export function useDocumentTitle(pageTitle: string): void {
  const t = useT();
  const site = t('site.name');
  useEffect(() => {
    document.title = `${pageTitle} – ${site}`;
  }, [pageTitle, site]);
}
