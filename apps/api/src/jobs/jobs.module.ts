import { type DynamicModule, Global, Module, type Provider } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { LATEST_SCHEMA_VERSION, createPostgresBackend, createRedisBackend, setDefaultBackendFactory, type ConnectionOptions } from 'bullmq';
import { DataSource } from 'typeorm';
import { jobsConfig, type AppConfig } from '../config/app-config.js';
import { RunExecutor } from '../rounds/run-executor.service.js';
import { InProcessRunJobs } from './in-process-run-jobs.js';
import { QueuedRunJobs, RUN_QUEUE_CONNECTION, RUN_QUEUE_NAME } from './queued-run-jobs.js';
import { RunJobs } from './run-jobs.js';

/**
 * The job queue of matching runs (`RunJobs`) and the executor, for an API process (AppModule) or a worker process
 * (WorkerModule). `jobs.queue` picks the implementation: `in-process` → InProcessRunJobs; `postgres` / `redis` →
 * QueuedRunJobs on a bullmq queue (@nestjs/bullmq registers it). On PostgreSQL, bullmq's tables are in the schema
 * `<current schema>_bullmq` that migration JobQueue1796640000000 made; its pool's `search_path` is pinned there
 * (bullmq's `schema` connection option), so each test database's schema has its own queue.
 */
@Global()
@Module({})
export class JobsModule {
  static forRoot(config: AppConfig): DynamicModule {
    const jobs = jobsConfig(config);
    if (jobs.queue === 'in-process') {
      if (!jobs.consume) throw new Error('RUNS_IN_API=false needs a shared job queue (RUN_QUEUE=postgres or redis): with the in-process queue no process would execute runs');
      return { module: JobsModule, providers: [RunExecutor, { provide: RunJobs, useClass: InProcessRunJobs }], exports: [RunJobs, RunExecutor] };
    }
    // The process-wide default backend of bullmq's classes: @nestjs/bullmq constructs the Queue without a factory.
    if (jobs.queue === 'postgres') setDefaultBackendFactory(createPostgresBackend);
    else setDefaultBackendFactory(createRedisBackend);
    const connection: Provider = {
      provide: RUN_QUEUE_CONNECTION,
      useFactory: async (dataSource: DataSource): Promise<ConnectionOptions | PostgresQueueConnection> => {
        if (jobs.queue === 'redis') return redisConnection(jobs.redisUrl!);
        const [{ schema }] = (await dataSource.query('SELECT current_schema() AS schema')) as { schema: string }[];
        const queueSchema = `${schema}_bullmq`;
        await assertQueueSchemaCurrent(dataSource, queueSchema);
        return { connectionString: config.database.url!, schema: queueSchema, max: 2 };
      },
      inject: [DataSource],
    };
    return {
      module: JobsModule,
      imports: [
        BullModule.forRootAsync({
          extraProviders: [connection],
          useFactory: (options: ConnectionOptions) => ({ connection: options }),
          inject: [RUN_QUEUE_CONNECTION],
        }),
        BullModule.registerQueue({ name: RUN_QUEUE_NAME }),
      ],
      providers: [connection, RunExecutor, { provide: RunJobs, useClass: QueuedRunJobs }],
      exports: [RunJobs, RunExecutor],
    };
  }
}

/** bullmq's PostgreSQL connection option in its config-object form: a pg pool config with the schema to work in. */
interface PostgresQueueConnection {
  readonly connectionString: string;
  readonly schema: string;
  readonly max: number;
}

/**
 * Refuses to start when the job-queue schema is older than the installed bullmq expects (bullmq itself only refuses a
 * NEWER schema): after a bullmq upgrade with a new schema version, its new migration files must come in a new
 * TypeORM migration first (see migrations/bullmq/). Also refuses a database without the schema.
 */
async function assertQueueSchemaCurrent(dataSource: DataSource, queueSchema: string): Promise<void> {
  const [{ ledger }] = (await dataSource.query(`SELECT to_regclass($1) AS ledger`, [`"${queueSchema}".migration`])) as { ledger: string | null }[];
  if (!ledger) throw new Error(`the job queue's schema "${queueSchema}" is missing: migration JobQueue1796640000000 makes it on a PostgreSQL server`);
  const [{ version }] = (await dataSource.query(`SELECT COALESCE(MAX(version), 0)::int AS version FROM "${queueSchema}".migration`)) as { version: number }[];
  if (version < LATEST_SCHEMA_VERSION) {
    throw new Error(`bullmq expects its schema version ${LATEST_SCHEMA_VERSION}, "${queueSchema}" is at ${version}: copy bullmq's new migration files into a new TypeORM migration`);
  }
}

/** ioredis options from a redis:// URL. */
function redisConnection(url: string): ConnectionOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : undefined,
    maxRetriesPerRequest: null,
  };
}
