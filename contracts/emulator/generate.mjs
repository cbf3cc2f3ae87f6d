// Generates (or with --check, verifies) the committed TipProxy artifacts:
//   tip_proxy/TipProxy.arc56.json   ARC-56 app spec (embeds base64 of approval.teal / clear.teal)
//   tip_proxy/vectors/*.json        one test vector per file
//   tip_proxy/vectors/index.txt     the vector file names, one per line (for classpath enumeration)
//
// The expectations below are written from the contract's specification (contracts/README.md),
// not captured from the emulator; run-vectors.mjs then checks the TEAL against them.
//
// Usage: node emulator/generate.mjs [--check]
import fs from "node:fs";
import path from "node:path";
import {
  TIP_PROXY_DIR, VECTORS_DIR, accountFromSeed, seedForName, tipEventLog,
} from "./lib.mjs";

const CHECK = process.argv.includes("--check");

// ---------------------------------------------------------------------------------------------
// ARC-56 app spec
// ---------------------------------------------------------------------------------------------
const approval = fs.readFileSync(path.join(TIP_PROXY_DIR, "approval.teal"), "utf8");
const clear = fs.readFileSync(path.join(TIP_PROXY_DIR, "clear.teal"), "utf8");
const b64 = (s) => Buffer.from(s, "utf8").toString("base64");

const noopCall = { create: [], call: ["NoOp"] };
const tipEvent = {
  name: "Tip",
  desc: "Emitted once per successful tip. Log = selector(4) || ARC-4 (address,uint64,string).",
  args: [
    { type: "address", name: "fan", desc: "The tipping account (the app call's sender)" },
    { type: "uint64", name: "amount", desc: "The tip in microALGO, forwarded in full to the creator" },
    { type: "string", name: "memo", desc: "The fan's memo (UTF-8, at most 976 bytes)" },
  ],
};
const key = (name, valueType, desc) => ({
  keyType: "AVMString", valueType, key: Buffer.from(name, "utf8").toString("base64"), desc,
});

const arc56 = {
  name: "TipProxy",
  desc: "Per-creator tip forwarder: checks the fan's grouped payment, forwards it to the creator with an inner payment and emits one Tip event.",
  arcs: [4, 28, 56],
  networks: {},
  structs: {},
  methods: [
    {
      name: "create",
      desc: "Creates the app. Only valid as a NoOp application create. minTip must be > 0; neither address may be the zero address.",
      args: [
        { type: "address", name: "creator", desc: "Receives forwarded tips; may update the minimum tip; admin" },
        { type: "address", name: "platform", desc: "Co-admin; the only account allowed to delete the app" },
        { type: "uint64", name: "minTip", desc: "Minimum tip in microALGO (> 0)" },
        { type: "uint64", name: "version", desc: "Contract version recorded in global state" },
      ],
      returns: { type: "void" },
      actions: { create: ["NoOp"], call: [] },
      readonly: false,
      events: [],
      recommendations: {},
    },
    {
      name: "tip",
      desc: "Tip the creator. The payment must be the transaction immediately before this call, from the same sender, to the app address, >= min_tip_amount, without close-remainder-to or rekey; the call must be top-level and not rekey. Forwards the whole amount to creator_address (inner payment with fee 0: the group must pay 3 x min fee) and logs one Tip event. The creator's address must be in the call's foreign accounts.",
      args: [
        { type: "pay", name: "payment", desc: "Payment from the caller to the app address" },
        { type: "string", name: "memo", desc: "Memo, at most 976 UTF-8 bytes" },
      ],
      returns: { type: "void" },
      actions: noopCall,
      readonly: false,
      events: [tipEvent],
      recommendations: { innerTransactionCount: 1 },
    },
    {
      name: "update_min_tip",
      desc: "Sets min_tip_amount. Creator only (not the platform); the value must be > 0.",
      args: [{ type: "uint64", name: "minTip", desc: "New minimum tip in microALGO (> 0)" }],
      returns: { type: "void" },
      actions: noopCall,
      readonly: false,
      events: [],
      recommendations: {},
    },
    {
      name: "pause",
      desc: "Sets paused = 1 (tips are rejected). Creator or platform.",
      args: [],
      returns: { type: "void" },
      actions: noopCall,
      readonly: false,
      events: [],
      recommendations: {},
    },
    {
      name: "unpause",
      desc: "Sets paused = 0. Creator or platform.",
      args: [],
      returns: { type: "void" },
      actions: noopCall,
      readonly: false,
      events: [],
      recommendations: {},
    },
  ],
  state: {
    schema: { global: { ints: 5, bytes: 2 }, local: { ints: 0, bytes: 0 } },
    keys: {
      global: {
        creator_address: key("creator_address", "address", "Receives forwarded tips (32-byte public key)"),
        platform_address: key("platform_address", "address", "Platform co-admin (32-byte public key)"),
        min_tip_amount: key("min_tip_amount", "AVMUint64", "Minimum tip in microALGO"),
        total_tips: key("total_tips", "AVMUint64", "Number of successful tips"),
        total_amount: key("total_amount", "AVMUint64", "Sum of tips in microALGO"),
        contract_version: key("contract_version", "AVMUint64", "Version passed at creation"),
        paused: key("paused", "AVMUint64", "0 = active, 1 = paused"),
      },
      local: {},
      box: {},
    },
    maps: { global: {}, local: {}, box: {} },
  },
  bareActions: { create: [], call: ["DeleteApplication"] },
  events: [tipEvent],
  source: { approval: b64(approval), clear: b64(clear) },
  templateVariables: {},
  scratchVariables: {
    tip_payment_index: { slot: 0, type: "AVMUint64" },
    tip_amount: { slot: 1, type: "AVMUint64" },
    tip_memo_arg_length: { slot: 2, type: "AVMUint64" },
    new_min_tip: { slot: 3, type: "AVMUint64" },
  },
};

