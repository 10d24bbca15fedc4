import { createHash } from "node:crypto";

/** SHA-256 in hex: what is stored of a session or bearer token. */
export const digest = (token: string) => createHash("sha256").update(token).digest("hex");
