/**
 * Property tests of chain.md §9 over seeded pools (mulberry32, so every run sees the same cases):
 * `k = τ·α` never falls, a round trip never gains, no fill crosses its limit, and the limit functions
 * are exact inverses of the swaps. Each bound asserted here is proved in the comment above it; none
 * relies on a tolerance.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mulberry32 } from "../../../../test/mulberry32.ts";
import { LIMIT_PRICE_SCALE, MAX_PRICE, UNLIMITED } from "./constants.ts";
import { isqrt } from "./isqrt.ts";
import { maxAdd } from "./maxAdd.ts";
import { maxMove } from "./maxMove.ts";
import { maxRemove } from "./maxRemove.ts";
import { swapBuy } from "./swapBuy.ts";
import { SwapError } from "./swapError.ts";
import { swapFee } from "./swapFee.ts";
import { swapSell } from "./swapSell.ts";
import type { DynamicPool, SwapResult } from "./swapTypes.ts";

const CASES = 3_000;
const S = LIMIT_PRICE_SCALE;

type Random = {
  /** Uniform in [lo, hi]. */
  between(lo: bigint, hi: bigint): bigint;
  /** Roughly log-uniform in [lo, hi]: a uniform bit length, then a uniform value of that length. */
  logBetween(lo: bigint, hi: bigint): bigint;
};

function random(seed: number): Random {
  const next = mulberry32(seed);
  const between = (lo: bigint, hi: bigint): bigint => {
    let v = 0n;
    for (let i = 0; i < 4; i++) v = (v << 32n) | BigInt(next());
    return lo + (v % (hi - lo + 1n));
  };
  const bits = (v: bigint): bigint => BigInt(v.toString(2).length);
  return {
    between,
    logBetween(lo, hi) {
      const b = between(bits(lo), bits(hi));
      const v = between(1n << (b - 1n), (1n << b) - 1n);
      return v < lo ? lo : v > hi ? hi : v;
    },
  };
}

/**
 * A pool with reserves in [10^6, 10^17] and a price between 10^-4 and 10^4 TAO per alpha (so MAX_PRICE
 * and 0 are never at the price), and a fee rate of 0, 33 or up to the 10,000 cap of §8.1.
 */
function randomPool(r: Random): DynamicPool {
  for (;;) {
    const tau = r.logBetween(10n ** 6n, 10n ** 17n);
    const alpha = r.logBetween(10n ** 6n, 10n ** 17n);
    if (tau * 10_000n < alpha || alpha * 10_000n < tau) continue;
    const pick = r.between(0n, 2n);
    const feeRate = pick === 0n ? 0n : pick === 1n ? 33n : r.between(0n, 10_000n);
    return { tau, alpha, feeRate };
  }
}

/** The current price in rao per alpha, floored: L = this + 1 is the lowest limit strictly above it. */
const raoPrice = (pool: DynamicPool): bigint => (pool.tau * S) / pool.alpha;

/** Runs a swap; a SwapError becomes `undefined` (the pool is untouched), anything else is rethrown. */
function attempt(run: () => SwapResult): SwapResult | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof SwapError) return undefined;
    throw error;
  }
}

function assertBookkeeping(id: string, amount: bigint, feeRate: bigint, result: SwapResult): void {
  const { paidIn, fee, out, refund } = result;
  assert.ok(paidIn >= 0n && fee >= 0n && out >= 0n && refund >= 0n, `${id}: no negative field`);
  assert.equal(paidIn + fee + refund, amount, `${id}: net + fee + refund = amount`);
  assert.ok(paidIn <= amount - swapFee(amount, feeRate), `${id}: net ≤ step-1 net`);
}

