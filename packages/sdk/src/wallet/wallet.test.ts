import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { keypairFromUri, toHex } from "@opentao/primitives";
import { TEST_WALLET, VECTORS_PATH } from "../../../../test/testWallet.ts";
import { detectKeyfileFormat } from "./keyfile.ts";
import { listWallets } from "./listWallets.ts";
import { expandWalletPath, Wallet } from "./wallet.ts";
import {
  KeyfileExistsError,
  KeyfileFormatError,
  KeyfileNotFoundError,
  WrongPasswordError,
} from "./walletErrors.ts";

let root: string;
before(async () => {
  root = await mkdtemp(join(tmpdir(), "opentao-wallet-"));
});
after(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("the shared btcli wallet", () => {
  const warnings: string[] = [];
  const wallet = new Wallet({ name: TEST_WALLET.name, path: VECTORS_PATH, warn: (m) => warnings.push(m) });

  test("pub files give both addresses without a password", async () => {
    assert.equal((await wallet.getColdkeypub()).ss58Address, TEST_WALLET.coldkey.ss58Address);
    assert.equal((await wallet.getHotkeypub()).ss58Address, TEST_WALLET.hotkeyDefault.ss58Address);
    assert.equal(await wallet.isColdkeyEncrypted(), true);
  });

  test("the hotkey loads in full, with a warning about the 0644 checkout", async () => {
    const hotkey = await wallet.getHotkey();
    assert.equal(hotkey.keypair.ss58Address, TEST_WALLET.hotkeyDefault.ss58Address);
    assert.ok(
      warnings.some((w) => w.includes("chmod 600")),
      warnings.join("\n"),
    );
  });

  test("the coldkey unlocks with its password (real Argon2i) and is cached", async () => {
    const coldkey = await wallet.unlockColdkey(TEST_WALLET.password);
    assert.equal(coldkey.ss58Address, TEST_WALLET.coldkey.ss58Address);
    assert.equal(toHex(coldkey.publicKey), TEST_WALLET.coldkey.publicKey);
    assert.equal(await wallet.unlockColdkey(), coldkey, "second call must not need the password");
  });

  test("a wrong password is reported as such", async () => {
    const fresh = new Wallet({ name: TEST_WALLET.name, path: VECTORS_PATH });
    await assert.rejects(fresh.unlockColdkey("not-the-password"), WrongPasswordError);
    await assert.rejects(fresh.unlockColdkey(), WrongPasswordError);
  });
});

describe("a missing wallet", () => {
  test("names the wallets that exist", async () => {
    const wallet = new Wallet({ name: "nope", path: VECTORS_PATH });
    await assert.rejects(wallet.getColdkeypub(), (error: unknown) => {
      assert.ok(error instanceof KeyfileNotFoundError);
      assert.match(error.message, /Wallets in .*: wallet\. Choose one with --wallet\.name\./);
      return true;
    });
  });

  test("in an empty folder says how to create one", async () => {
    const wallet = new Wallet({ path: join(root, "empty") });
    await assert.rejects(wallet.getColdkeypub(), /There are no wallets in .*tao wallet create/);
  });
});

describe("creating and regenerating", () => {
  test("create writes btcli's layout with mode 0600 and round-trips (unencrypted coldkey)", async () => {
    const wallet = new Wallet({ name: "plain", hotkey: "miner", path: root });
    const { coldkeyMnemonic, hotkeyMnemonic } = await wallet.create();
    for (const path of [wallet.coldkeyPath, wallet.coldkeypubPath, wallet.hotkeyPath, wallet.hotkeypubPath]) {
      assert.equal((await stat(path)).mode & 0o777, 0o600, path);
    }
    assert.equal(await wallet.isColdkeyEncrypted(), false);
    const again = new Wallet({ name: "plain", hotkey: "miner", path: root });
    const coldkey = await again.unlockColdkey();
    assert.equal(coldkey.ss58Address, (await again.getColdkeypub()).ss58Address);
    assert.equal((await again.getHotkey()).mnemonic, hotkeyMnemonic);
    const regenerated = new Wallet({ name: "copy", path: root });
    assert.equal(
      (await regenerated.regenerateColdkey({ mnemonic: coldkeyMnemonic })).ss58Address,
      coldkey.ss58Address,
    );
  });

  test("create with a password writes $NACL that opens with it (real Argon2i)", async () => {
    const wallet = new Wallet({ name: "locked", path: root });
    await wallet.create({ coldkeyPassword: "correct horse", words: 24 });
    const data = new Uint8Array(await readFile(wallet.coldkeyPath));
    assert.equal(detectKeyfileFormat(data, wallet.coldkeyPath), "nacl");
    assert.equal(
      detectKeyfileFormat(new Uint8Array(await readFile(wallet.hotkeyPath)), wallet.hotkeyPath),
      "json",
    );
    const reopened = new Wallet({ name: "locked", path: root });
    const coldkey = await reopened.unlockColdkey("correct horse");
    assert.equal(coldkey.ss58Address, (await reopened.getColdkeypub()).ss58Address);
  });

  test("existing keys are never overwritten without --overwrite", async () => {
    const wallet = new Wallet({ name: "plain", hotkey: "miner", path: root });
    await assert.rejects(wallet.create(), KeyfileExistsError);
    await assert.rejects(wallet.newHotkey(), KeyfileExistsError);
    const before = await readFile(wallet.hotkeyPath, "utf8");
    await wallet.newHotkey({ overwrite: true });
    assert.notEqual(await readFile(wallet.hotkeyPath, "utf8"), before);
  });

  test("regenerate from the shared wallet's mnemonics gives its addresses", async () => {
    const wallet = new Wallet({ name: "regen", path: root });
    await wallet.regenerateColdkey({ mnemonic: TEST_WALLET.coldkey.mnemonic });
    await wallet.regenerateHotkey({ mnemonic: TEST_WALLET.hotkeyDefault.mnemonic });
    assert.equal((await wallet.getColdkeypub()).ss58Address, TEST_WALLET.coldkey.ss58Address);
    assert.equal(
      await readFile(wallet.hotkeyPath, "utf8"),
      await readFile(join(VECTORS_PATH, "wallet", "hotkeys", "default"), "utf8"),
      "the hotkey file must be byte-identical to btcli's",
    );
  });

  test("regenerate from a seed, a dev URI and a public address", async () => {
    const wallet = new Wallet({ name: "dev", hotkey: "alice", path: root });
    const seed = Uint8Array.from(
      Buffer.from("9c8b6e3d1952260f3c1359abbe718c0ad5a8a5ef554575c6a92bc80b82579a95", "hex"),
    );
    assert.equal((await wallet.regenerateColdkey({ seed })).ss58Address, TEST_WALLET.coldkey.ss58Address);
    assert.equal(
      (await wallet.regenerateHotkey({ uri: "//Alice" })).ss58Address,
      keypairFromUri("//Alice").ss58Address,
    );
    const watch = new Wallet({ name: "watch", path: root });
    await watch.regenerateColdkeypub({ ss58Address: TEST_WALLET.coldkey.ss58Address });
    assert.equal((await watch.getColdkeypub()).ss58Address, TEST_WALLET.coldkey.ss58Address);
    await assert.rejects(watch.unlockColdkey(), KeyfileNotFoundError);
  });

  test("a coldkey that disagrees with coldkeypub.txt is refused", async () => {
    const wallet = new Wallet({ name: "mixed", path: root });
    await wallet.regenerateColdkey({ uri: "//Bob" });
    await writeFile(wallet.coldkeypubPath, await readFile(join(VECTORS_PATH, "wallet", "coldkeypub.txt")));
    await assert.rejects(new Wallet({ name: "mixed", path: root }).unlockColdkey(), KeyfileFormatError);
  });

  test("an unknown keyfile prefix is an error naming the file", async () => {
    const wallet = new Wallet({ name: "odd", path: root });
    await wallet.regenerateColdkey({ uri: "//Eve" });
    await writeFile(wallet.coldkeyPath, "garbage");
    await assert.rejects(
      new Wallet({ name: "odd", path: root }).unlockColdkey(),
      /odd\/coldkey is in no keyfile format/,
    );
  });
});

describe("listWallets and paths", () => {
  test("lists wallets and hotkeys sorted, skipping other folders", async () => {
    const path = join(root, "list");
    await new Wallet({ name: "b", hotkey: "h2", path }).regenerateColdkey({ uri: "//Bob" });
    await new Wallet({ name: "b", hotkey: "h2", path }).regenerateHotkey({ uri: "//Bob//h2" });
    await new Wallet({ name: "b", hotkey: "h1", path }).regenerateHotkey({ uri: "//Bob//h1" });
    await new Wallet({ name: "a", path }).regenerateColdkeypub({
      ss58Address: TEST_WALLET.coldkey.ss58Address,
    });
    await writeFile(join(path, "notes.txt"), "x");
    assert.deepEqual(await listWallets(path), [
      { name: "a", hotkeys: [] },
      { name: "b", hotkeys: ["h1", "h2"] },
    ]);
    assert.deepEqual(await listWallets(join(root, "absent")), []);
  });

  test("~ expands to the home directory; names cannot escape the folder", () => {
    assert.ok(!expandWalletPath("~/.bittensor/wallets").includes("~"));
    assert.throws(() => new Wallet({ name: "../x" }), /wallet name must use letters/);
    assert.throws(() => new Wallet({ hotkey: "a/b" }), /hotkey name must use letters/);
  });
});