// ---------------------------------------------------------------------------------------------
// Vectors
// ---------------------------------------------------------------------------------------------
const NAMES = ["fan", "creator", "platform", "stranger"];
const BALANCES = { fan: 50_000_000, creator: 1_000_000, platform: 10_000_000, stranger: 10_000_000 };
const accounts = Object.fromEntries(NAMES.map((n) => [n, { seed: seedForName(n), balance: BALANCES[n] }]));
const pk = (n) => accountFromSeed(accounts[n].seed).pk;

const MIN_TIP = 1_000_000;
const baseApp = {
  creator: "creator", platform: "platform", minTip: MIN_TIP, version: 1,
  paused: false, totalTips: 0, totalAmount: 0, balance: 100_000,
};
const state = (app, over = {}) => ({
  creator_address: { account: app.creator },
  platform_address: { account: app.platform },
  min_tip_amount: app.minTip,
  total_tips: app.totalTips,
  total_amount: app.totalAmount,
  contract_version: app.version,
  paused: app.paused ? 1 : 0,
  ...over,
});

const pay = (sender, receiver, amount, extra = {}) => ({
  type: "pay", sender, receiver, amount, fee: 2000, closeRemainderTo: null, rekeyTo: null, ...extra,
});
const appl = (sender, onCompletion, args, extra = {}) => ({
  type: "appl", sender, onCompletion, fee: 1000, rekeyTo: null, args, accounts: [], ...extra,
});
const tipCall = (sender, memo, extra = {}) =>
  appl(sender, "NoOp", [{ method: "tip(pay,string)void" }, { string: memo }], { fee: 2000, accounts: ["creator"], ...extra });
const call = (sender, sig, args = [], extra = {}) => appl(sender, "NoOp", [{ method: sig }, ...args], extra);
const createArgs = (minTip = MIN_TIP, version = 1) => [
  { method: "create(address,address,uint64,uint64)void" },
  { address: "creator" }, { address: "platform" }, { uint64: minTip }, { uint64: version },
];
const createCall = (args) => appl("platform", "NoOp", args, { create: true });

