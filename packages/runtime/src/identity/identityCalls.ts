/** The identity call of chain.md §15 with its §3.4 weight (100 × 10^6), for the call registry. */
import { type CallDefinition, defineCall } from "../transactions/callDefinition.ts";
import { setIdentity } from "./setIdentity.ts";

/** `SubtensorModule.set_identity(name, url, github_repo, image, discord, description, additional)`. */
export const setIdentityCall: CallDefinition = defineCall({
  module: "SubtensorModule",
  method: "set_identity",
  args: {
    name: "string",
    url: "string",
    github_repo: "string",
    image: "string",
    discord: "string",
    description: "string",
    additional: "string",
  },
  weight: 100_000_000n,
  paysFee: true,
  dispatch: (context, { github_repo, ...rest }) => setIdentity(context, { ...rest, githubRepo: github_repo }),
}) as CallDefinition;

/** set_identity. */
export const IDENTITY_CALLS: readonly CallDefinition[] = [setIdentityCall];
