// Shared helpers for the TipProxy vector generator and the emulator runner.
// Everything here is plain Node (crypto) plus algosdk's address encoding, so the
// same rules are easy to re-implement in other runners (see vectors/README.md).
import crypto from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
export const algosdk = require("algosdk");

export const CONTRACTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const TIP_PROXY_DIR = path.join(CONTRACTS_DIR, "tip_proxy");
export const VECTORS_DIR = path.join(TIP_PROXY_DIR, "vectors");

/** First 4 bytes of SHA-512/256 of an ARC-4 method or ARC-28 event signature. */
export function selector(signature) {
  return crypto.createHash("sha512-256").update(signature, "utf8").digest().subarray(0, 4);
}

/** The deterministic Ed25519 seed used for a named test account: SHA-256 of the name (UTF-8). */
export function seedForName(name) {
  return crypto.createHash("sha256").update(name, "utf8").digest("hex");
}

/**
 * Ed25519 key pair from a 32-byte private seed (hex), without third-party crypto.
 * Returns { addr, pk, sk } where sk is the 64-byte algosdk secret key (seed || public key).
 */
export function accountFromSeed(seedHex) {
  const seed = Buffer.from(seedHex, "hex");
  if (seed.length !== 32) throw new Error(`seed must be 32 bytes, got ${seed.length}`);
  // PKCS#8 wrapper for a raw Ed25519 private key (RFC 8410).
  const der = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]);
  const priv = crypto.createPrivateKey({ key: der, format: "der", type: "pkcs8" });
  const spki = crypto.createPublicKey(priv).export({ format: "der", type: "spki" });
  const pk = Buffer.from(spki.subarray(spki.length - 32));
  return {
    addr: algosdk.encodeAddress(pk),
    pk,
    sk: new Uint8Array(Buffer.concat([seed, pk])),
  };
}

export function uint64Bytes(n) {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

/** ARC-4 `string`: uint16 big-endian byte length || UTF-8 bytes. */
export function abiString(s) {
  const bytes = Buffer.from(s, "utf8");
  if (bytes.length > 0xffff) throw new Error("string too long for ARC-4");
  const len = Buffer.alloc(2);
  len.writeUInt16BE(bytes.length);
  return Buffer.concat([len, bytes]);
}

/**
 * Encodes one vector app argument:
 *   {"method": sig} -> 4-byte selector, {"string": s} -> ARC-4 string, {"uint64": n} -> 8 bytes BE,
 *   {"address": accountName} -> 32 raw bytes, {"hex": h} -> raw bytes.
 * `addressOf(name)` resolves account references to 32-byte public keys.
 */
export function encodeArg(arg, pkOf) {
  const keys = Object.keys(arg);
  if (keys.length !== 1) throw new Error(`arg must have exactly one key: ${JSON.stringify(arg)}`);
  const [k] = keys;
  const v = arg[k];
  switch (k) {
    case "method": return selector(v);
    case "string": return abiString(v);
    case "uint64": return uint64Bytes(v);
    case "address": return Buffer.from(pkOf(v));
    case "hex": return Buffer.from(v, "hex");
    default: throw new Error(`unknown arg encoding ${k}`);
  }
}

/** Tip(address,uint64,string): the ARC-28 event of TipProxy version 1 (tip_proxy/v1). */
export const TIP_EVENT_SIGNATURE = "Tip(address,uint64,string)";
export function tipEventLog(fanPk, amount, memo) {
  return Buffer.concat([
    selector(TIP_EVENT_SIGNATURE),
    Buffer.from(fanPk),
    uint64Bytes(amount),
    Buffer.from([0x00, 0x2a]), // offset of the string in the (address,uint64,string) tuple: 32 + 8 + 2 = 42
    abiString(memo),
  ]);
}

/** TipWithFee(address,uint64,uint64,string): the ARC-28 event of the current TipProxy (version 2). */
export const TIP_WITH_FEE_EVENT_SIGNATURE = "TipWithFee(address,uint64,uint64,string)";
export function tipWithFeeEventLog(fanPk, amount, fee, memo) {
  return Buffer.concat([
    selector(TIP_WITH_FEE_EVENT_SIGNATURE),
    Buffer.from(fanPk),
    uint64Bytes(amount),
    uint64Bytes(fee),
    Buffer.from([0x00, 0x32]), // offset of the string in (address,uint64,uint64,string): 32 + 8 + 8 + 2 = 50
    abiString(memo),
  ]);
}

/**
 * The platform fee of the current TipProxy: max(floor, floor-division of amount x bps / 10000), in BigInt so
 * that no amount overflows (the TEAL uses mulw/divw).
 */
export function platformFee(amount, bps, floor) {
  const pct = (BigInt(amount) * BigInt(bps)) / 10000n;
  const min = BigInt(floor);
  return Number(pct > min ? pct : min);
}

/** Global state keys and schema of the current TipProxy (version 2). */
export const GLOBAL_KEYS = [
  "creator_address",
  "platform_address",
  "treasury_address",
  "min_tip_amount",
  "fee_bps",
  "fee_floor",
  "total_tips",
  "total_amount",
  "contract_version",
  "paused",
];
export const BYTES_KEYS = new Set(["creator_address", "platform_address", "treasury_address"]);
export const SCHEMA = { ints: 7, bytes: 3 };
export const CREATE_SIGNATURE = "create(address,address,address,uint64,uint64,uint64)void";

/** Version 1 (frozen, tip_proxy/v1): what is deployed as contract version 1. */
export const V1_GLOBAL_KEYS = [
  "creator_address",
  "platform_address",
  "min_tip_amount",
  "total_tips",
  "total_amount",
  "contract_version",
  "paused",
];
export const V1_SCHEMA = { ints: 5, bytes: 2 };
export const V1_CREATE_SIGNATURE = "create(address,address,uint64,uint64)void";
