/**
 * `tao` accepts the flag spellings of both btcli and the Python SDK (wire.md Part D), e.g.
 * `--wallet.name`, `--wallet-name` and `--name`. Commander knows one spelling per option, so argv is
 * rewritten to the canonical one before parsing; this table is the single place the aliases live.
 */
const ALIASES: Readonly<Record<string, string>> = {
  "--wallet.name": "--wallet-name",
  "--wallet_name": "--wallet-name",
  "--name": "--wallet-name",
  "--wallet.path": "--wallet-path",
  "--wallet_path": "--wallet-path",
  "-p": "--wallet-path",
  "--wallet.hotkey": "--hotkey",
  "--wallet-hotkey": "--hotkey",
  "--wallet_hotkey": "--hotkey",
  "-H": "--hotkey",
  "--json-output": "--json",
  "--json_output": "--json",
  "-y": "--no-prompt",
  "--n_words": "--n-words",
  "--use_password": "--use-password",
  "--no_use_password": "--no-use-password",
};

/** Rewrites alias flags (also in `--flag=value` form) to the spelling the commands declare. */
export function normalizeFlags(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (const [index, arg] of argv.entries()) {
    // Everything after "--" is an operand, never a flag.
    if (arg === "--") return [...out, ...argv.slice(index)];
    const equals = arg.indexOf("=");
    const flag = equals > 0 ? arg.slice(0, equals) : arg;
    const canonical = ALIASES[flag];
    out.push(canonical === undefined ? arg : `${canonical}${equals > 0 ? arg.slice(equals) : ""}`);
  }
  return out;
}
