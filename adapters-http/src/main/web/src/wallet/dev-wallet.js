import algosdk from "algosdk";
import nacl from "tweetnacl";
import { concat, fromBase64, toBase64, utf8 } from "../lib/bytes.js";
import { arc60Payload } from "./arc60.js";

/**
 * The development wallet: Ed25519 keys generated and kept in this browser's localStorage, never sent anywhere.
 * It signs exactly what a real wallet signs — the sign-in message ("MX" + message, or ARC-60), transactions
 * ("TX" + msgpack) — so the whole flow can be tried on the simulated network or devnet without an app on a phone.
 * The app never offers it on MainNet, TestNet or BetaNet.
 */
const KEY = "sticker.devWallet";

function saved() {
  try {
    return JSON.parse(localStorage.getItem(KEY)) ?? { accounts: [] };
  } catch {
    return { accounts: [] };
  }
}

const keyPair = (account) => nacl.sign.keyPair.fromSeed(fromBase64(account.seed));
const addressOf = (account) => new algosdk.Address(keyPair(account).publicKey).toString();

/** The accounts of this browser: [{label, address}]. */
export function listAccounts() {
  return saved().accounts.map((account) => ({ label: account.label, address: addressOf(account) }));
}

export function createAccount(label) {
  const store = saved();
  const seed = nacl.randomBytes(32);
  const account = { label: label || `Account ${store.accounts.length + 1}`, seed: toBase64(seed) };
  store.accounts.push(account);
  localStorage.setItem(KEY, JSON.stringify(store));
  return { label: account.label, address: addressOf(account) };
}

export function forgetAccount(address) {
  const store = saved();
  store.accounts = store.accounts.filter((account) => addressOf(account) !== address);
  localStorage.setItem(KEY, JSON.stringify(store));
}

/** A wallet for one of this browser's accounts; `scheme` is "mx" (signBytes) or "arc60" for sign-in. */
export function openDevWallet(address, scheme = "mx") {
  const account = saved().accounts.find((candidate) => addressOf(candidate) === address);
  if (!account) throw new Error("This development account is not in this browser any more.");
  const { secretKey } = keyPair(account);
  return {
    kind: "dev",
    address,
    label: `${account.label} (development wallet)`,
    async signChallenge(challenge) {
      if (scheme === "arc60") {
        const { data, authenticatorData, payload } = await arc60Payload(challenge, address);
        return {
          scheme: "arc60",
          data: toBase64(data),
          authenticatorData: toBase64(authenticatorData),
          signature: toBase64(nacl.sign.detached(payload, secretKey)),
        };
      }
      const signature = nacl.sign.detached(concat(utf8("MX"), utf8(challenge.message)), secretKey);
      return { signature: toBase64(signature) };
    },
    /** Signed msgpack of each transaction (all must be this account's). */
    async signTransactions(txns) {
      return txns.map((txn) => txn.signTxn(secretKey));
    },
    /** The bare 64-byte signature of "TX" + msgpack, as a multisig member hands it in. */
    async signForMultisig(txn) {
      return nacl.sign.detached(txn.bytesToSign(), secretKey);
    },
  };
}
