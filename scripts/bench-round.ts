/**
 * Times a full matching round through the GraphQL API, as an officer would run it: seed, create the round,
 * run it (in the worker thread), read the review, publish. Prints a table; asserts nothing.
 *
 * Also the promises of issue 10, per size: the queue-honour figures per home band and the price of the priority
 * rule (the run against a fit-only solve of the same round); the households moved by ONE pin in an anchored
 * re-run (and in a fresh run, for contrast); and, in a round of 30 municipalities (capacity far below demand),
 * the 1–2 band's earlier-half vs later-half placement at the default priority weight and at 0 (fit only).
 *
 *   npm run bench:round                      # seeded cohort (2,000) and a national-size cohort (10,000)
 *   npm run bench:round -- --sizes 2000      # chosen sizes
 * Uses an in-memory embedded database per size, or DATABASE_URL (a fresh schema per size).
 */
import { periodOf } from '#api/common/period.js';
import { startBenchApp, type BenchApp } from './bench-app.js';

interface Row {
  households: number;
  seedMs: number;
  createMs: number;
  runMs: number;
  solveMs: number | null;
  reviewMs: number;
  publishMs: number;
  placed: string;
  gap: string;
  rssMb: number;
  pollMaxMs: number;
  honour: { band: string; households: number; earlier: number | null; later: number | null; ratio: number | null; passedOver: number }[];
  cost: { weight: number; withRule: string; fitOnly: string } | null;
  pin: { anchored: number; fresh: number; causes: string };
  thirty: { weight: number; earlier: number | null; later: number | null; ratio: number | null; placed: number; averageFit: number | null }[];
}

const RUN_REPORT = `status message gap timings { solveMs } figures { householdsPlaced householdsTotal averageFit }
  priorityCost { priorityWeight withRule { householdsPlaced averageFit } fitOnly { householdsPlaced averageFit status } }
  queueHonour { band households earlierHalf { share } laterHalf { share } ratio passedOver }`;

