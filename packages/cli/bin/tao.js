#!/usr/bin/env node
// The `tao` command. The CLI is TypeScript run through tsx, so the workspace needs no build step.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