const logHex = (fan, amount, memo) => tipEventLog(pk(fan), amount, memo).toString("hex");
const rejected = (reason) => ({ approved: false, reason });
const approvedTip = (app, tips) => {
  // tips: [{fan, amount, memo}] in group order
  const totalTips = app.totalTips + tips.length;
  const totalAmount = tips.reduce((s, t) => s + t.amount, app.totalAmount);
  return {
    approved: true,
    globalState: state(app, { total_tips: totalTips, total_amount: totalAmount }),
    innerPayments: tips.map((t) => ({ receiver: "creator", amount: t.amount, fee: 0 })),
    logs: tips.map((t) => logHex(t.fan, t.amount, t.memo)),
  };
};
const approvedAdmin = (app, over) => ({
  approved: true, globalState: state(app, over), innerPayments: [], logs: [],
});

const vectors = [];
const v = (name, description, app, group, expect) =>
  vectors.push({ name, description, accounts, app, group, expect });

// --- creation -------------------------------------------------------------------------------
v("create_happy", "The platform creates the app with the create method; the initial global state is set.",
  null, [createCall(createArgs())],
  { approved: true, globalState: state(baseApp), innerPayments: [], logs: [] });
v("create_min_tip_zero", "Creation with minTip = 0 is rejected.",
  null, [createCall(createArgs(0))], rejected("BAD_MIN_TIP"));
v("create_short_creator_address", "Creation with a 31-byte creator address is rejected.",
  null, [createCall([createArgs()[0], { hex: Buffer.from(pk("creator")).subarray(0, 31).toString("hex") },
    { address: "platform" }, { uint64: MIN_TIP }, { uint64: 1 }])], rejected("BAD_ARGS"));
v("create_min_tip_wrong_length", "Creation with minTip encoded on 4 bytes instead of 8 is rejected.",
  null, [createCall([createArgs()[0], { address: "creator" }, { address: "platform" },
    { hex: "000f4240" }, { uint64: 1 }])], rejected("BAD_ARGS"));
v("create_missing_version", "Creation with only three method arguments is rejected.",
  null, [createCall(createArgs().slice(0, 4))], rejected("BAD_ARGS"));
v("create_zero_creator_address", "Creation with the zero address as creator is rejected.",
  null, [createCall([createArgs()[0], { hex: "00".repeat(32) }, { address: "platform" },
    { uint64: MIN_TIP }, { uint64: 1 }])], rejected("BAD_ARGS"));
v("create_prototype_style_rejected", "The prototype's raw creation args (no ARC-4 selector) are rejected.",
  null, [createCall([{ address: "creator" }, { address: "platform" }, { uint64: MIN_TIP }, { uint64: 1 }])],
  rejected("UNKNOWN_METHOD"));

// --- tips: approved ---------------------------------------------------------------------------
v("tip_with_memo", "A fan tips above the minimum with a memo; the creator receives the full amount.",
  baseApp, [pay("fan", "app", 2_000_000), tipCall("fan", "thanks!")],
  approvedTip(baseApp, [{ fan: "fan", amount: 2_000_000, memo: "thanks!" }]));
v("tip_empty_memo", "A tip with an empty memo (ARC-4 string 0x0000) is accepted.",
  baseApp, [pay("fan", "app", 1_500_000), tipCall("fan", "")],
  approvedTip(baseApp, [{ fan: "fan", amount: 1_500_000, memo: "" }]));
v("tip_exact_minimum", "A tip of exactly min_tip_amount is accepted.",
  baseApp, [pay("fan", "app", MIN_TIP), tipCall("fan", "min")],
  approvedTip(baseApp, [{ fan: "fan", amount: MIN_TIP, memo: "min" }]));
v("tip_utf8_memo", "A multi-byte UTF-8 memo is length-prefixed by its byte length, not its character count.",
  baseApp, [pay("fan", "app", 3_000_000), tipCall("fan", "merci \u2764\ufe0f \u00e9t\u00e9")],
  approvedTip(baseApp, [{ fan: "fan", amount: 3_000_000, memo: "merci \u2764\ufe0f \u00e9t\u00e9" }]));
v("tip_memo_max_length", "A 976-byte memo (log of exactly 1024 bytes) is accepted.",
  baseApp, [pay("fan", "app", MIN_TIP), tipCall("fan", "m".repeat(976))],
  approvedTip(baseApp, [{ fan: "fan", amount: MIN_TIP, memo: "m".repeat(976) }]));
