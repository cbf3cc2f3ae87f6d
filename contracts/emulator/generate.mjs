// Generates (or with --check, verifies) the committed TipProxy artifacts:
//   tip_proxy/TipProxy.arc56.json   ARC-56 app spec (embeds base64 of approval.teal / clear.teal)
//   tip_proxy/vectors/*.json        one test vector per file
//   tip_proxy/vectors/index.txt     the vector file names, one per line (for classpath enumeration)
// for the current TipProxy (version 2). Version 1 (tip_proxy/v1) is frozen: its files are not generated.
//
// The expectations below are written from the contract's specification (contracts/README.md),
// not captured from the emulator; run-vectors.mjs then checks the TEAL against them.
//
// Usage: node emulator/generate.mjs [--check]
import fs from "node:fs";
import path from "node:path";
import {
  TIP_PROXY_DIR, VECTORS_DIR, CREATE_SIGNATURE, SCHEMA, accountFromSeed, platformFee, seedForName,
  tipWithFeeEventLog,
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
  name: "TipWithFee",
  desc: "Emitted once per successful tip or tip_for. Log = selector(4) || ARC-4 (address,uint64,uint64,string). "
    + "The creator received amount - fee, the treasury fee.",
  args: [
    { type: "address", name: "fan", desc: "The fan credited with the tip: the caller of tip, the fan argument of tip_for" },
    { type: "uint64", name: "amount", desc: "The whole payment in microALGO (fee included)" },
    { type: "uint64", name: "fee", desc: "The platform fee in microALGO, paid to treasury_address: max(fee_floor, amount * fee_bps / 10000 rounded down)" },
    { type: "string", name: "memo", desc: "The memo (UTF-8, at most 968 bytes)" },
  ],
};
const key = (name, valueType, desc) => ({
  keyType: "AVMString", valueType, key: Buffer.from(name, "utf8").toString("base64"), desc,
});
const TIP_RULES = "The payment must be the transaction immediately before this call, from the caller, to the app "
  + "address, >= min_tip_amount, without close-remainder-to or rekey; the call must be top-level and not rekey. "
  + "The fee is max(fee_floor, amount * fee_bps / 10000 rounded down); the creator receives amount - fee and, when "
  + "the fee is > 0, treasury_address receives the fee (inner payments with fee 0: the group must pay 3 x min fee, "
  + "4 x when the fee is > 0). creator_address and treasury_address must be in the call's foreign accounts. Logs "
  + "one TipWithFee event.";

