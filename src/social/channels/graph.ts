/**
 * Meta's Graph API, shared by the Facebook Page and Instagram adapters: form-encoded calls
 * with the token in the body (never in a URL we log), and errors as
 * `{error:{message, type, code, error_subcode, is_transient, fbtrace_id}}`.
 */
import { callApi, type ApiReply, type Diagnosis, type Effect, type HttpOptions } from "../retry.ts";
import { trimSlash } from "./channel.ts";

export const GRAPH_HOST = "https://graph.facebook.com";
export const GRAPH_VERSION = "v23.0";

/** Token problems: 190 invalid/expired token, 102 session, 10 and 200–299 missing permission. */
const TOKEN_CODES = new Set([190, 102, 10]);
/** Rate limits and throttling: nothing was done, waiting helps. */
const RATE_CODES = new Set([4, 17, 32, 613, 80001, 80002, 80005]);

export function graphDiagnose(channel: string, secret: string) {
  return (reply: ApiReply): Diagnosis => {
    const error = reply.json?.error as
      { message?: string; code?: number; error_subcode?: number; is_transient?: boolean } | undefined;
    const code = error?.code;
    const text = error?.message ? `(#${code ?? "?"}) ${error.message}` : `HTTP ${reply.status}`;
    if (code !== undefined && (TOKEN_CODES.has(code) || (code >= 200 && code < 300))) {
      return { message: `${channel}: token ditolak atau kurang izin ${text}; periksa secret ${secret}`, auth: true };
    }
    if (reply.status === 401)
      return { message: `${channel}: token ditolak ${text}; periksa secret ${secret}`, auth: true };
    if ((code !== undefined && RATE_CODES.has(code)) || error?.is_transient)
      return { message: `${channel}: ${text}`, retryable: true };
    return { message: `${channel}: ${text}` };
  };
}

export class GraphClient {
  private readonly root: string;
  private readonly diagnose: (reply: ApiReply) => Diagnosis;

  constructor(
    private readonly http: HttpOptions,
    baseUrl: string,
    private readonly token: string,
    channel: string,
    secret: string,
  ) {
    this.root = `${trimSlash(baseUrl)}/${GRAPH_VERSION}`;
    this.diagnose = graphDiagnose(channel, secret);
    http.masker.add(token);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a provider's JSON body, read field by field with optional chaining
  async post(path: string, fields: Record<string, string>, effect: Effect): Promise<any> {
    const body = new URLSearchParams({ ...fields, access_token: this.token });
    const reply = await callApi(
      this.http,
      { method: "POST", url: `${this.root}/${path}`, body, effect },
      this.diagnose,
    );
    return reply.json;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a provider's JSON body, read field by field with optional chaining
  async get(path: string, query: Record<string, string>): Promise<any> {
    const url = `${this.root}/${path}?${new URLSearchParams(query)}`;
    // Reads carry the token in a header, so it never sits in a URL that could be logged.
    const reply = await callApi(
      this.http,
      { method: "GET", url, headers: { authorization: `Bearer ${this.token}` }, effect: "read" },
      this.diagnose,
    );
    return reply.json;
  }
}

/** Unix seconds a few minutes before `since`, so a clock skew cannot hide a post. */
export function sinceSeconds(since: Date | undefined): string | undefined {
  return since ? String(Math.floor(since.getTime() / 1000) - 600) : undefined;
}
