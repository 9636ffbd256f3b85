import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Roles } from '../auth/access.decorator.js';
import { RunProgress } from './models/run-progress.model.js';
import { RunProgressService } from './run-progress.service.js';

@Resolver(() => RunProgress)
export class RunProgressResolver {
  constructor(private readonly progress: RunProgressService) {}

  @Roles('officer')
  @Subscription(() => RunProgress, {
    description:
      'A run’s status, stage and progress (officers; over WebSocket, graphql-ws): first as it is now, then at each change, whichever process runs it; ends after the event with a final status (SUCCEEDED, FAILED, CANCELLED, TIMED_OUT). NOT_FOUND for an unknown run.',
    resolve: (event: RunProgress) => event,
  })
  runProgress(@Args('runId', { type: () => ID, description: 'The run’s id' }) runId: string): Promise<AsyncIterableIterator<RunProgress>> {
    return this.progress.follow(runId);
  }
}
