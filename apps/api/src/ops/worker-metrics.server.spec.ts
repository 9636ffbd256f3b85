import type { RunEndedListener, RunRepository } from '#persistence/repositories/run.repository.js';
import { QUIET_OPS, type AppConfig } from '../config/app-config.js';
import { OpsMetrics } from './metrics.service.js';
import { WorkerMetricsServer } from './worker-metrics.server.js';

/**
 * A worker process's `/metrics` (WORKER_METRICS_PORT): the runs it ends are counted by its own OpsMetrics, which no
 * API process sees. The run repository is a stand-in that reports one run ended and a queue depth.
 */
describe('WorkerMetricsServer', () => {
  const servers: WorkerMetricsServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.onApplicationShutdown()));
  });

  async function start(ops: AppConfig['ops']): Promise<{ server: WorkerMetricsServer; end: RunEndedListener }> {
    let listener: RunEndedListener = () => undefined;
    const runs = {
      onEnded: (l: RunEndedListener) => {
        listener = l;
        return () => undefined;
      },
      countUnfinished: async () => ({ queued: 3, running: 1 }),
    } as unknown as RunRepository;
    const server = new WorkerMetricsServer(new OpsMetrics(runs), { ops } as AppConfig);
    await server.onApplicationBootstrap();
    servers.push(server);
    return { server, end: (ended) => listener(ended) };
  }

  it('serves the runs this worker ended and the queue depth at /metrics, to the loopback address', async () => {
    const { server, end } = await start({ ...QUIET_OPS, workerMetricsPort: 0 });
    end({ runId: 'r', status: 'succeeded', createdAt: new Date(1000), startedAt: new Date(3000), finishedAt: new Date(13_000), solver: 'highs-mip', gap: 0.001 });
    const response = await fetch(`http://127.0.0.1:${server.port}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toContain('matching_runs_ended_total{status="succeeded"} 1');
    expect(text).toContain('matching_run_duration_seconds_count{status="succeeded",solver="highs-mip"} 1');
    expect(text).toContain('matching_run_queue_depth{state="queued"} 3');
    expect(text).toContain('process_cpu_user_seconds_total');
    expect((await fetch(`http://127.0.0.1:${server.port}/health/live`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${server.port}/graphql`)).status).toBe(404);
    // through a proxy without a token: refused as by the API
    expect((await fetch(`http://127.0.0.1:${server.port}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(403);
  });

  it('asks for METRICS_TOKEN when one is set', async () => {
    const { server } = await start({ ...QUIET_OPS, workerMetricsPort: 0, metricsToken: 'worker-token' });
    expect((await fetch(`http://127.0.0.1:${server.port}/metrics`)).status).toBe(401);
    expect((await fetch(`http://127.0.0.1:${server.port}/metrics`, { headers: { authorization: 'Bearer worker-token' } })).status).toBe(200);
  });

  it('listens nowhere without WORKER_METRICS_PORT', async () => {
    const { server } = await start(QUIET_OPS);
    expect(server.port).toBeNull();
  });
});
