/**
 * Token authentication. The API takes `Authorization: token X` or `Bearer X` (both
 * forges accept both); git over HTTP takes Basic auth with the token as password and
 * any username, as Actions checkouts send it (`x-access-token:<token>`).
 */
import type { ForgeState, TokenRecord, UserRecord } from "./state.js";

export interface Caller {
  user: UserRecord;
  token: TokenRecord;
}

/** The token an API request carries, or undefined. */
export function apiToken(header: string | undefined): string | undefined {
  const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? "");
  return m?.[1];
}

/** The token a git request carries in Basic auth: the password, or the username when the password is empty. */
export function basicToken(header: string | undefined): string | undefined {
  const m = /^basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  if (!m) return undefined;
  const decoded = Buffer.from(m[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const user = colon < 0 ? decoded : decoded.slice(0, colon);
  const pass = colon < 0 ? "" : decoded.slice(colon + 1);
  return pass || user || undefined;
}

export function lookup(state: ForgeState, token: string | undefined): Caller | undefined {
  if (!token) return undefined;
  const rec = state.tokens.get(token);
  const user = rec && state.user(rec.login);
  return rec && user ? { user, token: rec } : undefined;
}
