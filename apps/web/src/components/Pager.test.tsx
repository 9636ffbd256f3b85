import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { CATALOGUES } from '../i18n/all-catalogues';
import { Pager } from './Pager';

afterEach(cleanup);

function setup(offset: number, total: number) {
  const onChange = vi.fn();
  render(
    <IntlProvider locale="en" messages={CATALOGUES.en}>
      <Pager label="Pages of proposals" offset={offset} limit={20} total={total} onChange={onChange} />
    </IntlProvider>,
  );
  return onChange;
}

/** The pager of server-paged lists (a municipality's proposals, the officer's lists): offsets as the API takes them. */
describe('Pager', () => {
  it('shows nothing when every item fits on one page', () => {
    setup(0, 20);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('says which page of how many, and moves by one page of offsets', () => {
    const onChange = setup(20, 45);
    expect(screen.getByRole('navigation', { name: 'Pages of proposals' })).toBeTruthy();
    expect(screen.getByText('Page 2 of 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(onChange.mock.calls).toEqual([[40], [0]]);
  });

  it('cannot go before the first page or past the last', () => {
    setup(0, 41);
    expect((screen.getByRole('button', { name: 'Previous page' }) as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    setup(40, 41);
    expect(screen.getByText('Page 3 of 3')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Next page' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
