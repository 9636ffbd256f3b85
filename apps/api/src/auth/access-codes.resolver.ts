import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessCodeService } from './access-codes.service.js';
import { AccessCodeCheck, IssuedAccessCode } from './models/access-code.model.js';
import { Session } from './models/session.model.js';
import { InviteHouseholdInput, InviteMunicipalityStaffInput, RedeemAccessCodeInput, RequestPasswordResetInput } from './dto/access-code.input.js';
import { MailService } from '../mail/mail.service.js';
import { CurrentViewer, Public, Roles } from './access.decorator.js';
import { RateLimit } from './rate-limit.guard.js';
import type { Viewer } from './viewer.js';
import { RESET_BY_EMAIL_MINUTES, RESET_EMAILS_PER_HOUR } from '#matching/vocabulary/mail.js';

/** Invitations and password resets by access code (issue 16, "Getting in"; access-codes.service.ts). */
@Resolver()
export class AccessCodeResolver {
  constructor(
    private readonly codes: AccessCodeService,
    private readonly mail: MailService,
  ) {}

  @Roles('officer')
  @Mutation(() => IssuedAccessCode, {
    description:
      'Makes a letter’s access code for a household (officers): an invitation to make its account, or a new password for the account it has. Older codes for the household stop working. The code is shown only in this answer. Audited.',
  })
  inviteHousehold(@CurrentViewer() viewer: Viewer, @Args('input', { description: 'The household and the letter’s language' }) input: InviteHouseholdInput): Promise<IssuedAccessCode> {
    return this.codes.inviteHousehold(viewer, input);
  }

  @Roles('officer', 'admin')
  @Mutation(() => IssuedAccessCode, {
    description:
      'Makes an access code for a member of a municipality’s staff (officers and admins): an invitation, or a new password when the address has an account of this municipality. The code is shown only in this answer. Audited.',
  })
  inviteMunicipalityStaff(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The municipality, the person’s e-mail address and the message’s language' }) input: InviteMunicipalityStaffInput,
  ): Promise<IssuedAccessCode> {
    return this.codes.inviteMunicipalityStaff(viewer, input);
  }

  @Public()
  @RateLimit('login')
  @Query(() => AccessCodeCheck, {
    description: 'What an access code is for before it is used, or why it cannot be used (`refusal`); anyone holding it, rate-limited with sign-in per client address.',
  })
  accessCode(@Args('code', { description: 'The code as on the letter; case, spaces and dashes do not matter' }) code: string): Promise<AccessCodeCheck> {
    return this.codes.check(code);
  }

  @Public()
  @RateLimit('login')
  @Mutation(() => Session, {
    description:
      'Uses an access code once and signs in (anyone holding it; rate-limited with sign-in per client address): an invitation makes the account, a reset sets the new password and ends the account’s other sessions. Audited.',
  })
  redeemAccessCode(@Args('input', { description: 'The code, the e-mail address when the code asks for one, and the new password' }) input: RedeemAccessCodeInput): Promise<Session> {
    return this.codes.redeem(input);
  }

  @Public()
  @Query(() => Boolean, { description: 'Whether this service sends e-mail (anyone): notifications by e-mail, and a new password by e-mail from the sign-in page.' })
  mailEnabled(): boolean {
    return this.mail.enabled;
  }

  @Public()
  @RateLimit('login')
  @Mutation(() => Boolean, {
    description: `Asks for a new password by e-mail (anyone; rate-limited with sign-in per client address). When the address belongs to an enabled newcomer or municipality account, a link that works ${RESET_BY_EMAIL_MINUTES} minutes, once, is mailed to it (at most ${RESET_EMAILS_PER_HOUR} an hour). Always answers true, so it tells nobody whether the address has an account. CONFLICT when the service sends no e-mail.`,
  })
  requestPasswordReset(@Args('input', { description: 'The address and the language of the e-mail' }) input: RequestPasswordResetInput): Promise<boolean> {
    return this.codes.requestPasswordReset(input);
  }
}
