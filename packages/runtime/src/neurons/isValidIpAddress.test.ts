import assert from "node:assert/strict";
import { test } from "node:test";
import { isValidIpAddress, isValidIpType } from "./isValidIpAddress.ts";

test("ip types: only 4 and 6", () => {
  for (const t of [0, 1, 5, 7, 255]) assert.equal(isValidIpType(t), false, `type ${t}`);
  assert.equal(isValidIpType(4), true);
  assert.equal(isValidIpType(6), true);
});

test("ip addresses by type, zero and loopback rules", () => {
  const U128_MAX = (1n << 128n) - 1n;
  // [case, type, ip, allowZero, allowLoopback, valid]
  const cases: [string, number, bigint, boolean, boolean, boolean][] = [
    ["v4 public", 4, 0x01020304n, false, false, true],
    ["v4 highest valid", 4, 0xfffffffen, false, false, true],
    ["v4 2^32 − 1", 4, 0xffffffffn, false, false, false],
    ["v4 above 32 bits", 4, 1n << 40n, true, true, false],
    ["v4 loopback", 4, 0x7f000001n, true, false, false],
    ["v4 loopback allowed", 4, 0x7f000001n, true, true, true],
    ["v4 other 127/8", 4, 0x7f000002n, false, false, true],
    ["v6 public", 6, 0x20010db8000000000000000000000001n, false, false, true],
    ["v6 all ones", 6, U128_MAX, true, true, false],
    ["v6 ::1", 6, 1n, true, false, false],
    ["v6 ::1 allowed", 6, 1n, true, true, true],
    ["zero for axons", 4, 0n, true, false, true],
    ["zero for prometheus", 4, 0n, false, false, false],
    ["zero v6 for axons", 6, 0n, true, false, true],
    ["negative", 4, -1n, true, true, false],
  ];
  for (const [name, ipType, ip, allowZero, allowLoopback, valid] of cases) {
    assert.equal(isValidIpAddress(ipType, ip, { allowZero, allowLoopback }), valid, name);
  }
});
