/**
 * Forward auction for a transportation problem (internal; the inner problems of slot-decomposition.ts): households (unit demand) choose at most one
 * municipality; municipality m has `cap[m]` identical slots; the value of household h at option o is `w[o]`;
 * "unplaced" is a dummy with value 0 and unlimited room. Bertsekas' auction for similar objects: a
 * municipality keeps its `cap` highest bids in a min-heap; its price is the lowest held bid once full.
 * Prices start at 0 on every attempt. With increment ε the result is an integral assignment within
 * (number of households)·ε of the transportation optimum, and prices that (with the household values) are an
 * ε-optimal dual. Deterministic: FIFO queue in index order, ties broken by index.
 *
 * Why a bid budget. Every bid on a full municipality raises its lowest held bid by at least ε after `cap`
 * such bids, and nobody bids once the price reaches the best value C, so one attempt makes at most
 *
 *   bids ≤ Σ_m min(cap[m], n) · (C/ε + 2)                                         (n = households taking part)
 *
 * bids. With ties (two options of equal value, v1 − v2 = 0) each bid raises a price by ε only, and with more
 * households than slots the prices must climb to C for the surplus to drop out: with ε = 1e-7 and C ≈ 1 that
 * is 1e7 bids per slot ("solver-all-ties-2000.json" hung here). So every attempt has a budget of
 * `AUCTION_BIDS_PER_UNIT · (n + Σ_m min(cap[m], n))` bids; an attempt that exhausts it is discarded and the
 * auction restarts from prices 0 with a larger ε: at least ×10, and at least the ε for which the tie model
 * (slots·C/ε bids) predicts AUCTION_TARGET_BIDS_PER_UNIT bids per household and slot, but at most the
 * coarsest ε = C/30, for which the bound above is 32 bids per slot, within the budget: that attempt is the
 * last. So at most 2 + log10(C / (30·ε₀)) attempts (7 for C = 2, ε₀ = 1e-7; usually 2), each stopped at the
 * budget in any case (so the bound holds even if rounding broke the estimate). On the seeded benchmark
 * instances the first attempt (ε₀ = 1e-7) needs at most 143 bids per household and slot (measured over
 * 360 auctions at 2,000–3,000 households; 22 at 50,000), so their answers are unchanged. A coarse ε costs
 * accuracy: the transportation answer is then within (households)·ε of the optimum instead of
 * (households)·1e-7; slot-decomposition.ts repairs and improves it as before, and reports how many groups
 * needed it. (ε-scaling with prices kept between phases, the usual cure, is not valid here:
 * with more households than slots a slot that got a price in a coarse phase can end empty with a positive
 * price, which breaks optimality; restarting from 0 keeps it valid.)
 *
 * The clock is a safety net only: `deadline` (performance.now() value) is checked every 4,096 bids; when it
 * passes, the auction stops with its current state, which is still slot-feasible (no municipality holds more
 * than `cap` households) and whose prices are nonnegative, so both remain usable (`stoppedByDeadline`).
 */
export interface AuctionProblem {
  /** households taking part (indices into the option arrays) */
  readonly hh: Int32Array;
  readonly optStart: Int32Array;
  readonly optMun: Int32Array;
  /** value of each option (indexed like optMun) */
  readonly w: Float64Array;
  readonly M: number;
  /** integer slots per municipality */
  readonly cap: Int32Array;
}

export interface AuctionOutcome {
  /** price per municipality (the `p` passed in, overwritten) */
  readonly p: Float64Array;
  /** chosen option per household (global household index), −1 = unplaced (the `assign` passed in) */
  readonly assign: Int32Array;
  /** bids over all attempts */
  readonly bids: number;
  /** ε of the attempt that produced the answer */
  readonly eps: number;
  /** attempts made (1 = the first ε was enough) */
  readonly attempts: number;
  /**
   * the last attempt ran to the end (always, except when the deadline stopped it, or — not expected, the
   * bound above says it cannot happen — the last attempt used its whole budget); when false the answer is
   * slot-feasible with nonnegative prices but not an auction optimum
   */
  readonly complete: boolean;
  /** the deadline stopped the last attempt */
  readonly stoppedByDeadline: boolean;
}

/** Bid budget per household and per slot of one auction attempt (see the bound above). */
export const AUCTION_BIDS_PER_UNIT = 256;
/** The coarsest ε is C / AUCTION_COARSEST_EPS_DIVISOR: an attempt with it makes at most 32 bids per slot. */
export const AUCTION_COARSEST_EPS_DIVISOR = 30;
/** Bids per household and slot that the ε chosen after an exhausted attempt aims at (a model, not a bound). */
const AUCTION_TARGET_BIDS_PER_UNIT = 32;
/** Least factor by which ε grows after an attempt exhausted its budget. */
const AUCTION_EPS_GROWTH = 10;

