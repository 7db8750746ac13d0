export { ensureSudo, isSudoKey } from "./ensureSudo.ts";
export { setKey } from "./setKey.ts";
export { sudo } from "./sudo.ts";
export { SUDO_CALLS } from "./sudoCalls.ts";
export { SudoKey } from "./sudoStorage.ts";
