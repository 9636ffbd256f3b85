/**
 * Forward auction with ε-scaling for a transportation problem (internal): households (unit demand) choose at
 * most one municipality; municipality m has `cap[m]` identical slots; value of household h at option o is
 * `w[o]`; "unplaced" is a dummy with value 0 and unlimited room. Bertsekas' auction for similar objects:
 * a municipality keeps its `cap` highest bids in a min-heap; its price is the lowest held bid once full.
 * Terminates with an integral assignment within n·ε of the transportation optimum, and prices p that
 * (together with the household values) are an ε-optimal dual. Deterministic: FIFO queue in index order.
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

export interface AuctionState {
  /** price per municipality */
  readonly p: Float64Array;
  /** chosen option per household (global household index), −1 = unplaced */
  readonly assign: Int32Array;
  bids: number;
}

export function auction(pr: AuctionProblem, p: Float64Array, assign: Int32Array, epsStart: number, epsEnd: number, factor = 5): AuctionState {
  const { hh, optStart, optMun, w, M, cap } = pr;
  const hs = new Int32Array(M + 1);
  for (let m = 0; m < M; m++) hs[m + 1] = hs[m] + Math.max(0, cap[m]);
  const heapBid = new Float64Array(hs[M]);
  const heapH = new Int32Array(hs[M]);
  const heapN = new Int32Array(M);
  const floor = new Float64Array(M);
  const queue = new Int32Array(hh.length + 1);
  let bids = 0;
  const siftDown = (m: number, i: number): void => {
    const b = hs[m];
    const n = heapN[m];
    const vb = heapBid[b + i];
    const vh = heapH[b + i];
    for (;;) {
      let l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      if (r < n && (heapBid[b + r] < heapBid[b + l] || (heapBid[b + r] === heapBid[b + l] && heapH[b + r] > heapH[b + l]))) l = r;
      if (heapBid[b + l] < vb || (heapBid[b + l] === vb && heapH[b + l] > vh)) {
        heapBid[b + i] = heapBid[b + l];
        heapH[b + i] = heapH[b + l];
        i = l;
      } else break;
    }
    heapBid[b + i] = vb;
    heapH[b + i] = vh;
  };
  const siftUp = (m: number, i: number): void => {
    const b = hs[m];
    const vb = heapBid[b + i];
    const vh = heapH[b + i];
    while (i > 0) {
      const par = (i - 1) >> 1;
      if (heapBid[b + par] > vb || (heapBid[b + par] === vb && heapH[b + par] < vh)) {
        heapBid[b + i] = heapBid[b + par];
        heapH[b + i] = heapH[b + par];
        i = par;
      } else break;
    }
    heapBid[b + i] = vb;
    heapH[b + i] = vh;
  };
  for (let eps = epsStart; ; eps = Math.max(epsEnd, eps / factor)) {
    heapN.fill(0);
    floor.set(p);
    let qh = 0;
    let qt = 0;
    const qn = queue.length;
    for (let i = 0; i < hh.length; i++) {
      assign[hh[i]] = -1;
      queue[qt++] = hh[i];
    }
    let queued = hh.length;
    while (queued > 0) {
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
      if (heapN[m] < cap[m]) {
        const i = heapN[m]++;
        heapBid[b + i] = bid;
        heapH[b + i] = h;
        siftUp(m, i);
        if (heapN[m] === cap[m]) p[m] = Math.max(floor[m], heapBid[b]);
      } else {
        const out = heapH[b];
        heapBid[b] = bid;
        heapH[b] = h;
        siftDown(m, 0);
        p[m] = Math.max(floor[m], heapBid[b]);
        assign[out] = -1;
        queue[qt] = out;
        qt = qt + 1 === qn ? 0 : qt + 1;
        queued++;
      }
    }
    if (eps <= epsEnd) break;
  }
  return { p, assign, bids };
}