describe("pool invariants (chain.md §9)", () => {
  // Buy: τ' = τ + net and α' = α − floor(α·net/τ') = ceil(α·τ/τ'), so τ'·α' ≥ τ·α. Sell likewise.
  // Fees never enter the reserves (they go to the author), so they cannot lower k either.
  // Limits: a full fill passes step 5's test, which is the limit test itself. A partial buy lands on
  // τ' = s = isqrt(floor(L·τ·α/10^9)) (or lower), with α' = ceil(α·τ/τ') ≥ α·τ/s, so
  // τ'/α' ≤ s²/(α·τ) ≤ L/10^9. A partial sell mirrors it.
  test(`k = τ·α never decreases and no fill crosses its limit (${CASES} buys and ${CASES} sells)`, () => {
    const r = random(0x5eed_0001);
    let filled = 0;
    let partial = 0;
    for (let i = 0; i < CASES; i++) {
      const pool = randomPool(r);
      const { tau, alpha, feeRate } = pool;
      const k = tau * alpha;
      const price = raoPrice(pool);
      const dropFees = r.between(0n, 3n) === 0n;
      const rate = dropFees ? 0n : feeRate;

      const buyLimit = r.between(0n, 3n) === 0n ? MAX_PRICE : price + 1n + r.between(0n, price);
      const buyAmount = r.logBetween(1n, 10n * tau);
      const buy = attempt(() => swapBuy({ ...pool, limit: buyLimit, amount: buyAmount, dropFees }));
      if (buy) {
        filled++;
        if (buy.refund > 0n) partial++;
        const id = `buy case ${i}`;
        assertBookkeeping(id, buyAmount, rate, buy);
        assert.ok(buy.newTau * buy.newAlpha >= k, `${id}: k never decreases`);
        assert.ok(buy.newTau * S <= buyLimit * buy.newAlpha, `${id}: price after ≤ limit`);
      }

      const sellLimit = r.between(0n, 3n) === 0n ? 0n : r.between(0n, price > 0n ? price - 1n : 0n);
      const sellAmount = r.logBetween(1n, 10n * alpha);
      const sell = attempt(() => swapSell({ ...pool, limit: sellLimit, amount: sellAmount, dropFees }));
      if (sell) {
        filled++;
        if (sell.refund > 0n) partial++;
        const id = `sell case ${i}`;
        assertBookkeeping(id, sellAmount, rate, sell);
        assert.ok(sell.newTau * sell.newAlpha >= k, `${id}: k never decreases`);
        assert.ok(sell.newTau * S >= sellLimit * sell.newAlpha, `${id}: price after ≥ limit`);
      }
    }
    // Only tiny swaps that pay out 0 (ReservesTooLow) may fail here; the properties must not be vacuous.
    assert.ok(filled > 1.8 * CASES, `most swaps succeed (${filled} of ${2 * CASES})`);
    assert.ok(partial > CASES / 10, `many fills are partial (${partial})`);
  });

  // Both legs round against the trader and k never falls, so a buy then a sell of the alpha bought
  // returns at most the TAO that entered the pool (and a sell then a buy at most the alpha sold).
  test(`a buy then a sell never returns more TAO than was paid, nor the reverse more alpha (${CASES} cases)`, () => {
    const r = random(0x5eed_0002);
    let roundTrips = 0;
    for (let i = 0; i < CASES; i++) {
      const pool = randomPool(r);
      const dropFees = r.between(0n, 1n) === 0n;
      const amount = r.logBetween(1n, 10n * pool.tau);
      const buy = attempt(() => swapBuy({ ...pool, limit: MAX_PRICE, amount, dropFees }));
      if (buy) {
        const after = { ...pool, tau: buy.newTau, alpha: buy.newAlpha };
        const sell = attempt(() => swapSell({ ...after, limit: 0n, amount: buy.out, dropFees }));
        const back = sell?.out ?? 0n;
        assert.ok(
          back <= buy.paidIn,
          `buy→sell case ${i}: ${back} TAO back ≤ ${buy.paidIn} paid into the pool`,
        );
        assert.ok(back <= amount - buy.refund, `buy→sell case ${i}: ≤ TAO spent including the fee`);
        if (sell) roundTrips++;
      }
      const alphaIn = r.logBetween(1n, 10n * pool.alpha);
      const sell = attempt(() => swapSell({ ...pool, limit: 0n, amount: alphaIn, dropFees }));
      if (sell) {
        const after = { ...pool, tau: sell.newTau, alpha: sell.newAlpha };
        const rebuy = attempt(() => swapBuy({ ...after, limit: MAX_PRICE, amount: sell.out, dropFees }));
        const back = rebuy?.out ?? 0n;
        assert.ok(back <= sell.paidIn, `sell→buy case ${i}: ${back} alpha back ≤ ${sell.paidIn} sold`);
      }
    }
    assert.ok(roundTrips > CASES * 0.9, `most round trips complete (${roundTrips})`);
  });
});

