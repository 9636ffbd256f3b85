import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { DomainError } from '#common/domain-error.js';
import { ContestReviewInput, ProposalArrangementsInput, ProposalResponseInput, WithdrawProposalInput } from '../proposals/dto/respond.input.js';
import { MAX_REPORTED_PROBLEMS, createValidationPipe } from './validation.pipe.js';

/** What the shared pipe answers for `value` as an argument of type `metatype`: the DomainError it throws, or null. */
async function refusal(metatype: new () => object, value: unknown): Promise<DomainError | null> {
  try {
    await createValidationPipe().transform(value, { type: 'body', metatype });
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

class Inner {
  @IsInt() @Min(1) @Max(5) size: number;
}
class Outer {
  @ValidateNested({ each: true }) @Type(() => Inner) items: Inner[];
  @IsInt() @Min(0) @Max(500) limit: number;
}
class Bounded {
  @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => Inner) items: Inner[];
  @ValidateNested({ each: true }) @Type(() => Inner) unbounded: Inner[];
}

describe('the shared validation pipe: one message per field, naming it', () => {
  it('declining without a reason answers one message: the first rule written, not every rule that fails', async () => {
    const error = await refusal(ProposalResponseInput, { accept: false, reason: null });
    expect(error?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toBe('reason: a reason is required when you decline or contest');
    expect(error?.fields).toEqual([{ field: 'reason', message: 'a reason is required when you decline or contest' }]);
  });

  it('a reason too short or too long gets the message of that rule', async () => {
    expect((await refusal(ProposalResponseInput, { accept: false, reason: 'no' }))?.message).toBe('reason: a reason is required when you decline or contest (at least 3 characters)');
    expect((await refusal(ProposalResponseInput, { accept: false, reason: 'x'.repeat(1001) }))?.message).toBe('reason: must be at most 1000 characters');
    expect(await refusal(ProposalResponseInput, { accept: true })).toBeNull();
  });

  it('another input type: a contest review without a note, and a contact person with neither e-mail nor phone', async () => {
    expect((await refusal(ContestReviewInput, { uphold: true }))?.message).toBe('note: a note explaining the decision is required');
    // a reason field (ReasonField): each rule in its turn, the first failing one told
    expect((await refusal(ContestReviewInput, { uphold: true, note: 42 }))?.message).toBe('note: a note explaining the decision is required');
    expect((await refusal(ContestReviewInput, { uphold: true, note: 'ok' }))?.message).toBe('note: must explain the decision (at least 3 characters)');
    expect((await refusal(ContestReviewInput, { uphold: true, note: 'x'.repeat(1001) }))?.message).toBe('note: must be at most 1000 characters');
    expect(await refusal(ContestReviewInput, { uphold: true, note: 'The job is real.' })).toBeNull();
    expect((await refusal(WithdrawProposalInput, {}))?.message).toBe('reason: a reason is required');
    expect((await refusal(WithdrawProposalInput, { reason: 'no' }))?.message).toBe('reason: must explain the withdrawal (at least 3 characters)');
    const contact = await refusal(ProposalArrangementsInput, { contact: { name: 'A. de Vries' } });
    expect(contact?.fields).toEqual([
      { field: 'contact.email', message: 'give an e-mail address such as naam@gemeente.nl (or a phone number)' },
      { field: 'contact.phone', message: 'give a phone number such as +31 20 123 4567 (or an e-mail address)' },
    ]);
  });

  it('default messages lose the repeated property name; nested fields are named by their path; one message per field', async () => {
    const error = await refusal(Outer, { items: [{ size: 3 }, { size: 'big' }], limit: 501 });
    expect(error?.fields).toEqual([
      { field: 'items[1].size', message: 'must be an integer number' },
      { field: 'limit', message: 'must not be greater than 500' },
    ]);
    expect(error?.message).toBe('items[1].size: must be an integer number; limit: must not be greater than 500');
  });

  it('a list refused as a whole is one problem, not one per item; a refusal names at most MAX_REPORTED_PROBLEMS fields', async () => {
    const bad = Array.from({ length: 7000 }, () => ({ size: 'big' }));
    const whole = await refusal(Bounded, { items: bad, unbounded: [] });
    expect(whole?.fields).toEqual([{ field: 'items', message: 'must contain no more than 20 elements' }]);
    const many = await refusal(Bounded, { items: [], unbounded: bad });
    expect(many?.fields).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(many?.fields?.[0]).toEqual({ field: 'unbounded[0].size', message: 'must be an integer number' });
    expect(many!.message.length).toBeLessThan(2000);
  });

  it('DomainError.badInput keeps the first problem of each field', () => {
    const error = DomainError.badInput([
      { field: 'a', message: 'first' },
      { field: 'b', message: 'only' },
      { field: 'a', message: 'second' },
    ]);
    expect(error.message).toBe('a: first; b: only');
    expect(error.fields).toHaveLength(2);
  });
});
