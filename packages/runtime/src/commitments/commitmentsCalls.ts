/**
 * The Commitments calls of chain.md §14 with their §3.4 weights, for the call registry.
 *
 * `set_commitment(netuid, info)` (H, Pays::No, 100·10^6) is not listed yet: its `info` argument is
 * `{"fields": [Data, …]}` where `Data` is `"None"` or a one-key object (`{"Raw": "0x…"}`), and no
 * `ArgType` of transactions/callDefinition.ts decodes a tagged union with data. `commitmentInfoFromJson`
 * (this folder) is the decoder to plug in (it throws `BadCall` as §3.2 check 1 requires); once an
 * ArgType can carry it, the entry is `{ module: "Commitments", method: "set_commitment", args: { netuid:
 * "u16", info: <that type> }, weight: SET_COMMITMENT_WEIGHT, paysFee: false, dispatch: (c, a) =>
 * setCommitment(c, a.netuid, a.info) }`.
 */
import type { CallDefinition } from "../transactions/callDefinition.ts";

/** chain.md §3.4: `Commitments.set_commitment` weighs 100·10^6 and is Pays::No. */
export const SET_COMMITMENT_WEIGHT = 100_000_000n;

/** The Commitments calls (empty until `set_commitment`'s `info` has an ArgType; see above). */
export const commitmentsCalls: readonly CallDefinition[] = [];
