// Runs every TipProxy vector against its program on the @algo-builder/runtime AVM emulator, plus a few
// spec-consistency checks: tip_proxy/vectors/*.json against the current program (tip_proxy/approval.teal,
// version 2) and tip_proxy/v1/vectors/*.json against the frozen version 1 (tip_proxy/v1/approval.teal).
//
// Prints one line per vector/check and a final line "N passed, M failed"; exits 1 on any failure.
// Usage: node emulator/run-vectors.mjs [vector-name-substring ...] [--verbose]
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import {
  TIP_PROXY_DIR, VECTORS_DIR, GLOBAL_KEYS, BYTES_KEYS, SCHEMA, CREATE_SIGNATURE, TIP_WITH_FEE_EVENT_SIGNATURE,
  V1_SCHEMA, V1_CREATE_SIGNATURE, algosdk, accountFromSeed, encodeArg, selector, seedForName,
} from "./lib.mjs";

const require = createRequire(import.meta.url);
const { Runtime, AccountStore } = require("@algo-builder/runtime");
const { Ctx } = require("@algo-builder/runtime/build/ctx.js");
const { ITxnSubmit } = require("@algo-builder/runtime/build/interpreter/opcode-list.js");
const { types } = require("@algo-builder/web");

const VERBOSE = process.argv.includes("--verbose");
const FILTERS = process.argv.slice(2).filter((a) => !a.startsWith("--"));

/**
 * A program and its vectors. `createArgs(app, pkOf)` are the create call's arguments for a vector's starting
 * `app`; `poke` lists the starting values written straight into global state after the create.
 */
function programSet(name, dir, schema, createArgs) {
  const approvalTeal = fs.readFileSync(path.join(dir, "approval.teal"), "utf8");
  const clearTeal = fs.readFileSync(path.join(dir, "clear.teal"), "utf8");
  // line number (1-based, as the emulator reports it) -> reason class from "// reason: X"
  const reasonByLine = new Map();
  approvalTeal.split("\n").forEach((line, i) => {
    // only code lines count: "<opcode ...>   // reason: CLASS"
    const m = /^\s*[^\s/][^/]*\/\/\s*reason:\s*([A-Z_]+)\s*$/.exec(line);
    if (m) reasonByLine.set(i + 1, m[1]);
  });
  return { name, dir, vectorsDir: path.join(dir, "vectors"), schema, createArgs, approvalTeal, clearTeal, reasonByLine };
}

const CURRENT = programSet("v2", TIP_PROXY_DIR, SCHEMA, (a, pkOf) => [
  selector(CREATE_SIGNATURE), pkOf(a.creator), pkOf(a.platform), pkOf(a.treasury),
  encodeArg({ uint64: a.minTip }), encodeArg({ uint64: a.feeBps }), encodeArg({ uint64: a.feeFloor }),
]);
/** Version 1 as deployed: never edited; its SHA-512/256 is pinned here and in contracts/README.md. */
const V1 = programSet("v1", path.join(TIP_PROXY_DIR, "v1"), V1_SCHEMA, (a, pkOf) => [
  selector(V1_CREATE_SIGNATURE), pkOf(a.creator), pkOf(a.platform),
  encodeArg({ uint64: a.minTip }), encodeArg({ uint64: a.version }),
]);
const V1_APPROVAL_SHA512_256 = "b9cdc233b876a7ede570ff51ff2a67031d89e80ff5c62262ab4741a3d553bbe2";
const PROGRAM_SETS = [CURRENT, V1];
const approvalTeal = CURRENT.approvalTeal;
const clearTeal = CURRENT.clearTeal;
const arc56 = JSON.parse(fs.readFileSync(path.join(TIP_PROXY_DIR, "TipProxy.arc56.json"), "utf8"));

