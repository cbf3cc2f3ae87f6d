import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { arc60Payload, canonicalJson, caip122Request } from "../src/wallet/arc60.js";

const challenge = {
  chainId: "algorand:SGO1GKSzyE7IEPItTxCByw9x8FmnrCDe", domain: "app.example", uri: "https://api.example",
  nonce: "ab".repeat(32), issuedAt: "2026-11-24T17:33:37Z", expiresAt: "2026-11-24T17:38:37Z",
};
const address = "MVUTR4CJ2UPV65YQOUJIH5AHKZEABW6AW7MLF5LSIX2YO2BKVTJFNCQR5A";
const sha256 = (bytes) => createHash("sha256").update(bytes).digest();

test("the CAIP-122 request names the challenge, in canonical JSON", () => {
  const json = canonicalJson(caip122Request(challenge, address));
  assert.equal(json, `{"account_address":"${address}","chain_id":"${challenge.chainId}","domain":"app.example",`
    + `"expiration-time":"2026-11-24T17:38:37Z","issued-at":"2026-11-24T17:33:37Z","nonce":"${challenge.nonce}",`
    + `"type":"ed25519","uri":"https://api.example","version":"1"}`);
});

test("the payload is sha256(data) ‖ sha256(authenticatorData), which starts with sha256(domain)", async () => {
  const { data, authenticatorData, payload } = await arc60Payload(challenge, address);
  assert.deepEqual(Buffer.from(authenticatorData.subarray(0, 32)), sha256("app.example"));
  assert.deepEqual(Buffer.from(payload), Buffer.concat([sha256(data), sha256(authenticatorData)]));
});
