import algosdk from "algosdk";
import spec from "@tipproxy-spec";
import { formatAlgo } from "../lib/algo.js";
import { fromBase64, toBase64 } from "../lib/bytes.js";

/**
 * Transactions the app builds or checks before a wallet signs them. The tip group comes from the TipProxy's
 * ARC-56 app spec (its "tip(pay,string)void" method); transactions the API prepares (opt-in, pause) are decoded
 * and checked to be exactly what the person asked for before they reach the wallet.
 */
const TIP = new algosdk.ABIMethod(spec.methods.find((method) => method.name === "tip"));

/** Two outer transactions and the contract's inner payment: each outer one pays 2 × the minimum fee. */
const FEE_SHARES = 2n;

function suggested(params, fee) {
  return {
    flatFee: true,
    fee,
    minFee: BigInt(params.minFee),
    firstValid: BigInt(params.firstValidRound),
    lastValid: BigInt(params.lastValidRound),
    genesisID: params.genesisId,
    genesisHash: fromBase64(params.genesisHash),
  };
}

/**
 * The atomic group [pay fan → app address, appl tip(memo)] with the creator (and, for a version 2 app, its
 * treasury, which receives the platform fee) in the call's accounts, grouped and unsigned. `appAddress` (from the
 * API) must be the app's own address, so a wrong answer cannot redirect the ALGO. The fees cover the contract's
 * inner payments: 4 × the minimum fee, enough for the forward and the fee.
 */
export function tipGroup({ params, fan, appId, appAddress, creator, treasury, microAlgos, memo }) {
  const app = BigInt(appId);
  const derived = algosdk.getApplicationAddress(app).toString();
  if (appAddress && appAddress !== derived) throw new Error("The tip jar's address does not belong to its app.");
  const sp = suggested(params, BigInt(params.minFee) * FEE_SHARES);
  const payment = algosdk.makePaymentTxnWithSuggestedParamsFromObject({
    sender: fan, receiver: derived, amount: BigInt(microAlgos), suggestedParams: sp,
  });
  const signer = algosdk.makeEmptyTransactionSigner();
  const composer = new algosdk.AtomicTransactionComposer();
  composer.addMethodCall({
    appID: app, method: TIP, methodArgs: [{ txn: payment, signer }, memo], sender: fan,
    suggestedParams: sp, signer, appAccounts: treasury ? [creator, treasury] : [creator],
  });
  return composer.buildGroup().map((entry) => entry.txn);
}

export const decodeUnsigned = (base64) => algosdk.decodeUnsignedTransaction(fromBase64(base64));
export const encodeSigned = (signed) => signed.map((bytes) => toBase64(bytes));
export const txId = (txn) => txn.txID();

/** The opt-in the API prepared must be: asset `assetId`, 0 units, from and to the fan, nothing else. */
export function checkOptIn(txn, fan, assetId) {
  const transfer = txn.assetTransfer;
  const ok = txn.type === "axfer" && txn.sender.toString() === fan && transfer?.receiver.toString() === fan
    && transfer.amount === 0n && transfer.assetIndex === BigInt(assetId) && !transfer.closeRemainderTo
    && !transfer.assetSender && !txn.rekeyTo;
  if (!ok) throw new Error("The prepared opt-in is not a plain opt-in of this sticker; nothing was signed.");
  return txn;
}

/** A pause/unpause call the API prepared: a NoOp call of the creator's own app, no rekey, no payment. */
export function checkAppCall(txn, sender, appId) {
  const call = txn.applicationCall;
  const ok = txn.type === "appl" && txn.sender.toString() === sender && call?.appIndex === BigInt(appId)
    && call.onComplete === algosdk.OnApplicationComplete.NoOpOC && !txn.rekeyTo;
  if (!ok) throw new Error("The prepared call is not a call of your own tip jar; nothing was signed.");
  return txn;
}

const ON_COMPLETE = ["call", "opt in to", "close out of", "clear state of", "UPDATE", "DELETE"];

/** What a transaction does, in words, with every field that can move value or control spelled out. */
export function describe(txn) {
  const lines = [];
  const from = txn.sender.toString();
  switch (txn.type) {
    case "pay": {
      const p = txn.payment;
      lines.push(`Pay ${formatAlgo(p.amount)} ALGO from ${from} to ${p.receiver.toString()}.`);
      if (p.closeRemainderTo) lines.push(`⚠ Closes the account: everything left goes to ${p.closeRemainderTo}.`);
      break;
    }
    case "axfer": {
      const a = txn.assetTransfer;
      if (a.amount === 0n && a.receiver.toString() === from) lines.push(`Opt ${from} in to asset ${a.assetIndex}.`);
      else lines.push(`Send ${a.amount} unit(s) of asset ${a.assetIndex} from ${a.assetSender ?? from} to ${a.receiver}.`);
      if (a.closeRemainderTo) lines.push(`⚠ Closes the asset holding to ${a.closeRemainderTo}.`);
      break;
    }
    case "appl": {
      const c = txn.applicationCall;
      const action = ON_COMPLETE[c.onComplete] ?? `on-complete ${c.onComplete}`;
      lines.push(c.appIndex === 0n ? `Create an application (sender ${from}).`
        : `${action.charAt(0).toUpperCase()}${action.slice(1)} application ${c.appIndex} (sender ${from}).`);
      if (c.onComplete === algosdk.OnApplicationComplete.DeleteApplicationOC) {
        lines.push("Deleting the app closes its account; this cannot be undone.");
      }
      break;
    }
    case "acfg":
      lines.push(`Configure asset ${txn.assetConfig?.assetIndex ?? "(new)"} (sender ${from}).`);
      break;
    default:
      lines.push(`A ${txn.type} transaction from ${from}.`);
  }
  lines.push(`Fee ${formatAlgo(txn.fee)} ALGO; valid in rounds ${txn.firstValid}–${txn.lastValid}`
    + ` on ${txn.genesisID || "the network"}.`);
  if (txn.rekeyTo) lines.push(`⚠ Rekeys ${from}: ${txn.rekeyTo} would control it afterwards.`);
  return lines;
}

/** The approval's bytes to sign must be "TX" + its transaction; returns the decoded transaction. */
export function checkApproval(approval) {
  const txn = algosdk.decodeUnsignedTransaction(fromBase64(approval.transaction));
  const expected = toBase64(txn.bytesToSign());
  if (expected !== approval.bytesToSign || txn.txID() !== approval.txId) {
    throw new Error("The approval's bytes to sign do not match its transaction; do not sign it.");
  }
  return txn;
}