// ---------------------------------------------------------------------------------------------
// Inner transaction capture: the emulator does not put inner transactions in its receipts, so
// record every transaction the context processes while executing inside an inner group.
// ---------------------------------------------------------------------------------------------
let innerCapture = null;
const originalProcess = Ctx.prototype.processTransactions;
Ctx.prototype.processTransactions = function (signedTransactions, ...rest) {
  if (this.isInnerTx && innerCapture) {
    for (const s of signedTransactions) {
      const t = s.txn;
      innerCapture.push({
        type: t.type,
        sender: algosdk.encodeAddress(t.from.publicKey),
        receiver: t.to ? algosdk.encodeAddress(t.to.publicKey) : null,
        amount: BigInt(t.amount ?? 0),
        fee: BigInt(t.fee ?? 0),
        closeRemainderTo: t.closeRemainderTo ? algosdk.encodeAddress(t.closeRemainderTo.publicKey) : null,
      });
    }
  }
  return originalProcess.call(this, signedTransactions, ...rest);
};

// Fee fix: for a transaction built with a flat fee, the emulator's Ctx.deductFee still charges
// max(1000, fee) and, for fee 0 (omitted from the encoding), computes BigInt(NaN) and crashes.
// The ledger charges exactly the fee field (group sufficiency is checked separately, pooled), so
// force the flat-fee branch. Needed by tip_close_remainder_to, whose app call carries fee 0.
const originalDeductFee = Ctx.prototype.deductFee;
Ctx.prototype.deductFee = function (sender, index, params) {
  return originalDeductFee.call(this, sender, index, { ...params, flatFee: true });
};

// CallerApplicationID fix: the emulator derives `global CallerApplicationID` from a call stack
// that it only updates when the FIRST transaction of an inner group is an app call, so for an
// inner group [pay, appl] (exactly what a wrapper app sends to tip) it reports 0 as if the call
// were top-level. On the real AVM the value is the ID of the app that submitted the inner group.
// Track that here: every itxn_submit pushes the submitting app's ID for its duration.
const callerStack = [];
const originalSubmit = ITxnSubmit.prototype.execute;
ITxnSubmit.prototype.execute = function (stack) {
  callerStack.push(this.interpreter.runtime.ctx.tx.apid ?? 0);
  try {
    return originalSubmit.call(this, stack);
  } finally {
    callerStack.pop();
  }
};
Ctx.prototype.getCallerApplicationID = function () {
  return callerStack.length === 0 ? 0 : callerStack[callerStack.length - 1];
};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------
const ONC_TO_TYPE = {
  NoOp: types.TransactionType.CallApp,
  OptIn: types.TransactionType.OptInToApp,
  CloseOut: types.TransactionType.CloseApp,
  DeleteApplication: types.TransactionType.DeleteApp,
  UpdateApplication: types.TransactionType.UpdateApp,
  ClearState: types.TransactionType.ClearApp,
};
const FAUCET = accountFromSeed(seedForName("emulator-faucet")); // funds the app account; not a vector account

function appDefinition(set, extra = {}) {
  return {
    appName: "TipProxy",
    metaType: types.MetaType.SOURCE_CODE,
    approvalProgramCode: set.approvalTeal,
    clearProgramCode: set.clearTeal,
    globalInts: set.schema.ints,
    globalBytes: set.schema.bytes,
    localInts: 0,
    localBytes: 0,
    ...extra,
  };
}

function balanceOf(runtime, addr) {
  try {
    return runtime.getAccount(addr).balance();
  } catch {
    return 0n; // closed accounts are gone
  }
}

function keyName(k) {
  // the emulator keys global state by the comma-joined byte values of the key
  return Buffer.from(k.split(",").map(Number)).toString("utf8");
}

function readGlobalState(runtime, appID) {
  let app;
  try {
    app = runtime.getApp(appID);
  } catch {
    return null; // deleted / never created
  }
  const out = {};
  for (const [k, v] of app["global-state"]) out[keyName(k)] = v;
  return out;
}

function fmtState(st) {
  if (st === null) return "null";
  return JSON.stringify(Object.fromEntries(Object.entries(st).map(([k, v]) =>
    [k, typeof v === "bigint" ? v.toString() : Buffer.from(v).toString("hex")])));
}

function errorLine(err) {
  const msg = String(err?.message ?? err);
  const m = /at line (\d+)/i.exec(msg) || /\[error-line: (\d+)\]/.exec(msg) || /Line\s*:\s*(\d+)/.exec(msg);
  return m ? Number(m[1]) : null;
}

