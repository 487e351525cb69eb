/**
 * OAuth 1.0a request signing (HMAC-SHA1), as X's "Creating a signature" describes: the
 * method, the base URL and every query, form and `oauth_*` parameter, percent-encoded
 * (RFC 3986), sorted, joined, and signed with `consumer secret & token secret`.
 * JSON and multipart bodies are not part of the signature.
 */
import { createHmac, randomBytes } from "node:crypto";

export interface OAuth1Credentials {
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
}

/** RFC 3986 percent-encoding: `encodeURIComponent` plus `!'()*`. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The URL without query or fragment, scheme and host lower-case, default ports dropped. */
function baseUrl(url: URL): string {
  const port =
    url.port && !((url.protocol === "https:" && url.port === "443") || (url.protocol === "http:" && url.port === "80"))
      ? `:${url.port}`
      : "";
  return `${url.protocol.toLowerCase()}//${url.hostname.toLowerCase()}${port}${url.pathname}`;
}

export function signatureBaseString(
  method: string,
  url: string,
  params: readonly (readonly [string, string])[],
): string {
  const parsed = new URL(url);
  const all = [...params, ...[...parsed.searchParams.entries()]].map(
    ([k, v]) => [percentEncode(k), percentEncode(v)] as const,
  );
  all.sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0));
  const parameterString = all.map(([k, v]) => `${k}=${v}`).join("&");
  return [method.toUpperCase(), percentEncode(baseUrl(parsed)), percentEncode(parameterString)].join("&");
}

export function hmacSha1Signature(base: string, consumerSecret: string, tokenSecret: string): string {
  return createHmac("sha1", `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`)
    .update(base)
    .digest("base64");
}

export interface SignOptions {
  /** Form-encoded body parameters (signed); JSON or multipart bodies have none. */
  formParams?: Record<string, string>;
  nonce?: string;
  timestamp?: number;
}

/** The `Authorization: OAuth …` header value for one request. */
export function oauth1Header(
  credentials: OAuth1Credentials,
  method: string,
  url: string,
  options: SignOptions = {},
): string {
  const oauth: Record<string, string> = {
    oauth_consumer_key: credentials.consumerKey,
    oauth_nonce: options.nonce ?? randomBytes(16).toString("hex"),
    oauth_signature_method: "HMAC-SHA1",
    oauth_timestamp: String(options.timestamp ?? Math.floor(Date.now() / 1000)),
    oauth_token: credentials.token,
    oauth_version: "1.0",
  };
  const params = [...Object.entries(oauth), ...Object.entries(options.formParams ?? {})];
  oauth.oauth_signature = hmacSha1Signature(
    signatureBaseString(method, url, params),
    credentials.consumerSecret,
    credentials.tokenSecret,
  );
  return `OAuth ${Object.entries(oauth)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${percentEncode(k)}="${percentEncode(v)}"`)
    .join(", ")}`;
}
