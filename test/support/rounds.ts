import type { TestApp } from './test-app.js';
import { UNFINISHED_RUN_STATUSES } from '#matching/vocabulary/lifecycle.js';
import { enumValueName } from '#api/common/vocabulary.enums.js';

export const RUN_FIELDS = `id anchorRunId status progress solver solverVersion matchingVersion inputHash solveStatus objective bound gap message
  figures { householdsTotal householdsPlaced personsPlaced averageFit preferredSettingShare labourMatchShare }
  statusQuo { householdsPlaced averageFit preferredSettingShare labourMatchShare }
  timings { totalMs solveMs }`;

/** Polls a run until it has finished (SUCCEEDED, TIMED_OUT, FAILED or CANCELLED: the GraphQL enum RunStatus). */
export async function waitForRun(t: TestApp, token: string, runId: string, timeoutMs = 120_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { data, errors } = await t.gql(`query($id: ID!) { run(id: $id) { ${RUN_FIELDS} } }`, { id: runId }, token);
    if (errors) throw new Error(JSON.stringify(errors));
    if (!UNFINISHED_RUN_STATUSES.map(enumValueName).includes(data.run.status)) return data.run;
    if (Date.now() > deadline) throw new Error(`run ${runId} still ${data.run.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
