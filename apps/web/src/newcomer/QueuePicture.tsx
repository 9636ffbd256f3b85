import { useT } from '../i18n/I18n';

/**
 * A picture of the queue: one bar for every household waiting, the part ahead of the reader shaded and their place
 * marked. Its sentence (visible, and what a screen reader reads) gives the same two numbers; the bar is decoration.
 * `position` is 1-based (1 = first in line) and at most `total`.
 */
export function QueuePicture({ position, total }: { position: number; total: number }) {
  const t = useT();
  const ahead = total > 0 ? Math.min(1, Math.max(0, (position - 1) / total)) : 0;
  return (
    <figure className="matching-figure">
      <div className="matching-queue" aria-hidden="true">
        <div className="matching-queue__ahead" style={{ inlineSize: `${ahead * 100}%` }} />
        <div className="matching-queue__you" style={{ insetInlineStart: `calc(${ahead * 100}% - 2px)` }} />
      </div>
      <div className="matching-scale" aria-hidden="true">
        <span>{t('standing.queue.front')}</span>
        <span>{t('standing.queue.back')}</span>
      </div>
      <figcaption>{t('standing.queue.caption', { ahead: position - 1, total })}</figcaption>
    </figure>
  );
}

/**
 * The wait estimate as a range on a scale of rounds: a span from the low to the high end, no single point (the
 * estimate is not that precise). The scale runs from now to a little past the high end. Decoration beside the API's
 * sentence, which says the same.
 */
export function RangePicture({ low, high }: { low: number; high: number }) {
  const t = useT();
  const end = Math.max(high + 1, Math.ceil(high * 1.25));
  return (
    <div aria-hidden="true">
      <div className="matching-range">
        <div className="matching-range__span" style={{ insetInlineStart: `${(Math.max(0, low - 1) / end) * 100}%`, inlineSize: `${((high - Math.max(0, low - 1)) / end) * 100}%` }} />
      </div>
      <div className="matching-scale">
        <span>{t('standing.range.now')}</span>
        <span>{t('standing.range.rounds', { rounds: end })}</span>
      </div>
    </div>
  );
}
