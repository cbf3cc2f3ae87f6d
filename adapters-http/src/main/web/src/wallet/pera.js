import { PeraWalletConnect } from "@perawallet/connect";
import algosdk from "algosdk";
import { toBase64, utf8 } from "../lib/bytes.js";

/**
 * Pera Wallet through Pera Wallet Connect (the app on a phone, or Pera Web). Loaded only when someone picks it, so
 * it costs nothing on the first load. Sign-in uses Pera's signData, which signs "MX" + the message — the scheme
 * the API checks against the account's current signing key.
 */
let pera = null;

function client(chainId) {
  if (!pera) pera = new PeraWalletConnect({ chainId });
  return pera;
}

function wallet(address) {
  return {
    kind: "pera",
    address,
    label: "Pera Wallet",
    async signChallenge(challenge) {
      const [signature] = await pera.signData(
        [{ data: utf8(challenge.message), message: "Sign in to Sticker Platform (no transaction, no fee)" }],
        address,
      );
      return { signature: toBase64(signature) };
    },
    async signTransactions(txns) {
      return pera.signTransaction([txns.map((txn) => ({ txn }))]);
    },
    async signForMultisig(txn, multisig) {
      const [signed] = await pera.signTransaction([[{ txn, msig: multisig, signers: [address] }]]);
      const member = algosdk.decodeAddress(address).publicKey;
      const subsig = algosdk.decodeSignedTransaction(signed).msig?.subsig
        ?.find((entry) => entry.pk.every((byte, i) => byte === member[i]) && entry.s);
      if (!subsig) throw new Error("Pera did not return this member's signature.");
      return subsig.s;
    },
  };
}

export async function connectPera(chainId) {
  const accounts = await client(chainId).connect();
  client(chainId).connector?.on("disconnect", () => (pera = null));
  return wallet(accounts[0]);
}

export async function reconnectPera(chainId, address) {
  const accounts = await client(chainId).reconnectSession();
  if (!accounts.includes(address)) throw new Error("Pera is no longer connected to this account; sign in again.");
  return wallet(address);
}

export async function disconnectPera() {
  await pera?.disconnect();
  pera = null;
}
