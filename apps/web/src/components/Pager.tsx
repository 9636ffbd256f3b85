import { Button, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../i18n/I18n';

/**
 * Previous / next through a list the server pages (`offset` and `limit` as the API takes them, `total` as it counts
 * them), with "page 2 of 5" between. Nothing when everything fits on one page. After a change focus goes to the
 * page's main content, so a keyboard or screen reader user starts reading the new page from its top.
 */
export function Pager({ label, offset, limit, total, onChange }: { label: string; offset: number; limit: number; total: number; onChange: (offset: number) => void }) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.min(pages - 1, Math.floor(offset / limit));
  if (pages <= 1) return null;
  const goTo = (next: number) => {
    onChange(next * limit);
    document.getElementById('main')?.focus();
  };
  return (
    <nav aria-label={label} className="matching-pager">
      <Button appearance="secondary-action-button" disabled={page === 0} onClick={() => goTo(page - 1)}>
        {t('pager.previous')}
      </Button>
      <Paragraph className="matching-pager__where">{t('pager.pageOf', { page: page + 1, pages })}</Paragraph>
      <Button appearance="secondary-action-button" disabled={page >= pages - 1} onClick={() => goTo(page + 1)}>
        {t('pager.next')}
      </Button>
    </nav>
  );
}