class VectorFailure extends Error {}
const check = (cond, msg) => { if (!cond) throw new VectorFailure(msg); };

// ---------------------------------------------------------------------------------------------
// Running one vector
// ---------------------------------------------------------------------------------------------
function runVector(set, vec) {
  const keys = {};
  const stores = [];
  for (const [name, a] of Object.entries(vec.accounts)) {
    keys[name] = accountFromSeed(a.seed);
    stores.push(new AccountStore(BigInt(a.balance), { addr: keys[name].addr, sk: keys[name].sk }));
  }
  stores.push(new AccountStore(1_000_000_000_000n, { addr: FAUCET.addr, sk: FAUCET.sk }));
  const runtime = new Runtime(stores);

  let appID = 0;
  let appAddr = null;
  const addrOf = (ref) => {
    if (ref === null || ref === undefined) return undefined;
    if (ref === "app") {
      check(appAddr, `"app" referenced before the app exists`);
      return appAddr;
    }
    check(keys[ref], `unknown account reference "${ref}"`);
    return keys[ref].addr;
  };
  const pkOf = (ref) => algosdk.decodeAddress(addrOf(ref)).publicKey;

  // Starting state: the platform account creates the app through the create method, then any
  // non-default starting values are written straight into the emulator's state.
  if (vec.app) {
    const a = vec.app;
    const info = runtime.deployApp(
      { addr: keys[a.platform].addr, sk: keys[a.platform].sk },
      appDefinition(set, { appArgs: set.createArgs(a, pkOf) }),
      { totalFee: 1000 },
    );
    appID = info.appID;
    appAddr = algosdk.getApplicationAddress(appID);
    if (a.balance > 0) {
      runtime.executeTx([{
        type: types.TransactionType.TransferAlgo, sign: types.SignType.SecretKey,
        fromAccount: { addr: FAUCET.addr, sk: FAUCET.sk }, toAccountAddr: appAddr,
        amountMicroAlgos: BigInt(a.balance), payFlags: { totalFee: 1000 },
      }]);
    }
    const appCreatorStore = runtime.getAccount(keys[a.platform].addr);
    if (a.paused) appCreatorStore.setGlobalState(appID, "paused", 1n);
    if (a.totalTips) appCreatorStore.setGlobalState(appID, "total_tips", BigInt(a.totalTips));
    if (a.totalAmount) appCreatorStore.setGlobalState(appID, "total_amount", BigInt(a.totalAmount));
    const st = readGlobalState(runtime, appID);
    check(st.paused === (a.paused ? 1n : 0n) && st.total_tips === BigInt(a.totalTips)
      && st.total_amount === BigInt(a.totalAmount) && st.min_tip_amount === BigInt(a.minTip),
    `starting state not applied: ${fmtState(st)}`);
  }

  // Build the group.
  const group = vec.group.map((t, i) => {
    const sender = keys[t.sender];
    check(sender, `txn ${i}: unknown sender ${t.sender}`);
    const base = {
      sign: types.SignType.SecretKey,
      fromAccount: { addr: sender.addr, sk: sender.sk },
      payFlags: { totalFee: t.fee, flatFee: true, rekeyTo: addrOf(t.rekeyTo) },
    };
    if (t.type === "pay") {
      return {
        ...base,
        type: types.TransactionType.TransferAlgo,
        toAccountAddr: addrOf(t.receiver),
        amountMicroAlgos: BigInt(t.amount),
        payFlags: { ...base.payFlags, closeRemainderTo: addrOf(t.closeRemainderTo) },
      };
    }
    check(t.type === "appl", `txn ${i}: unsupported type ${t.type}`);
    const appArgs = (t.args ?? []).map((arg) => new Uint8Array(encodeArg(arg, pkOf)));
    const accounts = (t.accounts ?? []).map(addrOf);
    if (t.create) {
      check(t.onCompletion === "NoOp",
        `txn ${i}: the emulator can only create with NoOp (vector asks for ${t.onCompletion})`);
      return { ...base, type: types.TransactionType.DeployApp, appDefinition: appDefinition(set, { appArgs, accounts }) };
    }
    const type = ONC_TO_TYPE[t.onCompletion];
    check(type !== undefined, `txn ${i}: unknown onCompletion ${t.onCompletion}`);
    const p = { ...base, type, appID, appArgs, accounts };
    if (type === types.TransactionType.UpdateApp) {
      // the emulator needs replacement programs; the current ones are offered (the call must fail anyway)
      p.appName = "TipProxy";
      p.newAppCode = {
        metaType: types.MetaType.SOURCE_CODE, approvalProgramCode: set.approvalTeal, clearProgramCode: set.clearTeal,
      };
    }
    return p;
  });

  const before = appID ? readGlobalState(runtime, appID) : null;
  innerCapture = [];
  let receipts = null;
  let error = null;
  try {
    receipts = runtime.executeTx(group);
  } catch (e) {
    error = e;
    if (process.env.DEBUG_VECTORS) console.error(e);
  }
  const inner = innerCapture;
  innerCapture = null;

  const exp = vec.expect;
  if (!exp.approved) {
    check(error, `expected rejection (${exp.reason}) but the group was approved`);
    const line = errorLine(error);
    const reason = line !== null ? set.reasonByLine.get(line) : undefined;
    check(reason === exp.reason,
      `expected reason ${exp.reason}, got ${reason ?? "none"} (line ${line ?? "?"}: ${error.message})`);
    if (appID) {
      const after = readGlobalState(runtime, appID);
      check(fmtState(after) === fmtState(before), "state changed although the group was rejected");
    }
    return `rejected ${reason} (line ${line})`;
  }

  check(!error, `expected approval, got: ${error?.message}`);
  if (vec.group.some((t) => t.create)) {
    // receipts pass through convertKeysToHyphens, which turns appID into "app-i-d"
    const idOf = (r) => r["app-i-d"] ?? r["app-id"] ?? r.appID;
    const created = receipts.find((r) => idOf(r));
    appID = created ? idOf(created) : appID;
    check(appID, "could not find the created app id");
  }

  // global state
  const actual = readGlobalState(runtime, appID);
  if (exp.globalState === null) {
    check(actual === null, `expected the app to be deleted, state is ${fmtState(actual)}`);
  } else {
    check(actual !== null, "the app does not exist after the group");
    const expKeys = Object.keys(exp.globalState).sort();
    check(JSON.stringify(Object.keys(actual).sort()) === JSON.stringify(expKeys),
      `global keys differ: ${Object.keys(actual).sort()} vs ${expKeys}`);
    for (const [k, ev] of Object.entries(exp.globalState)) {
      const av = actual[k];
      if (typeof ev === "number") {
        check(typeof av === "bigint" && av === BigInt(ev), `${k}: expected ${ev}, got ${fmtState({ [k]: av })}`);
      } else {
        const want = ev.account !== undefined ? Buffer.from(pkOf(ev.account)) : Buffer.from(ev.hex, "hex");
        check(av instanceof Uint8Array && Buffer.from(av).equals(want),
          `${k}: expected ${want.toString("hex")}, got ${fmtState({ [k]: av })}`);
      }
    }
  }

  // inner payments (all inner transactions of the group, in execution order)
  const expInner = exp.innerPayments ?? [];
  check(inner.length === expInner.length,
    `expected ${expInner.length} inner transaction(s), got ${inner.length}`);
  expInner.forEach((e, i) => {
    const a = inner[i];
    check(a.type === "pay", `inner ${i}: type ${a.type}`);
    check(a.sender === appAddr, `inner ${i}: sender ${a.sender} is not the app address`);
    check(a.receiver === addrOf(e.receiver), `inner ${i}: receiver ${a.receiver}, expected ${e.receiver}`);
    check(a.amount === BigInt(e.amount), `inner ${i}: amount ${a.amount}, expected ${e.amount}`);
    check(a.fee === BigInt(e.fee), `inner ${i}: fee ${a.fee}, expected ${e.fee}`);
    const closeTo = e.closeRemainderTo === undefined ? undefined : addrOf(e.closeRemainderTo);
    check((a.closeRemainderTo ?? undefined) === closeTo,
      `inner ${i}: closeRemainderTo ${a.closeRemainderTo}, expected ${e.closeRemainderTo ?? null}`);
  });

  // balances after the group (optional)
  for (const [name, want] of Object.entries(exp.balances ?? {})) {
    const got = balanceOf(runtime, name === "app" ? appAddr : addrOf(name));
    check(got === BigInt(want), `balance of ${name}: ${got}, expected ${want}`);
  }

  // logs of the group's app calls, in group order
  const logs = [];
  receipts.forEach((r) => { for (const l of r.logs ?? []) logs.push(Buffer.from(l).toString("hex")); });
  const expLogs = exp.logs ?? [];
  check(logs.length === expLogs.length, `expected ${expLogs.length} log(s), got ${logs.length}: ${logs}`);
  expLogs.forEach((l, i) => check(logs[i] === l.toLowerCase(), `log ${i}: got ${logs[i]}, expected ${l}`));

  return `approved (${inner.length} inner, ${logs.length} log)`;
}

