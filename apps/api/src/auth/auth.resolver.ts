import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthService } from './auth.service.js';
import { Account, Session } from './models/session.model.js';
import { CreateAccountInput } from './dto/login.input.js';
import { CurrentViewer, Public, Roles } from './access.decorator.js';
import { RateLimit } from './rate-limit.guard.js';
import type { Viewer } from './viewer.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @RateLimit('login')
  @Mutation(() => Session, { description: 'Signs in; rate-limited per client address.' })
  login(@Args('email') email: string, @Args('password') password: string): Promise<Session> {
    return this.auth.login(email, password);
  }

  @Roles('admin', 'officer', 'municipality', 'newcomer')
  @Query(() => Account, { description: 'The signed-in account.' })
  me(@CurrentViewer() viewer: Viewer): Promise<Account> {
    return this.auth.me(viewer);
  }

  @Roles('admin')
  @Query(() => [Account])
  accounts(): Promise<Account[]> {
    return this.auth.list();
  }

  @Roles('admin')
  @Mutation(() => Account)
  createAccount(@Args('input') input: CreateAccountInput): Promise<Account> {
    return this.auth.createAccount(input);
  }

  @Roles('admin')
  @Mutation(() => Account, { description: 'Disables an account; its tokens stop working at once.' })
  disableAccount(@Args('id', { type: () => ID }) id: string): Promise<Account> {
    return this.auth.setDisabled(id, true);
  }

  @Roles('admin')
  @Mutation(() => Account)
  enableAccount(@Args('id', { type: () => ID }) id: string): Promise<Account> {
    return this.auth.setDisabled(id, false);
  }
}
