/**
 * Runs the real `tao` command (packages/cli/bin/tao.js) in a child process, as a user would, and
 * collects its exit code and output. For CLI tests.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const TAO_BIN = fileURLToPath(new URL("../packages/cli/bin/tao.js", import.meta.url));

export type TaoRun = { code: number | null; stdout: string; stderr: string };

export function runTao(
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<TaoRun> {
  const env = { ...process.env, ...options.env };
  // Tests must not pick up a developer's own password variables.
  if (!options.env?.TAO_WALLET_PASSWORD) delete env.TAO_WALLET_PASSWORD;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TAO_BIN, ...args], { env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}
