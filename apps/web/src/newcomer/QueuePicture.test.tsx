import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { CATALOGUES } from '../i18n/all-catalogues';
import { QueuePicture } from './QueuePicture';

afterEach(cleanup);

function inLanguage(locale: 'nl' | 'en', ui: React.ReactNode) {
  return render(
    <IntlProvider locale={locale} messages={CATALOGUES[locale]}>
      {ui}
    </IntlProvider>,
  );
}

/** The queue picture's sentence gives the two numbers the picture shows: how many wait ahead, and how many wait in all. */
describe('QueuePicture', () => {
  it('says how many households wait ahead (position − 1) and in all', () => {
    inLanguage('en', <QueuePicture position={12} total={340} />);
    expect(screen.getByText('11 households are waiting before you. In all, 340 households are waiting.')).toBeTruthy();
  });

  it('says nobody is ahead of the first in line, in Dutch', () => {
    inLanguage('nl', <QueuePicture position={1} total={1} />);
    expect(screen.getByText('Er wacht niemand voor u. In totaal wacht 1 huishouden.')).toBeTruthy();
  });

  it('shades the part of the bar ahead of the reader in proportion, and hides the bar from screen readers', () => {
    const { container } = inLanguage('en', <QueuePicture position={51} total={200} />);
    const ahead = container.querySelector<HTMLElement>('.matching-queue__ahead')!;
    expect(ahead.style.inlineSize).toBe('25%');
    expect(container.querySelector('.matching-queue')!.getAttribute('aria-hidden')).toBe('true');
  });
});