// ---------------------------------------------------------------------------------------------
// Spec / consistency checks
// ---------------------------------------------------------------------------------------------
function tealHasSelector(sig) {
  const hex = selector(sig).toString("hex");
  return approvalTeal.split("\n").some((l) => l.trim().startsWith(`byte 0x${hex}`) && l.includes(sig));
}

const methodSignature = (m) => `${m.name}(${m.args.map((a) => a.type).join(",")})${m.returns.type}`;

/** The checks that apply to each program set: reject-point comments, vector index, inner-call attack. */
const perProgramChecks = (set) => [
  [`${set.name} approval.teal: every assert/err carries a reason comment`, () => {
    set.approvalTeal.split("\n").forEach((line, i) => {
      const code = line.split("//")[0].trim();
      if (code === "assert" || code === "err") {
        check(set.reasonByLine.has(i + 1), `line ${i + 1} (${code}) has no "// reason:" comment`);
      }
    });
    return `${set.reasonByLine.size} reject points`;
  }],
  [`${set.name} vectors: index.txt matches the files and every expected reason exists in approval.teal`, () => {
    const listed = fs.readFileSync(path.join(set.vectorsDir, "index.txt"), "utf8").split("\n").filter(Boolean);
    const files = fs.readdirSync(set.vectorsDir).filter((f) => f.endsWith(".json")).sort();
    check(JSON.stringify([...listed].sort()) === JSON.stringify(files), `index.txt ${listed.length} vs ${files.length} files`);
    const classes = new Set(set.reasonByLine.values());
    for (const f of files) {
      const vec = JSON.parse(fs.readFileSync(path.join(set.vectorsDir, f), "utf8"));
      check(`${vec.name}.json` === f, `${f}: name is ${vec.name}`);
      if (!vec.expect.approved) check(classes.has(vec.expect.reason), `${f}: reason ${vec.expect.reason} is not used in approval.teal`);
    }
    return `${files.length} vectors`;
  }],
  [`${set.name} inner call: a wrapper app calling tip from an inner group is rejected (INNER_CALL)`, () => innerCallCheck(set)],
];

