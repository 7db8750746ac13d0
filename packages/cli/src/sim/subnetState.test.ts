import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { EpochOutput } from "@opentao/runtime";
import { SubnetState } from "./subnetState.ts";

const N = 3;

/** An epoch output that only sets what the state carries over: permits and bonds. */
function output(permits: boolean[], bondsOut: EpochOutput["bondsOut"] = [[], [], []]): EpochOutput {
  const zeros = new Array<number>(N).fill(0);
  const rao = new Array<bigint>(N).fill(0n);
  return {
    active: permits,
    newValidatorPermits: permits,
    stakeWeight: zeros,
    consensus: zeros,
    incentive: zeros,
    dividends: zeros,
    validatorTrust: zeros,
    serverEmission: rao,
    validatorEmission: rao,
    emission: rao,
    rawStake: rao,
    bondsOut,
  };
}

const WEIGHTS = { uids: [2, 1], values: [21844, 10922] };

describe("SubnetState without commit-reveal", () => {
  test("set_weights needs a validator permit; refused calls change nothing", () => {
    const state = new SubnetState(N, null);
    state.register(0, 1n);
    assert.equal(state.submit(0, WEIGHTS, 9n, 0), false, "no permit before the first epoch");
    assert.deepEqual(state.snapshot().weights[0], [], "nothing stored");
    assert.equal(state.snapshot().lastUpdate[0], 1n, "LastUpdate stays at registration");
  });

  test("accepted weights are stored max-upscaled in the caller's order, and LastUpdate moves", () => {
    const state = new SubnetState(N, null);
    state.register(0, 1n);
    state.apply(output([true, false, false]), 10n);
    assert.equal(state.submit(0, WEIGHTS, 19n, 1), true);
    const snapshot = state.snapshot();
    assert.deepEqual(snapshot.weights[0], [
      [2, 65535],
      [1, 32768],
    ]);
    assert.equal(snapshot.lastUpdate[0], 19n);
    assert.deepEqual(snapshot.commitBlock, [null, null, null], "no commits without commit-reveal");
  });

  test("an epoch's bonds, permits and block carry over", () => {
    const state = new SubnetState(N, null);
    const bonds = [[[2, 65535] as const], [], []];
    state.apply(output([true, true, false], bonds), 360n);
    const snapshot = state.snapshot();
    assert.deepEqual(snapshot.bonds, bonds);
    assert.deepEqual(snapshot.validatorPermit, [true, true, false]);
    assert.equal(snapshot.lastMechanismStepBlock, 360n);
    assert.deepEqual(
      new SubnetState(N, null).snapshot().lastMechanismStepBlock,
      0n,
      "0 before the first epoch",
    );
  });
});

describe("SubnetState with commit-reveal (reveal period 2)", () => {
  test("a commit moves LastUpdate at once; its weights take effect two epochs later", () => {
    const state = new SubnetState(N, 2);
    state.register(0, 1n);
    // Committing needs no permit (chain.md §13.3); the reveal does.
    assert.equal(state.submit(0, WEIGHTS, 719n, 1), true);
    assert.equal(state.snapshot().lastUpdate[0], 719n);
    assert.deepEqual(state.snapshot().commitBlock, [719n, null, null], "epoch 1: the commit is pending");
    state.apply(output([true, false, false]), 720n);

    state.reveal(2);
    assert.deepEqual(state.snapshot().weights[0], [], "epoch 2: not revealed yet");
    assert.deepEqual(state.snapshot().commitBlock[0], 719n, "epoch 2: still pending");

    state.reveal(3);
    assert.deepEqual(state.snapshot().weights[0], [
      [2, 65535],
      [1, 32768],
    ]);
    assert.equal(state.snapshot().commitBlock[0], null, "epoch 3: revealed, nothing pending");
    assert.equal(state.snapshot().lastUpdate[0], 719n, "the reveal leaves LastUpdate alone");
  });

  test("the commit block is the oldest pending commit", () => {
    const state = new SubnetState(N, 2);
    state.submit(0, WEIGHTS, 359n, 0);
    state.submit(0, WEIGHTS, 719n, 1);
    assert.equal(state.snapshot().commitBlock[0], 359n, "epoch 1: two pending, the older counts");
    state.apply(output([true, false, false]), 720n);
    state.reveal(2);
    assert.equal(state.snapshot().commitBlock[0], 719n, "epoch 2: the epoch-0 commit was revealed");
  });

  test("a reveal without a validator permit is refused and the commit expires", () => {
    const state = new SubnetState(N, 1);
    state.submit(0, WEIGHTS, 359n, 0);
    state.apply(output([false, false, false]), 360n);
    state.reveal(1);
    assert.deepEqual(state.snapshot().weights[0], [], "refused");
    assert.equal(state.snapshot().commitBlock[0], null, "expired");
  });
});
