/**
 * chain.md Appendix A rows of the swap module: Buy, Partial buy, Sell and Min add_stake, each as its
 * own test with the exact expected numbers.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { MAX_PRICE, MIN_PRICE } from "./constants.ts";
import { maxAdd } from "./maxAdd.ts";
import { minAddStake } from "./minAddStake.ts";
import { swapBuy } from "./swapBuy.ts";
import { swapSell } from "./swapSell.ts";

const POOL = { tau: 10n ** 12n, alpha: 10n ** 12n, feeRate: 33n } as const;
const TAO = 10n ** 9n;

describe("chain.md Appendix A: swaps", () => {
  test("Buy: τ = α = 10^12, rate 33, 10 TAO in, limit MAX_PRICE → fee 5,035,477; net 9,994,964,523; out 9,896,053,816", () => {
    const r = swapBuy({ ...POOL, limit: MAX_PRICE, amount: 10n * TAO });
    assert.equal(r.fee, 5_035_477n, "Buy fee");
    assert.equal(r.paidIn, 9_994_964_523n, "Buy net");
    assert.equal(r.out, 9_896_053_816n, "Buy out");
    assert.equal(r.refund, 0n, "Buy refund (full fill)");
    assert.equal(r.newTau, POOL.tau + 9_994_964_523n, "Buy new τ");
    assert.equal(r.newAlpha, POOL.alpha - 9_896_053_816n, "Buy new α");
  });

  test("Partial buy: same pool, 100 TAO in, limit 1,010,000,000 → net 4,987,562,112; fee 2,512,740; refund 95,009,925,148; out 4,962,809,789", () => {
    const r = swapBuy({ ...POOL, limit: 1_010_000_000n, amount: 100n * TAO });
    assert.equal(r.paidIn, 4_987_562_112n, "Partial buy net");
    assert.equal(r.fee, 2_512_740n, "Partial buy fee");
    assert.equal(r.refund, 95_009_925_148n, "Partial buy refund");
    assert.equal(r.out, 4_962_809_789n, "Partial buy out");
    // maxAdd at the same limit is exactly what the partial fill used, fee included.
    assert.equal(maxAdd(POOL, 1_010_000_000n), r.paidIn + r.fee, "Partial buy = maxAdd(L)");
  });

  test("Sell: same pool, 10 alpha in, limit MIN_PRICE → fee 5,035,477 alpha; out 9,896,053,816 rao", () => {
    const r = swapSell({ ...POOL, limit: MIN_PRICE, amount: 10n * TAO });
    assert.equal(r.fee, 5_035_477n, "Sell fee");
    assert.equal(r.out, 9_896_053_816n, "Sell out");
    assert.equal(r.paidIn, 9_994_964_523n, "Sell net");
    assert.equal(r.refund, 0n, "Sell refund (full fill)");
    assert.equal(r.newAlpha, POOL.alpha + 9_994_964_523n, "Sell new α");
    assert.equal(r.newTau, POOL.tau - 9_896_053_816n, "Sell new τ");
  });

  test("Min add_stake: dynamic subnet, rate 33 → 2,001,007 rao", () => {
    assert.equal(minAddStake({ feeRate: 33n }), 2_001_007n, "Min add_stake");
  });
});
