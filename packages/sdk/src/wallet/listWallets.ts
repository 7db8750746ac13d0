/**
 * The wallets under a wallet folder (btcli `wallet list`): every directory with a coldkey or
 * coldkeypub.txt, and the hotkeys beside it, sorted by name.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";

export type WalletEntry = {
  readonly name: string;
  readonly hotkeys: readonly string[];
};

async function entries(path: string): Promise<import("node:fs").Dirent[]> {
  try {
    return await readdir(path, { withFileTypes: true });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw cause;
  }
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Lists the wallets in an (absolute) wallet folder; an absent folder has none. */
export async function listWallets(path: string): Promise<WalletEntry[]> {
  const wallets: WalletEntry[] = [];
  for (const dir of await entries(path)) {
    if (!dir.isDirectory()) continue;
    const files = (await entries(join(path, dir.name))).map((entry) => entry.name);
    if (!files.includes("coldkey") && !files.includes("coldkeypub.txt")) continue;
    const hotkeys = (await entries(join(path, dir.name, "hotkeys")))
      .filter((entry) => entry.isFile() && !entry.name.endsWith("pub.txt") && !entry.name.endsWith(".tmp"))
      .map((entry) => entry.name)
      .sort(byName);
    wallets.push({ name: dir.name, hotkeys });
  }
  return wallets.sort((a, b) => byName(a.name, b.name));
}