const withTotals = { ...baseApp, totalTips: 5, totalAmount: 12_345_678 };
v("tip_accumulates_totals", "Counters continue from the existing totals.",
  withTotals, [pay("fan", "app", 2_500_000), tipCall("fan", "again")],
  approvedTip(withTotals, [{ fan: "fan", amount: 2_500_000, memo: "again" }]));
v("two_tips_in_one_group", "Two [pay, tip] pairs in one group: each tip uses the payment right before it.",
  baseApp, [pay("fan", "app", 1_000_000), tipCall("fan", "one"), pay("stranger", "app", 4_000_000), tipCall("stranger", "two")],
  approvedTip(baseApp, [{ fan: "fan", amount: 1_000_000, memo: "one" }, { fan: "stranger", amount: 4_000_000, memo: "two" }]));
const pausedApp = { ...baseApp, paused: true };
v("tip_after_unpause_in_same_group", "The creator unpauses, then a fan tips in the same group.",
  pausedApp, [call("creator", "unpause()void"), pay("fan", "app", 2_000_000), tipCall("fan", "back")],
  approvedTip(baseApp, [{ fan: "fan", amount: 2_000_000, memo: "back" }]));

// --- tips: rejected ---------------------------------------------------------------------------
v("tip_below_minimum", "A payment one microALGO below the minimum is rejected.",
  baseApp, [pay("fan", "app", MIN_TIP - 1), tipCall("fan", "cheap")], rejected("BELOW_MIN_TIP"));
v("tip_when_paused", "Tips are rejected while the app is paused.",
  pausedApp, [pay("fan", "app", 2_000_000), tipCall("fan", "hi")], rejected("PAUSED"));
v("tip_after_pause_in_same_group", "The platform pauses; a tip later in the same group is rejected.",
  baseApp, [call("platform", "pause()void"), pay("fan", "app", 2_000_000), tipCall("fan", "hi")], rejected("PAUSED"));
v("tip_wrong_receiver", "The payment goes to another account instead of the app address.",
  baseApp, [pay("fan", "stranger", 2_000_000), tipCall("fan", "hi")], rejected("WRONG_RECEIVER"));
v("tip_paid_to_creator_directly", "Paying the creator directly (not the app) does not count as a tip.",
  baseApp, [pay("fan", "creator", 2_000_000), tipCall("fan", "hi")], rejected("WRONG_RECEIVER"));
v("tip_payment_from_other_sender", "The payment is sent by another account than the app call.",
  baseApp, [pay("stranger", "app", 2_000_000), tipCall("fan", "hi")], rejected("WRONG_SENDER"));
v("tip_payment_not_adjacent", "A payment to the app exists, but the transaction right before the call is a payment to someone else.",
  baseApp, [pay("fan", "app", 2_000_000), pay("fan", "stranger", 1_000, { fee: 1000 }), tipCall("fan", "hi")],
  rejected("WRONG_RECEIVER"));
v("tip_preceded_by_app_call", "The transaction right before the call is an app call, not a payment.",
  baseApp, [pay("fan", "app", 2_000_000), call("creator", "update_min_tip(uint64)void", [{ uint64: MIN_TIP }]), tipCall("fan", "hi")],
  rejected("NO_PAYMENT"));
v("tip_call_before_payment", "The app call comes first (group index 0) and the payment after it.",
  baseApp, [tipCall("fan", "hi"), pay("fan", "app", 2_000_000)], rejected("NO_PAYMENT"));
v("tip_call_alone", "A tip call without any payment (group of 1).",
  baseApp, [tipCall("fan", "hi", { fee: 3000 })], rejected("NO_PAYMENT"));
v("tip_close_remainder_to", "The payment also closes the fan's account to another account (the app call carries no fee because the fan's balance is gone; the payment's fee covers the group).",
  baseApp, [pay("fan", "app", 2_000_000, { fee: 6000, closeRemainderTo: "stranger" }), tipCall("fan", "bye", { fee: 0 })],
  rejected("CLOSE_REMAINDER_TO"));