async function benchOne(households: number): Promise<Row> {
  const t0 = performance.now();
  // larger queries and bodies than the defaults (the review page)
  const bench = await startBenchApp({ seedHouseholds: households, limits: { maxQueryComplexity: 1_000_000, maxBodyBytes: 1 << 20 } });
  const seedMs = performance.now() - t0;
  const gql = bench.gql;
  try {
    const token = await bench.signIn('officer@demo.local');
    let t = performance.now();
    const round = (await gql(`mutation { createRound(input: { name: "bench", period: "${periodOf(new Date())}", policy: { timeLimitSeconds: 60 } }) { id householdCount } }`, {}, token)).createRound;
    const createMs = performance.now() - t;
    t = performance.now();
    const runId = (await gql('mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: round.id }, token)).runRound.id;
    // While the run works, the API must keep answering: the slowest poll shows it.
    let pollMaxMs = 0;
    let run: any;
    for (;;) {
      const p = performance.now();
      run = (await gql(`query($id: ID!) { run(id: $id) { ${RUN_REPORT} } }`, { id: runId }, token)).run;
      pollMaxMs = Math.max(pollMaxMs, performance.now() - p);
      if (run.status !== 'QUEUED' && run.status !== 'RUNNING') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const runMs = performance.now() - t;
    if (run.status !== 'SUCCEEDED' && run.status !== 'TIMED_OUT') throw new Error(`run ${run.status}: ${run.message}`);
    t = performance.now();
    await gql('query($id: ID!) { run(id: $id) { assignments(limit: 200) { householdId municipalityCode fit criteria { criterion score } alternatives { municipalityCode verdict { code } } } fill { municipalityCode persons } } }', { id: runId }, token);
    const reviewMs = performance.now() - t;
    const pin = await onePin(bench, token, round.id, runId);
    const thirty = households === 2000 ? await thirtyMunicipalities(bench, token) : [];
    t = performance.now();
    await gql('mutation($id: ID!) { publishRun(runId: $id) { proposals } }', { id: runId }, token);
    const publishMs = performance.now() - t;
    return {
      households,
      seedMs,
      createMs,
      runMs,
      solveMs: run.timings?.solveMs ?? null,
      reviewMs,
      publishMs,
      placed: `${run.figures.householdsPlaced}/${run.figures.householdsTotal}`,
      gap: run.gap === null ? '–' : `${(run.gap * 100).toFixed(2)} %`,
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
      pollMaxMs,
      honour: run.queueHonour.map((b: any) => ({ band: b.band, households: b.households, earlier: b.earlierHalf.share, later: b.laterHalf.share, ratio: b.ratio, passedOver: b.passedOver })),
      cost: run.priorityCost
        ? {
            weight: run.priorityCost.priorityWeight,
            withRule: `${run.priorityCost.withRule.householdsPlaced} placed, mean fit ${run.priorityCost.withRule.averageFit}`,
            fitOnly: `${run.priorityCost.fitOnly.householdsPlaced} placed, mean fit ${run.priorityCost.fitOnly.averageFit} (${run.priorityCost.fitOnly.status})`,
          }
        : null,
      pin,
      thirty,
    };
  } finally {
    await bench.close();
  }
}

/**
 * One pin: the first placed household (by id) whose best alternative is another municipality is pinned there;
 * the round runs again anchored on the first run (the default) and once fresh; households moved against the first run.
 */
async function onePin(bench: BenchApp, token: string, roundId: string, firstRunId: string): Promise<Row['pin']> {
  const gql = bench.gql;
  const page = (await gql('query($id: ID!) { run(id: $id) { assignments(limit: 500) { householdId municipalityCode alternatives { municipalityCode } } } }', { id: firstRunId }, token)).run.assignments;
  for (const a of page.filter((x: any) => x.municipalityCode && x.alternatives.length > 0)) {
    const to = a.alternatives[0].municipalityCode;
    try {
      await gql('mutation($r: ID!, $h: ID!, $m: String!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }', { r: roundId, h: a.householdId, m: to }, token);
    } catch {
      continue; // no fitting home there in the round's capacity: try the next household
    }
    const moved = async (args: string) => {
      const run = await bench.runToEnd(roundId, token, RUN_REPORT, args);
      return (await gql('query($a: ID!, $b: ID!) { compareRuns(a: $a, b: $b) { moved { householdId } byCause { cause households } } }', { a: firstRunId, b: run.id }, token)).compareRuns;
    };
    const anchored = await moved(`, anchorRunId: "${firstRunId}"`);
    const fresh = await moved(', fresh: true');
    return {
      anchored: anchored.moved.length,
      fresh: fresh.moved.length,
      causes: anchored.byCause.filter((c: any) => c.households > 0).map((c: any) => `${c.cause.toLowerCase()} ${c.households}`).join(', '),
    };
  }
  throw new Error('no household could be pinned elsewhere');
}

/**
 * The setting: every waiting household, 30 municipalities (every 11th CBS code, so all provinces take
 * part), capacity far below demand; the 1–2 band at the default priority weight and at 0 (fit only).
 */
async function thirtyMunicipalities(bench: BenchApp, token: string): Promise<Row['thirty']> {
  const gql = bench.gql;
  const codes = (await gql('{ municipalities { code } }', {}, token)).municipalities.map((m: any) => m.code).sort();
  const chosen = codes.filter((_: string, i: number) => i % 11 === 0).slice(0, 30);
  const out: Row['thirty'] = [];
  for (const weight of [null, 0]) {
    const policy = weight === null ? '' : `, policy: { priorityWeight: ${weight} }`;
    const round = (await gql(`mutation($codes: [String!]) { createRound(input: { name: "bench 30", period: "${periodOf(new Date())}", municipalityCodes: $codes${policy} }) { id policy { priorityWeight } } }`, { codes: chosen }, token)).createRound;
    const run = await bench.runToEnd(round.id, token, RUN_REPORT);
    const band = run.queueHonour.find((b: any) => b.band === 'HOMES_1_2');
    out.push({ weight: round.policy.priorityWeight, earlier: band.earlierHalf.share, later: band.laterHalf.share, ratio: band.ratio, placed: run.figures.householdsPlaced, averageFit: run.figures.averageFit });
  }
  return out;
}

async function main(): Promise<void> {
  const flag = process.argv.indexOf('--sizes');
  const sizes = flag > 0 ? process.argv[flag + 1].split(',').map(Number) : [2000, 10000];
  const rows: Row[] = [];
  for (const size of sizes) rows.push(await benchOne(size));
  const s = (ms: number | null) => (ms === null ? '–' : (ms / 1000).toFixed(2));
  console.log(`database: ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite (in memory)'}`);
  console.log('| households | seed+start s | create round s | run s (solve s) | review page s | publish s | placed | gap | slowest poll during run ms | RSS MB |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(`| ${r.households} | ${s(r.seedMs)} | ${s(r.createMs)} | ${s(r.runMs)} (${s(r.solveMs)}) | ${s(r.reviewMs)} | ${s(r.publishMs)} | ${r.placed} | ${r.gap} | ${Math.round(r.pollMaxMs)} | ${r.rssMb} |`);
  }
  const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)} %`);
  console.log('\nQueue honour per home band (share placed of the earlier vs the later half of the band in queue order):');
  console.log('| households | band | in band | earlier half | later half | ratio | passed over |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) for (const b of r.honour) console.log(`| ${r.households} | ${b.band} | ${b.households} | ${pct(b.earlier)} | ${pct(b.later)} | ${b.ratio ?? '–'} | ${b.passedOver} |`);
  console.log('\nPrice of the priority rule (the run vs a fit-only solve of the same round):');
  for (const r of rows) console.log(`- ${r.households}: weight ${r.cost?.weight ?? 0}: with the rule ${r.cost?.withRule ?? '–'}; fit only ${r.cost?.fitOnly ?? '–'}`);
  console.log('\nOne pin, then a re-run (households moved against the first run):');
  for (const r of rows) console.log(`- ${r.households}: anchored on the first run ${r.pin.anchored} moved (${r.pin.causes}); fresh run ${r.pin.fresh} moved`);
  for (const r of rows.filter((x) => x.thirty.length > 0)) {
    console.log(`\n${r.households} households, 30 municipalities, 1–2 band:`);
    for (const x of r.thirty) console.log(`- priority weight ${x.weight}: earlier half ${pct(x.earlier)}, later half ${pct(x.later)}, ratio ${x.ratio ?? '–'}; ${x.placed} placed, mean fit ${x.averageFit}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