const checks = [
  ["arc56: method selectors are SHA-512/256 of the signatures and appear in approval.teal", () => {
    const seen = [];
    for (const m of arc56.methods) {
      const sig = methodSignature(m);
      check(tealHasSelector(sig), `selector of ${sig} (0x${selector(sig).toString("hex")}) not found in approval.teal`);
      seen.push(`${sig}=0x${selector(sig).toString("hex")}`);
    }
    const expected = [CREATE_SIGNATURE, "tip(pay,string)void", "tip_for(pay,address,string)void",
      "update_min_tip(uint64)void", "pause()void", "unpause()void"];
    check(JSON.stringify(arc56.methods.map(methodSignature)) === JSON.stringify(expected),
      "arc56 method list differs from the contract's methods");
    return seen.join(" ");
  }],
  [`arc56: the event selector is SHA-512/256 of ${TIP_WITH_FEE_EVENT_SIGNATURE} and is what the program logs`, () => {
    check(arc56.events.length === 1, "exactly one event expected");
    const e = arc56.events[0];
    const sig = `${e.name}(${e.args.map((a) => a.type).join(",")})`;
    check(sig === TIP_WITH_FEE_EVENT_SIGNATURE, `event signature ${sig}`);
    check(tealHasSelector(sig), `event selector 0x${selector(sig).toString("hex")} not found in approval.teal`);
    for (const name of ["tip", "tip_for"]) {
      const m = arc56.methods.find((x) => x.name === name);
      check(JSON.stringify(m.events) === JSON.stringify(arc56.events), `${name} must declare the event`);
    }
    return `${sig}=0x${selector(sig).toString("hex")}`;
  }],
  ["arc56: source, schema, keys and actions match the contract", () => {
    check(Buffer.from(arc56.source.approval, "base64").toString("utf8") === approvalTeal,
      "source.approval is not approval.teal (run node emulator/generate.mjs)");
    check(Buffer.from(arc56.source.clear, "base64").toString("utf8") === clearTeal,
      "source.clear is not clear.teal (run node emulator/generate.mjs)");
    const s = arc56.state.schema;
    check(s.global.ints === SCHEMA.ints && s.global.bytes === SCHEMA.bytes && s.local.ints === 0 && s.local.bytes === 0,
      "schema");
    const g = arc56.state.keys.global;
    check(JSON.stringify(Object.keys(g).sort()) === JSON.stringify([...GLOBAL_KEYS].sort()), "global key names");
    check(GLOBAL_KEYS.length === SCHEMA.ints + SCHEMA.bytes && BYTES_KEYS.size === SCHEMA.bytes, "keys fill the schema");
    for (const [name, k] of Object.entries(g)) {
      check(Buffer.from(k.key, "base64").toString("utf8") === name, `key ${name} base64`);
      check(k.valueType === (BYTES_KEYS.has(name) ? "address" : "AVMUint64"), `key ${name} valueType`);
      check(approvalTeal.includes(`byte "${name}"`), `key ${name} not used by approval.teal`);
    }
    check(JSON.stringify(arc56.bareActions) === JSON.stringify({ create: [], call: ["DeleteApplication"] }), "bareActions");
    check(JSON.stringify(arc56.arcs) === JSON.stringify([4, 28, 56]), "arcs");
    return "ok";
  }],
  ["generated files (ARC-56 spec, vectors, index.txt) match emulator/generate.mjs", () => {
    const r = spawnSync(process.execPath, [path.join(path.dirname(VECTORS_DIR), "..", "emulator", "generate.mjs"), "--check"], { encoding: "utf8" });
    check(r.status === 0, (r.stdout + r.stderr).trim().split("\n").join("; "));
    return r.stdout.trim();
  }],
  ["v1: approval.teal is the deployed version 1, byte for byte (frozen)", () => {
    const hash = crypto.createHash("sha512-256").update(V1.approvalTeal, "utf8").digest("hex");
    check(hash === V1_APPROVAL_SHA512_256, `v1/approval.teal hashes to ${hash}: version 1 is deployed and must never change`);
    return hash;
  }],
  ...PROGRAM_SETS.flatMap(perProgramChecks),
];

