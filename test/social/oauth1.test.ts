import { describe, expect, it } from "vitest";
import { hmacSha1Signature, oauth1Header, percentEncode, signatureBaseString } from "../../src/social/oauth1.ts";

// The worked example of Twitter's "Creating a signature" / "Authorizing a request" pages.
const example = {
  method: "POST",
  url: "https://api.twitter.com/1/statuses/update.json?include_entities=true",
  consumerKey: "xvz1evFS4wEEPTGEFPHBog",
  consumerSecret: "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
  token: "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
  tokenSecret: "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE",
  nonce: "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg",
  timestamp: 1318622958,
  status: "Hello Ladies + Gentlemen, a signed OAuth request!",
};

describe("OAuth 1.0a signing", () => {
  it("builds the documented signature base string", () => {
    const base = signatureBaseString(example.method, example.url, [
      ["status", example.status],
      ["oauth_consumer_key", example.consumerKey],
      ["oauth_nonce", example.nonce],
      ["oauth_signature_method", "HMAC-SHA1"],
      ["oauth_timestamp", String(example.timestamp)],
      ["oauth_token", example.token],
      ["oauth_version", "1.0"],
    ]);
    expect(base).toBe(
      "POST&https%3A%2F%2Fapi.twitter.com%2F1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed%2520OAuth%2520request%2521",
    );
    expect(hmacSha1Signature(base, example.consumerSecret, example.tokenSecret)).toBe("tnnArxj06cWHq44gCs1OSKk/jLY=");
  });

  it("produces the documented Authorization header", () => {
    const header = oauth1Header(
      {
        consumerKey: example.consumerKey,
        consumerSecret: example.consumerSecret,
        token: example.token,
        tokenSecret: example.tokenSecret,
      },
      example.method,
      example.url,
      { formParams: { status: example.status }, nonce: example.nonce, timestamp: example.timestamp },
    );
    expect(header).toBe(
      'OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", oauth_signature="tnnArxj06cWHq44gCs1OSKk%2FjLY%3D", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1318622958", oauth_token="370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", oauth_version="1.0"',
    );
  });

  it("percent-encodes as RFC 3986 and normalises the base URL", () => {
    expect(percentEncode("Ladies + Gentlemen!*'()")).toBe("Ladies%20%2B%20Gentlemen%21%2A%27%28%29");
    expect(signatureBaseString("post", "HTTPS://API.X.COM:443/2/tweets", [])).toBe(
      "POST&https%3A%2F%2Fapi.x.com%2F2%2Ftweets&",
    );
    expect(signatureBaseString("GET", "http://127.0.0.1:8080/a?b=2&a=1", [])).toBe(
      "GET&http%3A%2F%2F127.0.0.1%3A8080%2Fa&a%3D1%26b%3D2",
    );
  });

  it("uses a fresh nonce and timestamp for every request", () => {
    const creds = { consumerKey: "k", consumerSecret: "s", token: "t", tokenSecret: "ts" };
    const a = oauth1Header(creds, "POST", "https://api.x.com/2/tweets");
    const b = oauth1Header(creds, "POST", "https://api.x.com/2/tweets");
    const nonce = (h: string) => /oauth_nonce="([^"]+)"/.exec(h)![1];
    expect(nonce(a)).not.toBe(nonce(b));
  });
});
