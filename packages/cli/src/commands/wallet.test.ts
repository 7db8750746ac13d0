import assert from "node:assert/strict";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { runTao } from "../../../../test/runTao.ts";
import { TEST_WALLET, VECTORS_PATH } from "../../../../test/testWallet.ts";

let root: string;
before(async () => {
  root = await mkdtemp(join(tmpdir(), "opentao-cli-"));
});
after(async () => {
  await rm(root, { recursive: true, force: true });
});

function json(run: { code: number | null; stdout: string; stderr: string }) {
  assert.equal(run.code, 0, `exit code 0 expected; stderr: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

describe("tao wallet show on the shared btcli wallet", () => {
  const args = ["wallet", "show", "--wallet.path", VECTORS_PATH, "--wallet.name", "wallet", "--json"];

  test("with TAO_WALLET_PASSWORD: both addresses, coldkey unlocked and checked", async () => {
    const out = json(await runTao(args, { env: { TAO_WALLET_PASSWORD: TEST_WALLET.password } }));
    assert.equal(out.coldkey.ss58_address, TEST_WALLET.coldkey.ss58Address);
    assert.equal(out.coldkey.public_key, TEST_WALLET.coldkey.publicKey);
    assert.equal(out.coldkey.encrypted, true);
    assert.equal(out.coldkey.verified, true);
    assert.deepEqual(out.hotkeys, [
      {
        name: "default",
        ss58_address: TEST_WALLET.hotkeyDefault.ss58Address,
        public_key: TEST_WALLET.hotkeyDefault.publicKey,
      },
    ]);
  });

  test("without a password: addresses from the pub files, nothing unlocked, no prompt", async () => {
    const out = json(await runTao(args));
    assert.equal(out.coldkey.ss58_address, TEST_WALLET.coldkey.ss58Address);
    assert.equal(out.coldkey.verified, null);
  });

  test("a wrong password fails with exit 1 and says so", async () => {
    const run = await runTao(args, { env: { TAO_WALLET_PASSWORD: "wrong-password" } });
    assert.equal(run.code, 1);
    assert.equal(run.stdout, "");
    const { error } = JSON.parse(run.stderr.trim().split("\n").at(-1)!);
    assert.equal(error.name, "WrongPasswordError");
    assert.match(error.message, /^Wrong password for .*wallet\/coldkey\.$/);
  });

  test("a password from --password-file and from stdin", async () => {
    const file = join(root, "password.txt");
    await writeFile(file, `${TEST_WALLET.password}\n`);
    const [fromFile, fromStdin] = await Promise.all([
      runTao([...args, "--password-file", file]),
      runTao([...args, "--password-file", "-"], { input: TEST_WALLET.password }),
    ]);
    assert.equal(json(fromFile).coldkey.verified, true);
    assert.equal(json(fromStdin).coldkey.verified, true);
  });

  test("btcli's flag spellings select the same wallet", async () => {
    const btcli = [
      "wallet",
      "show",
      "--wallet-path",
      VECTORS_PATH,
      "--wallet-name",
      "wallet",
      "--json-output",
    ];
    const short = ["w", "show", "-p", VECTORS_PATH, "--name", "wallet", "--json"];
    for (const argv of [btcli, short]) {
      assert.equal(
        json(await runTao(argv)).coldkey.ss58_address,
        TEST_WALLET.coldkey.ss58Address,
        argv.join(" "),
      );
    }
  });

  test("a readable table without --json", async () => {
    const run = await runTao(["wallet", "show", "-p", VECTORS_PATH, "--name", "wallet"]);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /coldkey │ wallet {2}│ 5Cae1n9VYcUoeZv1JsgAbc1goEykNGxpKaA8NhuWjHDePezE/);
    assert.match(run.stdout, /hotkey {2}│ default │ 5HKp4TqxVGbFV4FToqnP8HPZob4Tzcb7DLNY2ehJJWq7aj5o/);
  });
});

describe("creating, restoring and listing", () => {
  test("create round-trips: the mnemonic it prints restores the same coldkey", async () => {
    const created = json(
      await runTao(["wallet", "create", "-p", root, "--name", "alice", "--no-use-password", "--json"]),
    );
    assert.equal(created.coldkey.encrypted, false);
    assert.equal(created.coldkey.mnemonic.split(" ").length, 12);
    assert.equal((await stat(join(root, "alice", "coldkey"))).mode & 0o777, 0o600);
    const restored = json(
      await runTao([
        "wallet",
        "regen-coldkey",
        "-p",
        root,
        "--name",
        "alice2",
        "--no-use-password",
        "--json",
        "--mnemonic",
        created.coldkey.mnemonic,
      ]),
    );
    assert.equal(restored.coldkey.ss58_address, created.coldkey.ss58_address);
    const shown = json(await runTao(["wallet", "show", "-p", root, "--name", "alice", "--json"]));
    assert.equal(shown.coldkey.verified, true, "an unencrypted coldkey is always checked");
    assert.equal(shown.hotkeys[0].ss58_address, created.hotkey.ss58_address);
  });

  test("create with a password from the environment writes $NACL that show unlocks (real Argon2i)", async () => {
    const env = { TAO_WALLET_PASSWORD: "a good password" };
    const created = json(
      await runTao(["wallet", "create", "-p", root, "--name", "locked", "--n-words", "24", "--json"], {
        env,
      }),
    );
    assert.equal(created.coldkey.encrypted, true);
    assert.equal(created.coldkey.mnemonic.split(" ").length, 24);
    const shown = json(await runTao(["wallet", "show", "-p", root, "--name", "locked", "--json"], { env }));
    assert.equal(shown.coldkey.verified, true);
    assert.equal(shown.coldkey.ss58_address, created.coldkey.ss58_address);
  });

  test("new-hotkey, regen-hotkey from a dev URI, regen-coldkeypub and list", async () => {
    const path = join(root, "listing");
    json(
      await runTao([
        "wallet",
        "regen-coldkeypub",
        "-p",
        path,
        "--name",
        "watch",
        "--ss58",
        TEST_WALLET.coldkey.ss58Address,
        "--json",
      ]),
    );
    json(
      await runTao([
        "wallet",
        "regen-coldkey",
        "-p",
        path,
        "--name",
        "dev",
        "--uri",
        "//Alice",
        "--no-use-password",
        "--json",
      ]),
    );
    const hot = json(
      await runTao([
        "wallet",
        "regen-hotkey",
        "-p",
        path,
        "--name",
        "dev",
        "-H",
        "bob",
        "--uri",
        "//Bob",
        "--json",
      ]),
    );
    assert.equal(hot.hotkey.ss58_address, "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty");
    const fresh = json(
      await runTao([
        "wallet",
        "new-hotkey",
        "-p",
        path,
        "--wallet.name",
        "dev",
        "--wallet.hotkey",
        "miner",
        "--json",
      ]),
    );
    assert.equal(fresh.hotkey.mnemonic.split(" ").length, 12);
    const listed = json(await runTao(["wallet", "list", "--wallet.path", path, "--json"]));
    assert.deepEqual(
      listed.wallets.map((w: { name: string; coldkey_ss58: string; hotkeys: { name: string }[] }) => [
        w.name,
        w.coldkey_ss58,
        w.hotkeys.map((h) => h.name),
      ]),
      [
        ["dev", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", ["bob", "miner"]],
        ["watch", TEST_WALLET.coldkey.ss58Address, []],
      ],
    );
  });
});

describe("errors say what is wrong and what to do", () => {
  test("a missing wallet lists the ones that exist", async () => {
    const run = await runTao(["wallet", "show", "-p", VECTORS_PATH, "--name", "nope"]);
    assert.equal(run.code, 1);
    assert.match(
      run.stderr,
      /Error: No keyfile at .*nope\/coldkeypub\.txt\.\n {2}Wallets in .*: wallet\. Choose one with --wallet\.name\./,
    );
  });

  test("a misspelt mnemonic word is named, before any password is asked", async () => {
    const phrase = TEST_WALLET.coldkey.mnemonic.replace("toy", "toi");
    const run = await runTao(["wallet", "regen-coldkey", "-p", root, "--name", "typo", "--mnemonic", phrase]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /Word 8 of the mnemonic, "toi", is not in the BIP39 list\./);
  });

  test("no password source under --json is a usage error, never a prompt", async () => {
    const run = await runTao(["wallet", "create", "-p", root, "--name", "nopw", "--json"]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /A password is needed to encrypt .*Set TAO_WALLET_PASSWORD/);
  });

  test("existing keys are kept unless --overwrite", async () => {
    await runTao(["wallet", "create", "-p", root, "--name", "keep", "--no-use-password", "--json"]);
    const run = await runTao([
      "wallet",
      "create",
      "-p",
      root,
      "--name",
      "keep",
      "--no-use-password",
      "--json",
    ]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /already exists.*Pass --overwrite/);
  });

  test("a short password and a bad word count are refused", async () => {
    const short = await runTao(["wallet", "create", "-p", root, "--name", "short"], {
      env: { TAO_WALLET_PASSWORD: "abc" },
    });
    assert.match(short.stderr, /The password is 3 characters long; use at least 6\./);
    const words = await runTao([
      "wallet",
      "create",
      "-p",
      root,
      "--name",
      "w13",
      "--n-words",
      "13",
      "--no-use-password",
    ]);
    assert.equal(words.code, 2);
    assert.match(words.stderr, /--n-words must be 12, 15, 18, 21 or 24, not 13\./);
  });

  test("an unknown command is a usage error", async () => {
    const run = await runTao(["wallet", "bogus"]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unknown command 'bogus'/);
  });
});