// A wrapper app that pays the TipProxy and calls tip(pay,string) in one inner group. The sender,
// receiver and amount checks would pass there (both inner transactions come from the wrapper's
// address); the CallerApplicationID check must stop it first. (The emulator does not support
// itxn_field Accounts, so the inner call could not forward to the creator anyway; the check
// asserts the rejection happens at the INNER_CALL line, before any of that.)
const WRAPPER_TEAL = `#pragma version 8
txn ApplicationID
bz done
itxn_begin
int pay
itxn_field TypeEnum
txna Accounts 1
itxn_field Receiver
int 1000000
itxn_field Amount
int 0
itxn_field Fee
itxn_next
int appl
itxn_field TypeEnum
txna Applications 1
itxn_field ApplicationID
byte 0x${selector("tip(pay,string)void").toString("hex")}
itxn_field ApplicationArgs
byte 0x0000
itxn_field ApplicationArgs
int 0
itxn_field Fee
itxn_submit
done:
int 1
return
`;

function innerCallCheck(set) {
  const acc = (n, bal) => {
    const k = accountFromSeed(seedForName(n));
    return { k, store: new AccountStore(BigInt(bal), { addr: k.addr, sk: k.sk }) };
  };
  const creator = acc("creator", 1_000_000);
  const platform = acc("platform", 10_000_000);
  const attacker = acc("stranger", 10_000_000);
  const runtime = new Runtime([creator.store, platform.store, attacker.store, acc("treasury", 1_000_000).store]);
  const treasury = acc("treasury", 1_000_000);
  const pks = { creator: creator.k.pk, platform: platform.k.pk, treasury: treasury.k.pk };
  const tipProxy = runtime.deployApp(platform.k, appDefinition(set, {
    appArgs: set.createArgs({ creator: "creator", platform: "platform", treasury: "treasury", minTip: 1_000_000,
      feeBps: 0, feeFloor: 0, version: 1 }, (n) => pks[n]),
  }), { totalFee: 1000 }).appID;
  const wrapper = runtime.deployApp(attacker.k, {
    appName: "Wrapper", metaType: types.MetaType.SOURCE_CODE, approvalProgramCode: WRAPPER_TEAL,
    clearProgramCode: "#pragma version 8\nint 1\nreturn\n", globalInts: 0, globalBytes: 0, localInts: 0, localBytes: 0,
  }, { totalFee: 1000 }).appID;
  const fund = (to, amt) => runtime.executeTx([{
    type: types.TransactionType.TransferAlgo, sign: types.SignType.SecretKey, fromAccount: attacker.k,
    toAccountAddr: to, amountMicroAlgos: amt, payFlags: { totalFee: 1000 },
  }]);
  fund(algosdk.getApplicationAddress(tipProxy), 100_000);
  fund(algosdk.getApplicationAddress(wrapper), 3_000_000);
  let error = null;
  try {
    runtime.executeTx([{
      type: types.TransactionType.CallApp, sign: types.SignType.SecretKey, fromAccount: attacker.k,
      appID: wrapper, foreignApps: [tipProxy],
      accounts: [algosdk.getApplicationAddress(tipProxy), creator.k.addr],
      payFlags: { totalFee: 4000 },
    }]);
  } catch (e) {
    error = e;
  }
  check(error, "the wrapper's inner tip was approved");
  const line = errorLine(error);
  check(set.reasonByLine.get(line) === "INNER_CALL",
    `expected INNER_CALL, got ${set.reasonByLine.get(line) ?? "none"} (line ${line}: ${error.message})`);
  return `rejected INNER_CALL (line ${line})`;
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------
let passed = 0;
let failed = 0;
const started = Date.now();

if (FILTERS.length === 0) {
  for (const [name, fn] of checks) {
    try {
      const detail = fn();
      passed++;
      console.log(`PASS  check  ${name}${VERBOSE ? ` -- ${detail}` : ""}`);
    } catch (e) {
      failed++;
      console.log(`FAIL  check  ${name} -- ${e.message}`);
    }
  }
}

const counts = [];
for (const set of PROGRAM_SETS) {
  const vectorFiles = fs.readFileSync(path.join(set.vectorsDir, "index.txt"), "utf8").split("\n").filter(Boolean)
    .filter((f) => FILTERS.length === 0 || FILTERS.some((x) => `${set.name}/${f}`.includes(x)));
  let setPassed = 0;
  for (const f of vectorFiles) {
    const vec = JSON.parse(fs.readFileSync(path.join(set.vectorsDir, f), "utf8"));
    const label = `${set.name}/${vec.name}`.padEnd(42);
    try {
      const detail = runVector(set, vec);
      passed++;
      setPassed++;
      console.log(`PASS  vector ${label} ${detail}`);
    } catch (e) {
      failed++;
      const msg = e instanceof VectorFailure ? e.message : `runner error: ${e.stack ?? e}`;
      console.log(`FAIL  vector ${label} ${msg}`);
    }
  }
  counts.push(`${set.name}: ${setPassed}/${vectorFiles.length} vectors`);
}

console.log(counts.join(", "));
console.log(`(${((Date.now() - started) / 1000).toFixed(1)}s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
