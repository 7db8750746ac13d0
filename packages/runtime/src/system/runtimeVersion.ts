/** The runtime's spec version (chain.md §3.1, §3.2 check 2): extrinsics signed for another are `BadSpec`. */
export const SPEC_VERSION = 1;
