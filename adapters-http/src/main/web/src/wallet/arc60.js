import { concat, sha256, utf8 } from "../lib/bytes.js";

/**
 * ARC-60 sign-in (scope AUTH): the CAIP-122 request built from the server's challenge, serialised as canonical
 * JSON (RFC 8785: members sorted, no whitespace — exact for these string values), authenticator data that starts
 * with sha256(domain) (then WebAuthn's flags "user present, user verified" and a signature counter), and the bytes
 * an ARC-60 wallet signs: sha256(data) ‖ sha256(authenticatorData).
 */
export function caip122Request(challenge, address) {
  return {
    account_address: address,
    chain_id: challenge.chainId,
    domain: challenge.domain,
    "expiration-time": challenge.expiresAt,
    "issued-at": challenge.issuedAt,
    nonce: challenge.nonce,
    type: "ed25519",
    uri: challenge.uri,
    version: "1",
  };
}

export function canonicalJson(object) {
  const sorted = Object.keys(object).sort().map((key) => `${JSON.stringify(key)}:${JSON.stringify(object[key])}`);
  return `{${sorted.join(",")}}`;
}

export async function authenticatorData(domain) {
  return concat(await sha256(utf8(domain)), new Uint8Array([0x05, 0, 0, 0, 1]));
}

/** The data, authenticator data and the payload to sign for `challenge`. */
export async function arc60Payload(challenge, address) {
  const data = utf8(canonicalJson(caip122Request(challenge, address)));
  const auth = await authenticatorData(challenge.domain);
  return { data, authenticatorData: auth, payload: concat(await sha256(data), await sha256(auth)) };
}