describe("limit functions are exact inverses of the swaps (chain.md §9)", () => {
  // With M = maxAdd(L) = Δ + g, g = floor(Δ·r/(65535−r)): g ≤ Δ·r/(65535−r) < g + 1 gives
  // g·65535 ≤ (Δ+g)·r and (Δ+g+1)·r < (g+1)·65535, so floor(M·r/65535) = floor((M+1)·r/65535) = g:
  // M nets exactly Δ and M + 1 nets exactly Δ + 1. Netting Δ keeps the price ≤ L (as for a partial
  // fill), so buying M with limit L fills fully. Netting Δ + 1 puts τ' ≥ s + 1 with (s+1)² > L·τ·α/10^9,
  // so the curve price τ'²/(τ·α) passes L; the pool's integer α' = ceil(α·τ/τ') can exceed α·τ/τ' by
  // less than one alpha-rao, which is all the rounding that may still hold the price at L:
  // τ'·10^9 > L·(α' − 1).
  test(`maxAdd(L) fills fully at L; maxAdd(L) + 1 passes L to within one alpha-rao (${CASES} cases)`, () => {
    const r = random(0x5eed_0003);
    let strictlyOver = 0;
    for (let i = 0; i < CASES; i++) {
      const pool = randomPool(r);
      const { tau, alpha } = pool;
      // Limits from 0.1% to 100× above the price keep Δ well inside step 2's 1000·τ.
      const limit = (raoPrice(pool) * r.between(1_001n, 100_000n)) / 1_000n + 1n;
      const id = `case ${i} (τ=${tau}, α=${alpha}, rate=${pool.feeRate}, L=${limit})`;
      const delta = isqrt((limit * tau * alpha) / S) - tau;
      const max = maxAdd(pool, limit);

      const atMax = swapBuy({ ...pool, limit, amount: max });
      assert.equal(atMax.paidIn, delta, `${id}: maxAdd nets exactly Δ`);
      assert.equal(atMax.refund, 0n, `${id}: maxAdd fills fully at the limit`);
      assert.ok(atMax.newTau * S <= limit * atMax.newAlpha, `${id}: price after maxAdd ≤ L`);

      const over = swapBuy({ ...pool, limit: MAX_PRICE, amount: max + 1n });
      assert.equal(over.paidIn, delta + 1n, `${id}: maxAdd + 1 nets Δ + 1`);
      assert.ok(
        over.newTau * over.newTau * S > limit * tau * alpha,
        `${id}: curve price after maxAdd + 1 > L`,
      );
      assert.ok(
        over.newTau * S > limit * (over.newAlpha - 1n),
        `${id}: price after maxAdd + 1 > L within 1 alpha-rao`,
      );
      if (over.newTau * S > limit * over.newAlpha) strictlyOver++;
    }
    // About a third of the cases pass L on the integer price itself (≈ 950 of 3,000 with this seed); in
    // the rest α's ceiling holds the price at L by less than one alpha-rao, as proved above.
    assert.ok(strictlyOver > CASES / 10, `the pool price itself often passes L (${strictlyOver})`);
  });

  // The mirror image for sells: M = maxRemove(L) nets exactly Δ (same fee algebra), selling it at L
  // fills fully and leaves the price ≥ L; M + 1 nets Δ + 1, so α' ≥ s + 1 with L·α'² > τ·α·10^9 and
  // τ' = ceil(τ·α/α') < τ·α/α' + 1, hence (τ' − 1)·10^9 < L·α'.
  test(`maxRemove(L) fills fully at L; maxRemove(L) + 1 passes L to within one rao (${CASES} cases)`, () => {
    const r = random(0x5eed_0004);
    for (let i = 0; i < CASES; i++) {
      const pool = randomPool(r);
      const { tau, alpha } = pool;
      // Limits from 1% to 99.9% of the price.
      const limit = (raoPrice(pool) * r.between(10n, 999n)) / 1_000n;
      if (limit === 0n) continue;
      const id = `case ${i} (τ=${tau}, α=${alpha}, rate=${pool.feeRate}, L=${limit})`;
      const delta = isqrt((tau * alpha * S) / limit) - alpha;
      const max = maxRemove(pool, limit);

      const atMax = swapSell({ ...pool, limit, amount: max });
      assert.equal(atMax.paidIn, delta, `${id}: maxRemove nets exactly Δ`);
      assert.equal(atMax.refund, 0n, `${id}: maxRemove fills fully at the limit`);
      assert.ok(atMax.newTau * S >= limit * atMax.newAlpha, `${id}: price after maxRemove ≥ L`);

      const over = swapSell({ ...pool, limit: 0n, amount: max + 1n });
      assert.equal(over.paidIn, delta + 1n, `${id}: maxRemove + 1 nets Δ + 1`);
      assert.ok(
        (over.newTau - 1n) * S < limit * over.newAlpha,
        `${id}: price after maxRemove + 1 < L within 1 rao`,
      );
    }
  });

  // A buy far past maxAdd is cut back by step 6 to exactly the Δ that maxAdd grossed up.
  test(`a buy of 10 × maxAdd(L) at L fills partially with net exactly Δ (${CASES} cases)`, () => {
    const r = random(0x5eed_0005);
    for (let i = 0; i < CASES; i++) {
      const pool = randomPool(r);
      const limit = (raoPrice(pool) * r.between(1_010n, 10_000n)) / 1_000n + 1n;
      const id = `case ${i} (τ=${pool.tau}, α=${pool.alpha}, L=${limit})`;
      const max = maxAdd(pool, limit);
      const result = swapBuy({ ...pool, limit, amount: 10n * max });
      assert.equal(result.paidIn + result.fee, max, `${id}: net + fee = maxAdd(L)`);
      assert.equal(result.refund, 9n * max, `${id}: refund`);
    }
  });

  // Dynamic → dynamic: x = floor(num/den) is the largest x with α_d·τ_o·10^9 ≥ L·(τ_d·α_o + x·(τ_o+τ_d)),
  // i.e. the ideal fee-less rate α_d·τ_o/(τ_d·α_o + x·(τ_o+τ_d)) is still ≥ L/10^9 at x and below at x+1.
  test(`maxMove between dynamic pools stops exactly where the curve rate reaches L (${CASES} cases)`, () => {
    const r = random(0x5eed_0006);
    let positive = 0;
    for (let i = 0; i < CASES; i++) {
      const o = randomPool(r);
      const d = randomPool(r);
      // Rate in rao per 10^9: price(o)/price(d)·10^9; limits from 1% to 100% of it.
      const rate = (o.tau * d.alpha * S) / (o.alpha * d.tau);
      const limit = (rate * r.between(10n, 1_000n)) / 1_000n;
      if (limit === 0n) continue;
      const id = `case ${i} (L=${limit})`;
      const x = maxMove(o, d, limit);
      assert.notEqual(x, UNLIMITED, `${id}: bounded`);
      const lhs = d.alpha * o.tau * S;
      const at = (n: bigint): bigint => limit * (d.tau * o.alpha + n * (o.tau + d.tau));
      if (x > 0n) {
        positive++;
        assert.ok(lhs >= at(x), `${id}: rate at x ≥ L`);
      }
      assert.ok(lhs < at(x + 1n), `${id}: rate at x + 1 < L`);
    }
    assert.ok(positive > CASES * 0.9, `most moves are positive (${positive})`);
  });
});
