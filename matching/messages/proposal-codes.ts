/**
 * Texts about what both sides of a proposal plan around (issue 11, part H2): the response deadline, the
 * municipality's contact person and the expected move-in date. Codes with their parameters:
 * - `proposal.respond_by` (`respondBy`: the last day to answer, YYYY-MM-DD, rendered as a long date): the newcomer's,
 *   and the municipality's (`proposal.respond_by.municipality`);
 * - `proposal.contact` (`municipality`: CBS code, rendered as its name; `name`: the contact person; `reach`: their
 *   e-mail address and/or phone number, a list): the newcomer's;
 * - `proposal.expected_move_in` (`municipality`; `expectedMoveIn`: YYYY-MM-DD, rendered as a long date): the newcomer's.
 * The municipality set the contact person and the move-in date itself, so it gets no text for them.
 */
export const PROPOSAL_CATALOGUE = {
  'proposal.respond_by': ['respondBy'],
  'proposal.contact': ['municipality', 'name', 'reach'],
  'proposal.expected_move_in': ['municipality', 'expectedMoveIn'],
} as const satisfies Readonly<Record<string, readonly string[]>>;
export type ProposalCode = keyof typeof PROPOSAL_CATALOGUE;
export const PROPOSAL_CODES = Object.keys(PROPOSAL_CATALOGUE) as ProposalCode[];

/** Proposal codes with a municipality message (`<code>.municipality`). */
export const PROPOSAL_MUNICIPALITY_CODES: readonly ProposalCode[] = ['proposal.respond_by'];

/** Parameters given as a calendar day (YYYY-MM-DD) that messages format as a date (`{respondBy, date, long}`). */
export const DATE_PARAMS: ReadonlySet<string> = new Set(['respondBy', 'expectedMoveIn']);
