/**
 * The dev preset (chain.md §17, `tao node --dev`): //Alice … //Ferdie each funded with 1,000,000 TAO;
 * //Alice is the sudo key and the sole authority (weight "1"); fast blocks; loopback serving allowed;
 * no subnets. The addresses are those of the standard Substrate dev phrase with hard junctions (sr25519),
 * written out so that the runtime derives no keys.
 */
import type { ChainSpecJson } from "./chainSpec.ts";

/** SS58 addresses of the dev accounts (chain.md §17 table). */
export const DEV_ACCOUNTS = {
  alice: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
  bob: "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty",
  charlie: "5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y",
  dave: "5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy",
  eve: "5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw",
  ferdie: "5CiPPseXPECbkjWCa6MnjNokrgYjMqmKndv2rSnekmSK2DjL",
} as const;

/** 1,000,000 TAO in rao. */
const DEV_BALANCE = (1_000_000n * 1_000_000_000n).toString();

/** The dev chain spec (JSON form). */
export function devChainSpec(): ChainSpecJson {
  return {
    chainName: "opentao-dev",
    specVersion: 1,
    fastBlocks: true,
    allowLoopbackServing: true,
    sudo: DEV_ACCOUNTS.alice,
    authorities: [{ account: DEV_ACCOUNTS.alice, weight: "1" }],
    balances: Object.values(DEV_ACCOUNTS).map((account) => [account, DEV_BALANCE] as const),
  };
}
