import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { EVIDENCE_NOTE_LENGTH, REASON_LENGTH } from '#matching/vocabulary/lifecycle.js';
import { ReasonForm } from './ReasonForm';

afterEach(cleanup);

const TEXTS = { intro: 'Why?', label: 'Your reason', hint: 'At least 3 characters', error: 'Too short or too long', submit: 'Send', back: 'Back' };

function setup() {
  const onSubmit = vi.fn();
  const onBack = vi.fn();
  render(<ReasonForm texts={TEXTS} sending={false} onSubmit={onSubmit} onBack={onBack} />);
  return { onSubmit, onBack, field: screen.getByLabelText('Your reason') };
}

/** The reason step of a decline or contest checks the API's rule (REASON_LENGTH) before anything is sent. */
describe('ReasonForm', () => {
  it('refuses a reason shorter than the rule at the field, and sends nothing', () => {
    const { onSubmit, field } = setup();
    fireEvent.change(field, { target: { value: '  no ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    const described = field.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual([TEXTS.hint, TEXTS.error]);
  });

  it('sends a reason of exactly the shortest length, trimmed, and clears the error when typing again', () => {
    const { onSubmit, field } = setup();
    fireEvent.change(field, { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    fireEvent.change(field, { target: { value: `  ${'a'.repeat(REASON_LENGTH.min)}  ` } });
    expect(field.getAttribute('aria-invalid')).not.toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).toHaveBeenCalledWith('a'.repeat(REASON_LENGTH.min));
  });

  it('caps the field at the longest reason the API takes, and Back sends nothing', () => {
    const { onSubmit, onBack, field } = setup();
    expect(field.getAttribute('maxlength')).toBe(String(REASON_LENGTH.max));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(onBack).toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("takes another length rule (an officer's evidence note: 1 character is enough, blank is not)", () => {
    const onSubmit = vi.fn();
    render(<ReasonForm texts={TEXTS} sending={false} length={EVIDENCE_NOTE_LENGTH} onSubmit={onSubmit} onBack={vi.fn()} />);
    const field = screen.getByLabelText('Your reason');
    fireEvent.change(field, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field, { target: { value: ' x ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).toHaveBeenCalledWith('x');
    expect(field.getAttribute('maxlength')).toBe(String(EVIDENCE_NOTE_LENGTH.max));
  });
});
