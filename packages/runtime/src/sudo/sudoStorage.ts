/**
 * The sudo key (chain.md §16): the one account whose `Sudo.sudo` calls run with the root origin, on
 * dev/test networks only. Absent on networks whose genesis has no `sudo`: those have no root origin.
 */
import type { Codec } from "../state/storage.ts";
import { StorageValue } from "../state/storage.ts";

const keyCodec: Codec<string | null> = { encode: (key) => key ?? "", decode: (text) => text };

/** `Sudo.Key`: SS58 of the sudo key, or null when the network has none. */
export const SudoKey = new StorageValue<string | null>("Sudo.Key", keyCodec, null);
