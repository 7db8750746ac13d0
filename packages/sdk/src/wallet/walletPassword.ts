/**
 * Where a keyfile's password comes from without a prompt (wire.md B.6): btcli's per-file `BT_PW_…`
 * variable (base64 of the password XOR the variable's name), then opentao's plain `TAO_WALLET_PASSWORD`.
 */

/** The name of btcli's password variable for a keyfile path. */
export function btPasswordVariable(keyfilePath: string): string {
  return `BT_PW_${keyfilePath.replaceAll("/", "_").replaceAll(".", "_").toUpperCase()}`;
}

function xorWithName(data: Uint8Array, name: string): Uint8Array {
  const key = new TextEncoder().encode(name);
  return data.map((byte, i) => byte ^ key[i % key.length]!);
}

/** Encodes a password as btcli's `BT_PW_…` value for `keyfilePath` (obfuscation, not encryption). */
export function encodeBtPassword(password: string, keyfilePath: string): string {
  const bytes = xorWithName(new TextEncoder().encode(password), btPasswordVariable(keyfilePath));
  return Buffer.from(bytes).toString("base64");
}

/** Decodes a `BT_PW_…` value back to the password. */
export function decodeBtPassword(value: string, keyfilePath: string): string {
  const bytes = xorWithName(new Uint8Array(Buffer.from(value, "base64")), btPasswordVariable(keyfilePath));
  return new TextDecoder().decode(bytes);
}

/**
 * The password the environment holds for a keyfile: its `BT_PW_…` variable first, then
 * `TAO_WALLET_PASSWORD` (plain text, not trimmed). Undefined when neither is set.
 */
export function passwordFromEnvironment(
  keyfilePath: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const obfuscated = env[btPasswordVariable(keyfilePath)];
  if (obfuscated !== undefined) return decodeBtPassword(obfuscated, keyfilePath);
  return env.TAO_WALLET_PASSWORD;
}