const arc56 = {
  name: "TipProxy",
  desc: "Per-creator tip forwarder, version 2: checks the grouped payment, pays the creator the tip minus the "
    + "platform fee and the treasury the fee with inner payments, and emits one TipWithFee event.",
  arcs: [4, 28, 56],
  networks: {},
  structs: {},
  methods: [
    {
      name: "create",
      desc: "Creates the app. Only valid as a NoOp application create. No address may be the zero address; "
        + "feeBps must be < 10000 and minTip > feeFloor. Sets contract_version = 2.",
      args: [
        { type: "address", name: "creator", desc: "Receives the tips minus the fee; may update the minimum tip; admin" },
        { type: "address", name: "platform", desc: "Co-admin; the only account allowed to delete the app or call tip_for" },
        { type: "address", name: "treasury", desc: "Receives the platform fee" },
        { type: "uint64", name: "minTip", desc: "Minimum tip in microALGO (> feeFloor)" },
        { type: "uint64", name: "feeBps", desc: "Platform fee in basis points of the tip (< 10000)" },
        { type: "uint64", name: "feeFloor", desc: "Minimum platform fee in microALGO" },
      ],
      returns: { type: "void" },
      actions: { create: ["NoOp"], call: [] },
      readonly: false,
      events: [],
      recommendations: {},
    },
    {
      name: "tip",
      desc: `Tip the creator; the caller is the fan and must not be the creator. ${TIP_RULES}`,
      args: [
        { type: "pay", name: "payment", desc: "Payment from the caller to the app address" },
        { type: "string", name: "memo", desc: "Memo, at most 968 UTF-8 bytes" },
      ],
      returns: { type: "void" },
      actions: noopCall,
      readonly: false,
      events: [tipEvent],
      recommendations: { innerTransactionCount: 2 },
    },
    {
      name: "tip_for",
      desc: `Tip the creator on a fan's behalf (fiat on-ramp): platform only; the platform pays, the event names the fan, who must not be the creator or the zero address. ${TIP_RULES}`,
      args: [
        { type: "pay", name: "payment", desc: "Payment from the platform to the app address" },
        { type: "address", name: "fan", desc: "The fan credited with the tip" },
        { type: "string", name: "memo", desc: "Memo, at most 968 UTF-8 bytes" },
      ],
      returns: { type: "void" },
      actions: noopCall,
      readonly: false,
      events: [tipEvent],
      recommendations: { innerTransactionCount: 2 },
    },
    {
      name: "update_min_tip",
      desc: "Sets min_tip_amount. Creator only (not the platform); the value must be > fee_floor.",
      args: [{ type: "uint64", name: "minTip", desc: "New minimum tip in microALGO (> fee_floor)" }],
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
    schema: { global: { ints: SCHEMA.ints, bytes: SCHEMA.bytes }, local: { ints: 0, bytes: 0 } },
    keys: {
      global: {
        creator_address: key("creator_address", "address", "Receives the tips minus the fee (32-byte public key)"),
        platform_address: key("platform_address", "address", "Platform co-admin (32-byte public key)"),
        treasury_address: key("treasury_address", "address", "Receives the platform fee (32-byte public key)"),
        min_tip_amount: key("min_tip_amount", "AVMUint64", "Minimum tip in microALGO (> fee_floor)"),
        fee_bps: key("fee_bps", "AVMUint64", "Platform fee in basis points of the tip, fixed at creation"),
        fee_floor: key("fee_floor", "AVMUint64", "Minimum platform fee in microALGO, fixed at creation"),
        total_tips: key("total_tips", "AVMUint64", "Number of successful tips"),
        total_amount: key("total_amount", "AVMUint64", "Sum of tips in microALGO, fees included"),
        contract_version: key("contract_version", "AVMUint64", "2: set by the program at creation"),
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
    tip_fan: { slot: 4, type: "AVMBytes" },
    tip_memo_arg: { slot: 5, type: "AVMBytes" },
    tip_fee: { slot: 6, type: "AVMUint64" },
  },
};

// ---------------------------------------------------------------------------------------------
// Vectors
// ---------------------------------------------------------------------------------------------
const NAMES = ["fan", "creator", "platform", "treasury", "stranger"];
const BALANCES = {
  fan: 50_000_000, creator: 1_000_000, platform: 10_000_000, treasury: 1_000_000, stranger: 10_000_000,
};
const accountsWith = (balances) =>
  Object.fromEntries(NAMES.map((n) => [n, { seed: seedForName(n), balance: balances[n] }]));
const accounts = accountsWith(BALANCES);
const pk = (n) => accountFromSeed(accounts[n].seed).pk;

const MIN_TIP = 1_000_000;
const FEE_BPS = 500; // 5 %
const FEE_FLOOR = 102_000; // a mint fee + a delivery fee + the sticker's 0.1 ALGO minimum balance
const APP_BALANCE = 100_000;
const baseApp = {
  creator: "creator", platform: "platform", treasury: "treasury", minTip: MIN_TIP, feeBps: FEE_BPS,
  feeFloor: FEE_FLOOR, paused: false, totalTips: 0, totalAmount: 0, balance: APP_BALANCE,
};
const state = (app, over = {}) => ({
  creator_address: { account: app.creator },
  platform_address: { account: app.platform },
  treasury_address: { account: app.treasury },
  min_tip_amount: app.minTip,
  fee_bps: app.feeBps,
  fee_floor: app.feeFloor,
  total_tips: app.totalTips,
  total_amount: app.totalAmount,
  contract_version: 2,
  paused: app.paused ? 1 : 0,
  ...over,
});

const TIP_FEE = 2000; // each of the fan's two transactions: 4 x 1000 covers both inner payments
const pay = (sender, receiver, amount, extra = {}) => ({
  type: "pay", sender, receiver, amount, fee: TIP_FEE, closeRemainderTo: null, rekeyTo: null, ...extra,
});
const appl = (sender, onCompletion, args, extra = {}) => ({
  type: "appl", sender, onCompletion, fee: 1000, rekeyTo: null, args, accounts: [], ...extra,
});
const tipCall = (sender, memo, extra = {}) => appl(sender, "NoOp", [{ method: "tip(pay,string)void" }, { string: memo }],
  { fee: TIP_FEE, accounts: ["creator", "treasury"], ...extra });
const tipForCall = (sender, fan, memo, extra = {}) => appl(sender, "NoOp",
  [{ method: "tip_for(pay,address,string)void" }, fan, { string: memo }],
  { fee: TIP_FEE, accounts: ["creator", "treasury"], ...extra });
const call = (sender, sig, args = [], extra = {}) => appl(sender, "NoOp", [{ method: sig }, ...args], extra);
const createArgs = ({ minTip = MIN_TIP, feeBps = FEE_BPS, feeFloor = FEE_FLOOR } = {}) => [
  { method: CREATE_SIGNATURE }, { address: "creator" }, { address: "platform" }, { address: "treasury" },
  { uint64: minTip }, { uint64: feeBps }, { uint64: feeFloor },
];
const createCall = (args) => appl("platform", "NoOp", args, { create: true });

const rejected = (reason) => ({ approved: false, reason });
/**
 * tips: [{fan, amount, memo}] in group order. Inner payments: the creator's share, then the fee (when > 0).
 * `balances` (optional): the expected balances of named accounts after the group.
 */
const approvedTip = (app, tips, balances) => {
  const fees = tips.map((t) => platformFee(t.amount, app.feeBps, app.feeFloor));
  const expect = {
    approved: true,
    globalState: state(app, {
      total_tips: app.totalTips + tips.length,
      total_amount: tips.reduce((s, t) => s + t.amount, app.totalAmount),
    }),
    innerPayments: tips.flatMap((t, i) => [
      { receiver: app.creator, amount: t.amount - fees[i], fee: 0, closeRemainderTo: null },
      ...(fees[i] > 0 ? [{ receiver: app.treasury, amount: fees[i], fee: 0, closeRemainderTo: null }] : []),
    ]),
    logs: tips.map((t, i) => tipWithFeeEventLog(pk(t.fan), t.amount, fees[i], t.memo).toString("hex")),
  };
  return balances ? { ...expect, balances } : expect;
};
const approvedAdmin = (app, over) => ({
  approved: true, globalState: state(app, over), innerPayments: [], logs: [],
});

const vectors = [];
const v = (name, description, app, group, expect, accountSet = accounts) =>
  vectors.push({ name, description, accounts: accountSet, app, group, expect });

// --- creation -------------------------------------------------------------------------------
v("create_happy", "The platform creates the app with the create method; the initial global state is set, contract_version = 2.",
  null, [createCall(createArgs())],
  { approved: true, globalState: state(baseApp), innerPayments: [], logs: [] });
v("create_without_fees", "Fees of 0 (the simulated network's default) are valid; a minimum tip of 1 microALGO is then allowed.",
  null, [createCall(createArgs({ minTip: 1, feeBps: 0, feeFloor: 0 }))],
  { approved: true, globalState: state({ ...baseApp, minTip: 1, feeBps: 0, feeFloor: 0 }), innerPayments: [], logs: [] });
v("create_fee_bps_max", "A fee of 9999 basis points (99.99 %) is the highest the contract accepts.",
  null, [createCall(createArgs({ feeBps: 9999 }))],
  { approved: true, globalState: state({ ...baseApp, feeBps: 9999 }), innerPayments: [], logs: [] });
v("create_fee_bps_whole_tip", "A fee of 10000 basis points would take the whole tip and is rejected.",
  null, [createCall(createArgs({ feeBps: 10000 }))], rejected("BAD_FEE"));
v("create_min_tip_zero", "Creation with minTip = 0 is rejected.",
  null, [createCall(createArgs({ minTip: 0, feeFloor: 0 }))], rejected("BAD_MIN_TIP"));
v("create_min_tip_equal_to_fee_floor", "minTip must be above the fee floor: a tip of exactly the floor would leave the creator nothing.",
  null, [createCall(createArgs({ minTip: FEE_FLOOR }))], rejected("BAD_MIN_TIP"));
v("create_min_tip_one_above_fee_floor", "minTip = fee floor + 1 is accepted (the creator gets at least 1 microALGO).",
  null, [createCall(createArgs({ minTip: FEE_FLOOR + 1 }))],
  { approved: true, globalState: state({ ...baseApp, minTip: FEE_FLOOR + 1 }), innerPayments: [], logs: [] });
v("create_short_creator_address", "Creation with a 31-byte creator address is rejected.",
  null, [createCall([createArgs()[0], { hex: Buffer.from(pk("creator")).subarray(0, 31).toString("hex") },
    ...createArgs().slice(2)])], rejected("BAD_ARGS"));
v("create_min_tip_wrong_length", "Creation with minTip encoded on 4 bytes instead of 8 is rejected.",
  null, [createCall([...createArgs().slice(0, 4), { hex: "000f4240" }, ...createArgs().slice(5)])], rejected("BAD_ARGS"));
v("create_fee_floor_wrong_length", "Creation with the fee floor encoded on 4 bytes instead of 8 is rejected.",
  null, [createCall([...createArgs().slice(0, 6), { hex: "00018e70" }])], rejected("BAD_ARGS"));
v("create_missing_fee_floor", "Creation with only five method arguments is rejected.",
  null, [createCall(createArgs().slice(0, 6))], rejected("BAD_ARGS"));
v("create_zero_creator_address", "Creation with the zero address as creator is rejected.",
  null, [createCall([createArgs()[0], { hex: "00".repeat(32) }, ...createArgs().slice(2)])], rejected("BAD_ARGS"));
v("create_zero_treasury_address", "Creation with the zero address as treasury is rejected (fees would be burnt).",
  null, [createCall([...createArgs().slice(0, 3), { hex: "00".repeat(32) }, ...createArgs().slice(4)])], rejected("BAD_ARGS"));
v("create_version_1_signature_rejected", "The version 1 create method (no treasury, no fees) is not this program's.",
  null, [createCall([{ method: "create(address,address,uint64,uint64)void" }, { address: "creator" },
    { address: "platform" }, { uint64: MIN_TIP }, { uint64: 1 }])], rejected("UNKNOWN_METHOD"));
v("create_prototype_style_rejected", "The prototype's raw creation args (no ARC-4 selector) are rejected.",
  null, [createCall([{ address: "creator" }, { address: "platform" }, { uint64: MIN_TIP }, { uint64: 1 }])],
  rejected("UNKNOWN_METHOD"));

// --- tips: approved ---------------------------------------------------------------------------
v("tip_with_memo", "A fan tips 2 ALGO with a memo: 5 % would be 100000, so the 102000 floor applies; the creator gets 1898000, the treasury 102000. Balances are exact: the fan pays the tip and 2 x 2000 in fees.",
  baseApp, [pay("fan", "app", 2_000_000), tipCall("fan", "thanks!")],
  approvedTip(baseApp, [{ fan: "fan", amount: 2_000_000, memo: "thanks!" }],
    { fan: 50_000_000 - 2_000_000 - 4000, creator: 1_000_000 + 1_898_000, treasury: 1_000_000 + 102_000, app: APP_BALANCE }));
v("tip_fee_percentage_above_floor", "A 3 ALGO tip: 5 % = 150000 is above the floor, so the fee is 150000 and the creator gets 2850000.",
  baseApp, [pay("fan", "app", 3_000_000), tipCall("fan", "big")],
  approvedTip(baseApp, [{ fan: "fan", amount: 3_000_000, memo: "big" }],
    { fan: 50_000_000 - 3_000_000 - 4000, creator: 1_000_000 + 2_850_000, treasury: 1_000_000 + 150_000, app: APP_BALANCE }));
v("tip_fee_percentage_equals_floor", "A 2.04 ALGO tip: 5 % is exactly the 102000 floor.",
  baseApp, [pay("fan", "app", 2_040_000), tipCall("fan", "even")],
  approvedTip(baseApp, [{ fan: "fan", amount: 2_040_000, memo: "even" }]));
v("tip_fee_rounds_down", "5 % of 2040039 is 102001.95: the fee is rounded down to 102001 and the creator gets 1938038.",
  baseApp, [pay("fan", "app", 2_040_039), tipCall("fan", "round")],
  approvedTip(baseApp, [{ fan: "fan", amount: 2_040_039, memo: "round" }],
    { creator: 1_000_000 + 1_938_038, treasury: 1_000_000 + 102_001 }));
const noFeeApp = { ...baseApp, minTip: 1, feeBps: 0, feeFloor: 0 };
v("tip_without_fees", "An app created with fees of 0: the creator gets the whole tip, no treasury payment is made (the treasury need not be in the accounts array), the event's fee is 0.",
  noFeeApp, [pay("fan", "app", 2_000_000), tipCall("fan", "free", { accounts: ["creator"] })],
  approvedTip(noFeeApp, [{ fan: "fan", amount: 2_000_000, memo: "free" }],
    { creator: 1_000_000 + 2_000_000, treasury: 1_000_000 }));
const percentOnlyApp = { ...baseApp, minTip: 1, feeBps: FEE_BPS, feeFloor: 0 };
v("tip_fee_rounds_to_zero", "No floor and 5 %: a 19 microALGO tip has a fee of 0.95, rounded down to 0, so no treasury payment.",
  percentOnlyApp, [pay("fan", "app", 19), tipCall("fan", "tiny")],
  approvedTip(percentOnlyApp, [{ fan: "fan", amount: 19, memo: "tiny" }]));
v("tip_fee_percentage_without_floor", "No floor and 5 %: a 20 microALGO tip has a fee of exactly 1.",
  percentOnlyApp, [pay("fan", "app", 20), tipCall("fan", "tiny")],
  approvedTip(percentOnlyApp, [{ fan: "fan", amount: 20, memo: "tiny" }]));
const whaleApp = { ...baseApp, minTip: 1, feeBps: 9999, feeFloor: 0 };
const WHALE_TIP = 3_000_000_000_000_000; // 3 billion ALGO: amount x 9999 exceeds 2^64
v("tip_fee_no_overflow", "amount x fee_bps exceeds 2^64 (3e15 x 9999); the 128-bit product gives the exact fee 2999700000000000 and the creator 300000000000.",
  whaleApp, [pay("fan", "app", WHALE_TIP), tipCall("fan", "whale")],
  approvedTip(whaleApp, [{ fan: "fan", amount: WHALE_TIP, memo: "whale" }],
    { creator: 1_000_000 + 300_000_000_000, treasury: 1_000_000 + 2_999_700_000_000_000 }),
  accountsWith({ ...BALANCES, fan: WHALE_TIP + 10_000_000 }));
v("tip_exact_minimum", "A tip of exactly min_tip_amount is accepted (fee: the floor).",
  baseApp, [pay("fan", "app", MIN_TIP), tipCall("fan", "min")],
  approvedTip(baseApp, [{ fan: "fan", amount: MIN_TIP, memo: "min" }]));
const floorPlusOneApp = { ...baseApp, minTip: FEE_FLOOR + 1 };
v("tip_leaves_creator_one_microalgo", "minTip = floor + 1: a minimum tip leaves the creator exactly 1 microALGO.",
  floorPlusOneApp, [pay("fan", "app", FEE_FLOOR + 1), tipCall("fan", "edge")],
  approvedTip(floorPlusOneApp, [{ fan: "fan", amount: FEE_FLOOR + 1, memo: "edge" }]));
v("tip_empty_memo", "A tip with an empty memo (ARC-4 string 0x0000) is accepted.",
  baseApp, [pay("fan", "app", 1_500_000), tipCall("fan", "")],
  approvedTip(baseApp, [{ fan: "fan", amount: 1_500_000, memo: "" }]));
v("tip_utf8_memo", "A multi-byte UTF-8 memo is length-prefixed by its byte length, not its character count.",
  baseApp, [pay("fan", "app", 3_000_000), tipCall("fan", "merci \u2764\ufe0f \u00e9t\u00e9")],
  approvedTip(baseApp, [{ fan: "fan", amount: 3_000_000, memo: "merci \u2764\ufe0f \u00e9t\u00e9" }]));
v("tip_memo_max_length", "A 968-byte memo (log of exactly 1024 bytes) is accepted.",
  baseApp, [pay("fan", "app", MIN_TIP), tipCall("fan", "m".repeat(968))],
  approvedTip(baseApp, [{ fan: "fan", amount: MIN_TIP, memo: "m".repeat(968) }]));
const withTotals = { ...baseApp, totalTips: 5, totalAmount: 12_345_678 };
v("tip_accumulates_totals", "Counters continue from the existing totals; total_amount counts the whole payment, fee included.",
  withTotals, [pay("fan", "app", 2_500_000), tipCall("fan", "again")],
  approvedTip(withTotals, [{ fan: "fan", amount: 2_500_000, memo: "again" }]));
v("two_tips_in_one_group", "Two [pay, tip] pairs in one group: each tip uses the payment right before it, each pays its own fee.",
  baseApp, [pay("fan", "app", 1_000_000), tipCall("fan", "one"), pay("stranger", "app", 4_000_000), tipCall("stranger", "two")],
  approvedTip(baseApp, [{ fan: "fan", amount: 1_000_000, memo: "one" }, { fan: "stranger", amount: 4_000_000, memo: "two" }],
    { creator: 1_000_000 + 898_000 + 3_800_000, treasury: 1_000_000 + 102_000 + 200_000 }));
const pausedApp = { ...baseApp, paused: true };
v("tip_after_unpause_in_same_group", "The creator unpauses, then a fan tips in the same group.",
  pausedApp, [call("creator", "unpause()void"), pay("fan", "app", 2_000_000), tipCall("fan", "back")],
  approvedTip(baseApp, [{ fan: "fan", amount: 2_000_000, memo: "back" }]));
v("tip_by_platform", "The platform may tip with tip() like anyone else (it is then the fan).",
  baseApp, [pay("platform", "app", 2_000_000), tipCall("platform", "house")],
  approvedTip(baseApp, [{ fan: "platform", amount: 2_000_000, memo: "house" }]));

// --- tip_for: approved ------------------------------------------------------------------------
v("tip_for_by_platform", "The platform pays for a fan (fiat on-ramp): the event names the fan, the fee is split as for a tip, the fan's balance is untouched.",
  baseApp, [pay("platform", "app", 3_000_000), tipForCall("platform", { address: "fan" }, "card")],
  approvedTip(baseApp, [{ fan: "fan", amount: 3_000_000, memo: "card" }],
    { fan: 50_000_000, platform: 10_000_000 - 3_000_000 - 4000, creator: 1_000_000 + 2_850_000, treasury: 1_000_000 + 150_000 }));
v("tip_for_memo_max_length", "tip_for with a 968-byte memo (log of exactly 1024 bytes).",
  baseApp, [pay("platform", "app", MIN_TIP), tipForCall("platform", { address: "stranger" }, "m".repeat(968))],
  approvedTip(baseApp, [{ fan: "stranger", amount: MIN_TIP, memo: "m".repeat(968) }]));

// --- tips: rejected ---------------------------------------------------------------------------
v("tip_by_creator", "A creator tipping their own jar (a self-tip) is rejected.",
  baseApp, [pay("creator", "app", 2_000_000), tipCall("creator", "me")], rejected("SELF_TIP"),
  accountsWith({ ...BALANCES, creator: 10_000_000 }));
v("tip_below_minimum", "A payment one microALGO below the minimum is rejected.",
  baseApp, [pay("fan", "app", MIN_TIP - 1), tipCall("fan", "cheap")], rejected("BELOW_MIN_TIP"));
v("tip_below_fee_floor", "A payment below the fee floor (and so below the minimum tip) is rejected.",
  baseApp, [pay("fan", "app", FEE_FLOOR - 1), tipCall("fan", "cheap")], rejected("BELOW_MIN_TIP"));
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
  baseApp, [tipCall("fan", "hi", { fee: 4000 })], rejected("NO_PAYMENT"));
v("tip_close_remainder_to", "The payment also closes the fan's account to another account (the app call carries no fee because the fan's balance is gone; the payment's fee covers the group).",
  baseApp, [pay("fan", "app", 2_000_000, { fee: 8000, closeRemainderTo: "stranger" }), tipCall("fan", "bye", { fee: 0 })],
  rejected("CLOSE_REMAINDER_TO"));
v("tip_rekey_on_payment", "The payment carries a RekeyTo (here: to the fan itself, so the fan can still sign the call; any non-zero RekeyTo is refused).",
  baseApp, [pay("fan", "app", 2_000_000, { rekeyTo: "fan" }), tipCall("fan", "hi")], rejected("REKEY"));
v("tip_rekey_on_call", "The app call rekeys the fan's account to a stranger.",
  baseApp, [pay("fan", "app", 2_000_000), tipCall("fan", "hi", { rekeyTo: "stranger" })], rejected("REKEY"));
v("tip_memo_too_long", "A 969-byte memo would make the log 1025 bytes and is rejected.",
  baseApp, [pay("fan", "app", 2_000_000), tipCall("fan", "m".repeat(969))], rejected("MEMO_TOO_LONG"));
v("tip_without_creator_in_accounts", "The app call does not list the creator in its accounts array, so the inner payment cannot reach the creator (AVM v8 resource rule).",
  baseApp, [pay("fan", "app", 2_000_000), tipCall("fan", "hi", { accounts: ["treasury"] })], rejected("CREATOR_NOT_IN_ACCOUNTS"));
v("tip_without_treasury_in_accounts", "The fee is > 0 but the app call does not list the treasury, so the fee payment cannot be made.",
  baseApp, [pay("fan", "app", 2_000_000), tipCall("fan", "hi", { accounts: ["creator"] })], rejected("TREASURY_NOT_IN_ACCOUNTS"));
v("tip_memo_not_abi_encoded", "The memo is sent as raw bytes without the ARC-4 length prefix (prototype style).",
  baseApp, [pay("fan", "app", 2_000_000), appl("fan", "NoOp", [{ method: "tip(pay,string)void" }, { hex: Buffer.from("thanks!").toString("hex") }], { fee: TIP_FEE, accounts: ["creator", "treasury"] })],
  rejected("BAD_ARGS"));
v("tip_missing_memo", "The tip call has only the selector (the string argument is missing).",
  baseApp, [pay("fan", "app", 2_000_000), appl("fan", "NoOp", [{ method: "tip(pay,string)void" }], { fee: TIP_FEE, accounts: ["creator", "treasury"] })],
  rejected("BAD_ARGS"));

// --- tip_for: rejected ------------------------------------------------------------------------
v("tip_for_by_stranger", "Only the platform may tip on someone's behalf.",
  baseApp, [pay("stranger", "app", 2_000_000), tipForCall("stranger", { address: "fan" }, "hi")], rejected("NOT_PLATFORM"));
v("tip_for_by_fan", "A fan may not use tip_for to name another fan.",
  baseApp, [pay("fan", "app", 2_000_000), tipForCall("fan", { address: "stranger" }, "hi")], rejected("NOT_PLATFORM"));
v("tip_for_creator", "The platform may not credit the creator with a tip to their own jar.",
  baseApp, [pay("platform", "app", 2_000_000), tipForCall("platform", { address: "creator" }, "hi")], rejected("SELF_TIP"));
v("tip_for_zero_fan", "The fan may not be the zero address.",
  baseApp, [pay("platform", "app", 2_000_000), tipForCall("platform", { hex: "00".repeat(32) }, "hi")], rejected("BAD_ARGS"));
v("tip_for_short_fan", "The fan argument must be a 32-byte address.",
  baseApp, [pay("platform", "app", 2_000_000), tipForCall("platform", { hex: Buffer.from(pk("fan")).subarray(0, 31).toString("hex") }, "hi")],
  rejected("BAD_ARGS"));
v("tip_for_missing_memo", "tip_for has three arguments; without the memo it is rejected.",
  baseApp, [pay("platform", "app", 2_000_000), appl("platform", "NoOp", [{ method: "tip_for(pay,address,string)void" }, { address: "fan" }], { fee: TIP_FEE, accounts: ["creator", "treasury"] })],
  rejected("BAD_ARGS"));
v("tip_for_payment_from_fan", "The payment must come from the caller (the platform), not from the fan.",
  baseApp, [pay("fan", "app", 2_000_000), tipForCall("platform", { address: "fan" }, "hi")], rejected("WRONG_SENDER"));
v("tip_for_below_minimum", "tip_for is held to the minimum tip like tip.",
  baseApp, [pay("platform", "app", MIN_TIP - 1), tipForCall("platform", { address: "fan" }, "hi")], rejected("BELOW_MIN_TIP"));
v("tip_for_when_paused", "tip_for is rejected while the app is paused.",
  pausedApp, [pay("platform", "app", 2_000_000), tipForCall("platform", { address: "fan" }, "hi")], rejected("PAUSED"));
v("tip_for_memo_too_long", "A 969-byte memo is rejected in tip_for too.",
  baseApp, [pay("platform", "app", 2_000_000), tipForCall("platform", { address: "fan" }, "m".repeat(969))], rejected("MEMO_TOO_LONG"));
v("tip_for_without_treasury_in_accounts", "tip_for pays the fee like tip: the treasury must be in the accounts array.",
  baseApp, [pay("platform", "app", 2_000_000), tipForCall("platform", { address: "fan" }, "hi", { accounts: ["creator"] })],
  rejected("TREASURY_NOT_IN_ACCOUNTS"));

// --- routing ----------------------------------------------------------------------------------
v("unknown_method", "A NoOp call with a selector the contract does not implement.",
  baseApp, [call("fan", "withdraw(uint64)void", [{ uint64: 1 }])], rejected("UNKNOWN_METHOD"));
v("prototype_raw_tip_selector", "The prototype's raw \"tip\" string selector is not an ARC-4 selector.",
  baseApp, [pay("fan", "app", 2_000_000), appl("fan", "NoOp", [{ hex: "746970" }, { string: "hi" }], { fee: TIP_FEE, accounts: ["creator", "treasury"] })],
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
  baseApp, [appl("creator", "DeleteApplication", [], { fee: 2000 })], rejected("NOT_PLATFORM"));
v("delete_by_stranger", "A stranger cannot delete the app.",
  baseApp, [appl("stranger", "DeleteApplication", [], { fee: 2000 })], rejected("NOT_PLATFORM"));
v("delete_by_platform", "The platform deletes the app (globalState null) and its account is closed to the platform: the 0.1 ALGO funding comes back (the call pays 2 x 1000 for itself and the inner payment).",
  baseApp, [appl("platform", "DeleteApplication", [], { fee: 2000 })],
  {
    approved: true, globalState: null,
    innerPayments: [{ receiver: "platform", amount: 0, fee: 0, closeRemainderTo: "platform" }], logs: [],
    balances: { platform: 10_000_000 - 2000 + APP_BALANCE, app: 0 },
  });
const richApp = { ...baseApp, balance: 350_000 };
v("delete_returns_everything", "Whatever the app account holds (here 0.35 ALGO, e.g. a payment sent to it outside a tip) goes to the platform.",
  richApp, [appl("platform", "DeleteApplication", [], { fee: 2000 })],
  {
    approved: true, globalState: null,
    innerPayments: [{ receiver: "platform", amount: 0, fee: 0, closeRemainderTo: "platform" }], logs: [],
    balances: { platform: 10_000_000 - 2000 + 350_000, app: 0 },
  });
const unfundedApp = { ...baseApp, balance: 0 };
v("delete_unfunded", "An app whose account was never funded is deleted without an inner payment.",
  unfundedApp, [appl("platform", "DeleteApplication", [])],
  { approved: true, globalState: null, innerPayments: [], logs: [], balances: { platform: 10_000_000 - 1000, app: 0 } });

// --- update_min_tip ---------------------------------------------------------------------------
v("update_min_tip_by_creator", "The creator raises the minimum tip.",
  baseApp, [call("creator", "update_min_tip(uint64)void", [{ uint64: 2_500_000 }])],
  approvedAdmin(baseApp, { min_tip_amount: 2_500_000 }));
v("update_min_tip_to_fee_floor_plus_one", "The lowest minimum tip a creator may set is the fee floor + 1.",
  baseApp, [call("creator", "update_min_tip(uint64)void", [{ uint64: FEE_FLOOR + 1 }])],
  approvedAdmin(baseApp, { min_tip_amount: FEE_FLOOR + 1 }));
v("update_min_tip_to_fee_floor", "A minimum tip equal to the fee floor is rejected.",
  baseApp, [call("creator", "update_min_tip(uint64)void", [{ uint64: FEE_FLOOR }])], rejected("BAD_MIN_TIP"));
v("update_min_tip_by_platform", "The platform may not change the minimum tip.",
  baseApp, [call("platform", "update_min_tip(uint64)void", [{ uint64: 2_500_000 }])], rejected("NOT_CREATOR"));
v("update_min_tip_by_stranger", "A stranger may not change the minimum tip.",
  baseApp, [call("stranger", "update_min_tip(uint64)void", [{ uint64: 1 }])], rejected("NOT_CREATOR"));
v("update_min_tip_to_zero", "The minimum tip cannot be set to 0 (even without fees).",
  noFeeApp, [call("creator", "update_min_tip(uint64)void", [{ uint64: 0 }])], rejected("BAD_MIN_TIP"));
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