v("tip_rekey_on_payment", "The payment carries a RekeyTo (here: to the fan itself, so the fan can still sign the call; any non-zero RekeyTo is refused).",
  baseApp, [pay("fan", "app", 2_000_000, { rekeyTo: "fan" }), tipCall("fan", "hi")], rejected("REKEY"));
v("tip_rekey_on_call", "The app call rekeys the fan's account to a stranger.",
  baseApp, [pay("fan", "app", 2_000_000), tipCall("fan", "hi", { rekeyTo: "stranger" })], rejected("REKEY"));
v("tip_memo_too_long", "A 977-byte memo would make the log 1025 bytes and is rejected.",
  baseApp, [pay("fan", "app", 2_000_000), tipCall("fan", "m".repeat(977))], rejected("MEMO_TOO_LONG"));
v("tip_without_creator_in_accounts", "The app call does not list the creator in its accounts array, so the inner payment cannot reach the creator (AVM v8 resource rule).",
  baseApp, [pay("fan", "app", 2_000_000), tipCall("fan", "hi", { accounts: [] })], rejected("CREATOR_NOT_IN_ACCOUNTS"));
v("tip_memo_not_abi_encoded", "The memo is sent as raw bytes without the ARC-4 length prefix (prototype style).",
  baseApp, [pay("fan", "app", 2_000_000), appl("fan", "NoOp", [{ method: "tip(pay,string)void" }, { hex: Buffer.from("thanks!").toString("hex") }], { fee: 2000, accounts: ["creator"] })],
  rejected("BAD_ARGS"));
v("tip_missing_memo", "The tip call has only the selector (the string argument is missing).",
  baseApp, [pay("fan", "app", 2_000_000), appl("fan", "NoOp", [{ method: "tip(pay,string)void" }], { fee: 2000, accounts: ["creator"] })],
  rejected("BAD_ARGS"));

// --- routing ----------------------------------------------------------------------------------
v("unknown_method", "A NoOp call with a selector the contract does not implement.",
  baseApp, [call("fan", "withdraw(uint64)void", [{ uint64: 1 }])], rejected("UNKNOWN_METHOD"));
v("prototype_raw_tip_selector", "The prototype's raw \"tip\" string selector is not an ARC-4 selector.",
  baseApp, [pay("fan", "app", 2_000_000), appl("fan", "NoOp", [{ hex: "746970" }, { string: "hi" }], { fee: 2000, accounts: ["creator"] })],
  rejected("UNKNOWN_METHOD"));
v("no_args", "A bare NoOp call (no arguments) is rejected.",
  baseApp, [appl("fan", "NoOp", [])], rejected("UNKNOWN_METHOD"));
v("optin_rejected", "Opting in is refused (no local state).",
  baseApp, [appl("fan", "OptIn", [])], rejected("ON_COMPLETION_FORBIDDEN"));
v("closeout_rejected", "Closing out is refused.",
  baseApp, [appl("fan", "CloseOut", [])], rejected("ON_COMPLETION_FORBIDDEN"));

// --- update / delete --------------------------------------------------------------------------
v("update_by_creator", "The creator cannot replace the program.",
  baseApp, [appl("creator", "UpdateApplication", [])], rejected("UPDATE_FORBIDDEN"));
v("update_by_platform", "Nobody, not even the platform, can replace the program.",
  baseApp, [appl("platform", "UpdateApplication", [])], rejected("UPDATE_FORBIDDEN"));
v("delete_by_creator", "The creator cannot delete the app.",
  baseApp, [appl("creator", "DeleteApplication", [])], rejected("NOT_PLATFORM"));
v("delete_by_stranger", "A stranger cannot delete the app.",
  baseApp, [appl("stranger", "DeleteApplication", [])], rejected("NOT_PLATFORM"));
v("delete_by_platform", "The platform deletes the app (globalState null = the application no longer exists).",
  baseApp, [appl("platform", "DeleteApplication", [])],
  { approved: true, globalState: null, innerPayments: [], logs: [] });

// --- update_min_tip ---------------------------------------------------------------------------
v("update_min_tip_by_creator", "The creator raises the minimum tip.",
  baseApp, [call("creator", "update_min_tip(uint64)void", [{ uint64: 2_500_000 }])],
  approvedAdmin(baseApp, { min_tip_amount: 2_500_000 }));
