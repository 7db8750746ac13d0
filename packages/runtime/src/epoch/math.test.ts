/**
 * Unit tests of the epoch's fixed-point helpers (math.ts, liquidAlpha.ts) with values worked by hand
 * from yuma.md: normalisation, the median and its tie rules, permits, the masks, clipping, the bonds
 * penalty interpolation, both EMAs and the liquid-alpha cursor walk.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { fixed64ToFixed32, I32F32, I64F64, u16ProportionToFixed } from "@opentao/primitives";
import { alphaSigmoid, liquidAlphas } from "./liquidAlpha.ts";
import {
  colClipSparse,
  inplaceColMaxUpscaleSparse,
  inplaceColNormalizeSparse,
  inplaceNormalize,
  inplaceNormalize64,
  inplaceRowNormalizeSparse,
  interpolateSparse,
  isTopkNonzero,
  maskDiagSparse,
  maskDiagSparseExceptIndex,
  matEmaAlphaSparse,
  matEmaSparse,
  type SparseMatrix,
  vecMaskSparseMatrix,
  vecMul,
  weightedMedian,
  weightedMedianColSparse,
} from "./math.ts";

const fx = (decimal: string): I32F32 => I32F32.fromDecimal(decimal);
const bits = (b: bigint): I32F32 => I32F32.fromBits(b);
const ONE = I32F32.ONE;
const ZERO = I32F32.ZERO;
const KAPPA_32767 = u16ProportionToFixed(32767);
const HALF = fx("0.5");

describe("normalisation (yuma.md §1, §5.2)", () => {
  test("§5.2: stakes [1, 2, 3, 4] normalise to bits [429496729, 858993459, 1288490188, 1717986918]", () => {
    const stake = [1, 2, 3, 4].map((v) => I64F64.fromInt(v));
    inplaceNormalize64(stake);
    assert.deepEqual(
      stake.map(fixed64ToFixed32),
      [429496729n, 858993459n, 1288490188n, 1717986918n],
      "§5.2 stake bits",
    );
  });

  test("a zero-sum vector is left unchanged", () => {
    const x = [ZERO, ZERO];
    inplaceNormalize(x);
    assert.deepEqual(x, [ZERO, ZERO], "zero sum");
  });

  test("a row summing to 0 is left as is, explicit zeros survive (§5.5)", () => {
    const m: SparseMatrix = [
      [
        [1, ZERO],
        [2, ZERO],
      ],
      [
        [0, I32F32.fromInt(1)],
        [2, ZERO],
        [1, I32F32.fromInt(3)],
      ],
    ];
    inplaceRowNormalizeSparse(m);
    assert.deepEqual(
      m,
      [
        [
          [1, ZERO],
          [2, ZERO],
        ],
        [
          [0, fx("0.25")],
          [2, ZERO],
          [1, fx("0.75")],
        ],
      ],
      "row normalise keeps order and zeros",
    );
  });
});

describe("weighted_median (yuma.md §5.6, pitfall 3)", () => {
  // The §5.6 table, with kappa 32767/65535 and with exactly 0.5.
  const cases: [string, string[], string[], string][] = [
    ["50/50 resolves to the upper score", ["0.5", "0.5"], ["1", "0"], "1"],
    ["50/50 resolves to the upper score (reversed)", ["0.5", "0.5"], ["0", "1"], "1"],
    ["clipping demo", ["0.49", "0.49", "0.02"], ["0.3", "0.7", "0.5"], "0.5"],
    ["a 0.8 majority at 0", ["0.8", "0.1", "0.1"], ["0", "1", "1"], "0"],
  ];
  for (const [name, stake, score, expected] of cases) {
    for (const [kappaName, kappa] of [
      ["32767", KAPPA_32767],
      ["0.5", HALF],
    ] as const) {
      test(`§5.6 ${name}, kappa ${kappaName}`, () => {
        const m: SparseMatrix = score.map((s) => [[0, fx(s)]]);
        const [median] = weightedMedianColSparse(stake.map(fx), m, 1, kappa);
        assert.equal(median, fx(expected), `§5.6 ${name} kappa ${kappaName}`);
      });
    }
  }

  test("with no positive stake every consensus value is 0", () => {
    const m: SparseMatrix = [[[0, ONE]], [[1, ONE]]];
    assert.deepEqual(weightedMedianColSparse([ZERO, ZERO], m, 2, KAPPA_32767), [ZERO, ZERO], "no stake");
  });

  test("a missing entry scores 0 and zero-stake rows take no part", () => {
    // Row 1 has no stake, so only row 0 (score 0.3) and row 2 (missing, 0) vote: 50/50 → upper.
    const m: SparseMatrix = [[[0, fx("0.3")]], [[0, ONE]], []];
    const [median] = weightedMedianColSparse([HALF, ZERO, HALF], m, 1, HALF);
    assert.equal(median, fx("0.3"), "missing scores 0");
  });

  test("a duplicate column in a row: the last entry wins", () => {
    const m: SparseMatrix = [
      [
        [0, ONE],
        [0, fx("0.25")],
      ],
    ];
    assert.deepEqual(weightedMedianColSparse([ONE], m, 1, HALF), [fx("0.25")], "last duplicate");
  });

  test("scores equal to the pivot join neither side", () => {
    // Pivot (index 1) is 0.5; lower holds 0.2 with 0.2 stake, upper holds 0.9 with 0.2 stake: the
    // minority 0.5 is neither below lo+0.2 nor at/above hi−0.2, so the pivot itself is the median.
    const stake = ["0.2", "0.3", "0.3", "0.2"].map(fx);
    const score = ["0.2", "0.5", "0.5", "0.9"].map(fx);
    assert.equal(weightedMedian(stake, score, [0, 1, 2, 3], HALF, ZERO, ONE), fx("0.5"), "pivot");
  });

  test("descending is strict: minority == lo + lo_stake does not descend", () => {
    // lower = {0.1 with stake 0.5}: 0.5 < 0 + 0.5 is false, and hi − hi_stake = 1 − 0 > 0.5, so the
    // search stops at the pivot rather than descending.
    const stake = [HALF, HALF];
    const score = [fx("0.1"), fx("0.7")];
    assert.equal(weightedMedian(stake, score, [0, 1], HALF, ZERO, ONE), fx("0.7"), "strict <");
  });
});

describe("is_topk_nonzero (yuma.md §5.3, pitfall 4)", () => {
  const q = fx("0.25");
  test("ties: the lower uid loses", () => {
    assert.deepEqual(isTopkNonzero([q, q, q, q], 2), [false, false, true, true], "ties");
  });
  test("zero stake never gets a permit, even when n < k", () => {
    assert.deepEqual(isTopkNonzero([q, ZERO, q], 5), [true, false, true], "n < k");
  });
  test("n == k still sorts (strict n < k)", () => {
    assert.deepEqual(isTopkNonzero([ZERO, q, q], 3), [false, true, true], "n == k");
  });
  test("k = 0 removes everyone", () => {
    assert.deepEqual(isTopkNonzero([q, ONE], 0), [false, false], "k = 0");
  });
  test("the k largest win, in any order", () => {
    assert.deepEqual(isTopkNonzero([fx("0.1"), fx("0.4"), fx("0.2"), fx("0.3")], 2), [
      false,
      true,
      false,
      true,
    ]);
  });
});

describe("masks (yuma.md §5.5, pitfalls 9 and 12)", () => {
  const m: SparseMatrix = [
    [
      [0, ONE],
      [1, ONE],
    ],
    [
      [1, ONE],
      [0, ONE],
    ],
  ];
  test("the diagonal is removed, order kept", () => {
    assert.deepEqual(maskDiagSparse(m), [[[1, ONE]], [[0, ONE]]], "diag");
  });
  test("the owner keeps its self-weight", () => {
    assert.deepEqual(maskDiagSparseExceptIndex(m, 1), [[[1, ONE]], m[1]], "owner diag");
  });
  test("outdated uses <=, commit-reveal uses <", () => {
    const registered = [5n, 7n];
    const outdated = vecMaskSparseMatrix(m, [7n, 6n], registered, (u, r) => u <= r);
    assert.deepEqual(outdated, [[[0, ONE]], [[0, ONE]]], "weights set at the registration block are masked");
    const committed = vecMaskSparseMatrix(m, [7n, 6n], registered, (cb, r) => cb < r);
    assert.deepEqual(committed, [m[0], [[0, ONE]]], "a commit in the registration block is not masked");
  });
});

describe("column helpers (yuma.md §5.9a)", () => {
  test("col_normalize leaves zero-sum columns unchanged and ignores columns ≥ n", () => {
    const m: SparseMatrix = [
      [
        [0, I32F32.fromInt(1)],
        [1, ZERO],
        [5, I32F32.fromInt(9)],
      ],
      [
        [0, I32F32.fromInt(3)],
        [1, ZERO],
      ],
    ];
    inplaceColNormalizeSparse(m, 2);
    assert.deepEqual(
      m,
      [
        [
          [0, fx("0.25")],
          [1, ZERO],
          [5, I32F32.fromInt(9)],
        ],
        [
          [0, fx("0.75")],
          [1, ZERO],
        ],
      ],
      "col normalise",
    );
  });

  test("col_max_upscale makes each column's maximum exactly 1", () => {
    const m: SparseMatrix = [[[0, fx("0.2")]], [[0, fx("0.4")]]];
    inplaceColMaxUpscaleSparse(m, 1);
    assert.deepEqual(m, [[[0, fx("0.5")]], [[0, ONE]]], "max upscale");
  });
});

describe("clip and weights for bonds (yuma.md §5.7, §5.8, pitfall 6)", () => {
  const consensus = [fx("0.5"), ZERO];
  const w: SparseMatrix = [
    [
      [1, fx("0.25")],
      [0, fx("0.75")],
    ],
    [
      [0, fx("0.25")],
      [1, ZERO],
    ],
  ];
  test("an entry above consensus is clipped, dropped when consensus is 0; zeros kept", () => {
    assert.deepEqual(
      colClipSparse(w, consensus),
      [
        [[0, fx("0.5")]],
        [
          [0, fx("0.25")],
          [1, ZERO],
        ],
      ],
      "clip",
    );
  });
  test("bonds penalty 0 and 1 return the matrices as they are; between, zeros go and rows sort", () => {
    const clipped = colClipSparse(w, consensus);
    assert.equal(interpolateSparse(w, clipped, 2, ZERO), w, "bp = 0");
    assert.equal(interpolateSparse(w, clipped, 2, ONE), clipped, "bp = 1");
    assert.deepEqual(
      interpolateSparse(w, clipped, 2, HALF),
      [
        [
          [0, fx("0.625")],
          [1, fx("0.125")],
        ],
        [[0, fx("0.25")]],
      ],
      "bp = 0.5",
    );
  });
});

describe("EMAs (yuma.md §5.9a, §5.9b)", () => {
  test("§5.9a: bonds_moving_average 900000 gives alpha bits 429496730", () => {
    const bma = fixed64ToFixed32(I64F64.safeDiv(I64F64.fromInt(900_000), I64F64.fromInt(1_000_000)));
    assert.equal(I32F32.saturatingSub(ONE, bma), 429496730n, "alpha bits");
  });

  test("mat_ema_sparse emits ascending columns and ignores columns ≥ n", () => {
    const alpha = fx("0.25");
    const ema = matEmaSparse(
      [[[1, ONE]], []],
      [
        [
          [7, ONE],
          [0, ONE],
        ],
        [],
      ],
      alpha,
    );
    assert.deepEqual(
      ema,
      [
        [
          [0, fx("0.75")],
          [1, fx("0.25")],
        ],
        [],
      ],
      "ema",
    );
  });

  test("mat_ema_alpha_sparse drops a bond whose column is missing from the new weights row", () => {
    const alphaRow = () => [HALF, HALF, HALF];
    const bonds: SparseMatrix = [
      [
        [0, fx("0.5")],
        [2, fx("0.5")],
      ],
    ];
    // Column 0 has an explicit zero weight: its bond decays to 0.25. Column 2 is absent: dropped.
    const ema = matEmaAlphaSparse(
      [
        [
          [1, ONE],
          [0, ZERO],
        ],
      ],
      bonds,
      3,
      alphaRow,
    );
    assert.deepEqual(
      ema,
      [
        [
          [1, HALF],
          [0, fx("0.25")],
        ],
      ],
      "absent column dropped, new-row order kept",
    );
  });

  test("mat_ema_alpha_sparse clamps at 1", () => {
    const ema = matEmaAlphaSparse([[[0, I32F32.fromInt(4)]]], [[[0, ONE]]], 1, () => [HALF]);
    assert.deepEqual(ema, [[[0, ONE]]], "clamp");
  });

  test("vec_mul gives 0 where checked_mul overflows", () => {
    assert.deepEqual(vecMul([I32F32.MAX, HALF], [I32F32.fromInt(2), HALF]), [ZERO, fx("0.25")], "vec_mul");
  });
});

describe("liquid alpha (yuma.md §5.9b, pitfall 7)", () => {
  const low = u16ProportionToFixed(6553);
  const high = u16ProportionToFixed(19660);
  const steepness = I32F32.fromInt(1000);
  test("§5.9b examples: (c, w, b) = (1, 1, 0) ≈ 0.10133 and (0, 1, 0) ≈ 0.29865", () => {
    const a = alphaSigmoid(ONE, ONE, ZERO, low, high, steepness);
    const b = alphaSigmoid(ZERO, ONE, ZERO, low, high, steepness);
    assert.equal(I32F32.toDecimalString(a, 5), "0.10133", "c = 1");
    assert.equal(I32F32.toDecimalString(b, 5), "0.29865", "c = 0");
  });

  test("an unsorted row reads entries behind a larger column as 0", () => {
    const params = { alphaLow: low, alphaHigh: high, steepness };
    const consensus = [ZERO, ZERO, ZERO];
    // Row [(2, 1), (1, 1)]: at j = 1 the cursor sits on column 2, so w[1] reads 0, not 1.
    const unsorted = liquidAlphas(
      [
        [
          [2, ONE],
          [1, ONE],
        ],
        [],
        [],
      ],
      [[], [], []],
      consensus,
      params,
    )(0);
    const sorted = liquidAlphas(
      [
        [
          [1, ONE],
          [2, ONE],
        ],
        [],
        [],
      ],
      [[], [], []],
      consensus,
      params,
    )(0);
    const atZero = alphaSigmoid(ZERO, ZERO, ZERO, low, high, steepness);
    const atOne = alphaSigmoid(ZERO, ONE, ZERO, low, high, steepness);
    assert.deepEqual([...unsorted], [atZero, atZero, atOne], "unsorted row");
    assert.deepEqual([...sorted], [atZero, atOne, atOne], "sorted row");
  });

  test("a duplicate column: the cursor reads the first entry", () => {
    const params = { alphaLow: low, alphaHigh: high, steepness };
    const row = liquidAlphas(
      [
        [
          [0, ONE],
          [0, ZERO],
        ],
      ],
      [[]],
      [ZERO],
      params,
    )(0);
    assert.deepEqual([...row], [alphaSigmoid(ZERO, ONE, ZERO, low, high, steepness)], "first duplicate");
  });
});

test("u16 proportions truncate: 32767 → kappa bits 2147450879, 6553 → 429463961", () => {
  assert.equal(KAPPA_32767, bits(2147450879n), "kappa");
  assert.equal(u16ProportionToFixed(6553), bits(429463961n), "alpha low");
});
