import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthService } from './auth.service.js';
import { Account, Session } from './models/session.model.js';
import { CreateAccountInput, MySettingsInput } from './dto/login.input.js';
import { CurrentViewer, Public, Roles } from './access.decorator.js';
import { RateLimit } from './rate-limit.guard.js';
import { PASSWORD_MAX_BYTES } from './passwords.js';
import type { Viewer } from './viewer.js';
import { ListPageArgs } from '../common/page.args.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @RateLimit('login')
  @Mutation(() => Session, { description: 'Signs in (anyone, whatever token the request carries: an expired or invalid one is ignored); rate-limited per client address. A wrong e-mail or password gives one error that does not say which.' })
  login(
    @Args('email', { description: 'The account’s e-mail address' }) email: string,
    @Args('password', { description: `The account’s password; at most ${PASSWORD_MAX_BYTES} bytes in UTF-8 (longer is refused as BAD_USER_INPUT before any check)` }) password: string,
  ): Promise<Session> {
    return this.auth.login(email, password);
  }

  @Roles('admin', 'officer', 'municipality', 'newcomer')
  @Query(() => Account, { description: 'The signed-in account (every role).' })
  me(@CurrentViewer() viewer: Viewer): Promise<Account> {
    return this.auth.me(viewer);
  }

  @Roles('admin', 'officer', 'municipality', 'newcomer')
  @Mutation(() => Account, { description: 'Sets my own settings (every role): the language I read, whether notifications are also e-mailed to me. Answers my account after.' })
  updateMySettings(@CurrentViewer() viewer: Viewer, @Args('input', { description: 'The settings to change; those left out stay' }) input: MySettingsInput): Promise<Account> {
    return this.auth.updateMySettings(viewer, input);
  }

  @Roles('admin')
  @Query(() => [Account], { description: 'Accounts by role, then e-mail, a page at a time (admins only; every account up to 500 when not paged).' })
  accounts(@Args() page: ListPageArgs): Promise<Account[]> {
    return this.auth.list(page);
  }

  @Roles('admin')
  @Query(() => Int, { description: 'How many accounts there are (admins only): the length of `accounts` unpaged.' })
  accountCount(): Promise<number> {
    return this.auth.count();
  }

  @Roles('admin')
  @Mutation(() => Account, { description: 'Creates an account (admins only); a municipality account needs its municipality, a newcomer account its household.' })
  createAccount(@CurrentViewer() viewer: Viewer, @Args('input', { description: 'The new account' }) input: CreateAccountInput): Promise<Account> {
    return this.auth.createAccount(viewer, input);
  }

  @Roles('admin')
  @Mutation(() => Account, { description: 'Disables an account (admins only); its tokens stop working at once. The last enabled admin account cannot be disabled (CONFLICT), by itself or anyone.' })
  disableAccount(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'The account to disable' }) id: string): Promise<Account> {
    return this.auth.setDisabled(viewer, id, true);
  }

  @Roles('admin')
  @Mutation(() => Account, { description: 'Enables a disabled account again (admins only); it can sign in again.' })
  enableAccount(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'The account to enable' }) id: string): Promise<Account> {
    return this.auth.setDisabled(viewer, id, false);
  }
}
