/**
 * What bare `tao` (and `npm start`) prints: what works today and how to try it.
 */
export function printWelcome(): void {
  process.stdout.write(`opentao: an open network of the Bittensor kind, in TypeScript end to end.

Available now (run from the repository root):
  npx tao wallet create --wallet.name alice         make a coldkey and hotkey in btcli's format
  npx tao wallet new-hotkey --wallet.name alice -H miner
  npx tao wallet list                                the wallets in ~/.bittensor/wallets
  npx tao wallet show --wallet.name alice --json     addresses; with TAO_WALLET_PASSWORD also unlock
  npx tao wallet regen-coldkey --mnemonic "…"        restore a key from its mnemonic
  npx tao sim run examples/scenarios/weight-copying.json
                                                     many epochs of a subnet through the chain's Yuma code
  npx tao sim epoch --input epoch.json               one epoch, bit-exact with subtensor
  npx tao --help                                     every command and option

btcli's flag spellings work too (--wallet-name, --name, -p, -H, --json-output).
The chain's rules are in packages/runtime; the node, the chain commands, subnets and 'tao localnet' come next: see README.md.
`);
}