v("update_min_tip_by_platform", "The platform may not change the minimum tip.",
  baseApp, [call("platform", "update_min_tip(uint64)void", [{ uint64: 2_500_000 }])], rejected("NOT_CREATOR"));
v("update_min_tip_by_stranger", "A stranger may not change the minimum tip.",
  baseApp, [call("stranger", "update_min_tip(uint64)void", [{ uint64: 1 }])], rejected("NOT_CREATOR"));
v("update_min_tip_to_zero", "The minimum tip cannot be set to 0.",
  baseApp, [call("creator", "update_min_tip(uint64)void", [{ uint64: 0 }])], rejected("BAD_MIN_TIP"));
v("update_min_tip_wrong_length", "The new minimum must be an 8-byte uint64.",
  baseApp, [call("creator", "update_min_tip(uint64)void", [{ hex: "0f4240" }])], rejected("BAD_ARGS"));

// --- pause / unpause --------------------------------------------------------------------------
v("pause_by_creator", "The creator pauses the app.",
  baseApp, [call("creator", "pause()void")], approvedAdmin(baseApp, { paused: 1 }));
v("pause_by_platform", "The platform pauses the app.",
  baseApp, [call("platform", "pause()void")], approvedAdmin(baseApp, { paused: 1 }));
v("pause_by_stranger", "A stranger cannot pause the app.",
  baseApp, [call("stranger", "pause()void")], rejected("NOT_ADMIN"));
v("unpause_by_creator", "The creator unpauses the app.",
  pausedApp, [call("creator", "unpause()void")], approvedAdmin(pausedApp, { paused: 0 }));
v("unpause_by_platform", "The platform unpauses the app.",
  pausedApp, [call("platform", "unpause()void")], approvedAdmin(pausedApp, { paused: 0 }));
v("unpause_by_stranger", "A stranger cannot unpause the app.",
  pausedApp, [call("stranger", "unpause()void")], rejected("NOT_ADMIN"));
v("pause_with_extra_arg", "pause() takes no arguments; an extra argument is rejected.",
  baseApp, [call("creator", "pause()void", [{ uint64: 1 }])], rejected("BAD_ARGS"));

// ---------------------------------------------------------------------------------------------
// Write or check
// ---------------------------------------------------------------------------------------------
const files = new Map();
files.set(path.join(TIP_PROXY_DIR, "TipProxy.arc56.json"), JSON.stringify(arc56, null, 2) + "\n");
const names = new Set();
for (const vec of vectors) {
  if (names.has(vec.name)) throw new Error(`duplicate vector ${vec.name}`);
  names.add(vec.name);
  files.set(path.join(VECTORS_DIR, `${vec.name}.json`), JSON.stringify(vec, null, 2) + "\n");
}
files.set(path.join(VECTORS_DIR, "index.txt"), vectors.map((x) => `${x.name}.json`).join("\n") + "\n");

let stale = 0;
if (CHECK) {
  for (const [file, content] of files) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
    if (current !== content) {
      console.log(`STALE ${path.relative(TIP_PROXY_DIR, file)}`);
      stale++;
    }
  }
  const onDisk = fs.readdirSync(VECTORS_DIR).filter((f) => f.endsWith(".json"));
  for (const f of onDisk) {
    if (!names.has(f.replace(/\.json$/, ""))) { console.log(`EXTRA vectors/${f}`); stale++; }
  }
  if (stale) {
    console.log(`${stale} generated file(s) out of date: run "node emulator/generate.mjs"`);
    process.exit(1);
  }
  console.log(`generated files up to date (${vectors.length} vectors)`);
} else {
  fs.mkdirSync(VECTORS_DIR, { recursive: true });
  for (const f of fs.readdirSync(VECTORS_DIR)) if (f.endsWith(".json")) fs.unlinkSync(path.join(VECTORS_DIR, f));
  for (const [file, content] of files) fs.writeFileSync(file, content);
  console.log(`wrote TipProxy.arc56.json and ${vectors.length} vectors`);
}