export function transportationAuction(pr: AuctionProblem, p: Float64Array, assign: Int32Array, eps0: number, deadline = Infinity): AuctionOutcome {
  const { hh, optStart, optMun, w, M, cap } = pr;
  const n = hh.length;
  let slots = 0;
  for (let m = 0; m < M; m++) slots += Math.min(Math.max(0, cap[m]), n);
  // C: the best value any household can bid for (prices never rise above it while someone still bids).
  let C = 0;
  for (let i = 0; i < n; i++) {
    const h = hh[i];
    for (let o = optStart[h]; o < optStart[h + 1]; o++) if (w[o] > C && cap[optMun[o]] > 0) C = w[o];
  }
  const budget = AUCTION_BIDS_PER_UNIT * (n + slots);
  const coarsest = C / AUCTION_COARSEST_EPS_DIVISOR;
  // With ties and more households than slots every slot's price climbs to about C in steps of ε: about
  // slots·C/ε bids. The ε for which that comes to the target:
  const modelEps = (C * slots) / (AUCTION_TARGET_BIDS_PER_UNIT * (n + slots));
  let eps = eps0 > 0 ? eps0 : 1e-7;
  let bids = 0;
  for (let attempt = 1; ; attempt++) {
    // bounded: ε grows at least ×10 per attempt up to `coarsest`, and the attempt with ε ≥ coarsest is the last
    const last = eps >= coarsest;
    const r = auctionAttempt(pr, p, assign, eps, budget, deadline);
    bids += r.bids;
    if (r.done || r.stoppedByDeadline || last)
      return { p, assign, bids, eps, attempts: attempt, complete: r.done, stoppedByDeadline: r.stoppedByDeadline };
    eps = Math.min(coarsest, Math.max(eps * AUCTION_EPS_GROWTH, modelEps));
  }
}

/** One attempt from prices 0 with increment `eps`; stops after `maxBids` bids or at the deadline. */
function auctionAttempt(
  pr: AuctionProblem, p: Float64Array, assign: Int32Array, eps: number, maxBids: number, deadline: number,
): { bids: number; done: boolean; stoppedByDeadline: boolean } {
  const { hh, optStart, optMun, w, M, cap } = pr;
  const hs = new Int32Array(M + 1);
  for (let m = 0; m < M; m++) hs[m + 1] = hs[m] + Math.min(Math.max(0, cap[m]), hh.length);
  const heapBid = new Float64Array(hs[M]);
  const heapH = new Int32Array(hs[M]);
  const heapN = new Int32Array(M);
  const queue = new Int32Array(hh.length + 1);
  let bids = 0;
  // Heap order: the lowest bid on top; among equal bids the higher household index (so ties go by index).
  const above = (bidA: number, hA: number, bidB: number, hB: number): boolean => bidA < bidB || (bidA === bidB && hA > hB);
  const put = (at: number, bid: number, h: number): void => {
    heapBid[at] = bid;
    heapH[at] = h;
  };
  const siftDown = (m: number, i: number): void => {
    const b = hs[m];
    const n = heapN[m];
    const vb = heapBid[b + i];
    const vh = heapH[b + i];
    for (;;) {
      // bounded: i at least doubles every step and stays < n
      let l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      if (r < n && above(heapBid[b + r], heapH[b + r], heapBid[b + l], heapH[b + l])) l = r;
      if (!above(heapBid[b + l], heapH[b + l], vb, vh)) break;
      put(b + i, heapBid[b + l], heapH[b + l]);
      i = l;
    }
    put(b + i, vb, vh);
  };
  const siftUp = (m: number, i: number): void => {
    const b = hs[m];
    const vb = heapBid[b + i];
    const vh = heapH[b + i];
    while (i > 0) {
      // bounded: i at least halves every step
      const par = (i - 1) >> 1;
      if (!above(vb, vh, heapBid[b + par], heapH[b + par])) break;
      put(b + i, heapBid[b + par], heapH[b + par]);
      i = par;
    }
    put(b + i, vb, vh);
  };
  p.fill(0);
  let qh = 0;
  let qt = 0;
  const qn = queue.length;
  for (let i = 0; i < hh.length; i++) {
    assign[hh[i]] = -1;
    queue[qt++] = hh[i];
  }
  let queued = hh.length;
  // Each turn either drops a household from the queue or makes a bid (which re-queues at most one other
  // household), so turns ≤ n + 2·bids and bids ≤ maxBids: bounded.
  while (queued > 0) {
    if (bids >= maxBids) return { bids, done: false, stoppedByDeadline: false };
    if ((bids & 4095) === 4095 && performance.now() > deadline) return { bids, done: false, stoppedByDeadline: true };
    const h = queue[qh];
    qh = qh + 1 === qn ? 0 : qh + 1;
    queued--;
    let v1 = 0;
    let o1 = -1;
    let v2 = 0;
    for (let o = optStart[h]; o < optStart[h + 1]; o++) {
      const m = optMun[o];
      if (cap[m] <= 0) continue;
      const v = w[o] - p[m];
      if (v > v1) {
        v2 = v1;
        v1 = v;
        o1 = o;
      } else if (v > v2) v2 = v;
    }
    if (o1 < 0) {
      assign[h] = -1;
      continue;
    }
    bids++;
    const m = optMun[o1];
    const bid = p[m] + (v1 - v2) + eps;
    assign[h] = o1;
    const b = hs[m];
    const room = hs[m + 1] - b;
    if (heapN[m] < room) {
      const i = heapN[m]++;
      heapBid[b + i] = bid;
      heapH[b + i] = h;
      siftUp(m, i);
      if (heapN[m] === cap[m]) p[m] = heapBid[b];
    } else {
      const out = heapH[b];
      heapBid[b] = bid;
      heapH[b] = h;
      siftDown(m, 0);
      p[m] = heapBid[b];
      assign[out] = -1;
      queue[qt] = out;
      qt = qt + 1 === qn ? 0 : qt + 1;
      queued++;
    }
  }
  return { bids, done: true, stoppedByDeadline: false };
}
