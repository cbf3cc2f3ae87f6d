// An outside client of devnet: the algosdk npm package (as contracts/ installs it), nothing of ours.
// usage: node outside-client.cjs ALGOD_URL TOKEN DISPENSER_MNEMONIC APP_ID CREATOR TREASURY
// Prints one JSON line with what it saw; exits non-zero on any failure.
const path = require('path');
const algosdk = require(path.join(process.env.CONTRACTS_DIR, 'node_modules', 'algosdk'));

async function main() {
  const [url, token, mnemonic, appId, creator, treasury] = process.argv.slice(2);
  const u = new URL(url);
  const algod = new algosdk.Algodv2(token, `${u.protocol}//${u.hostname}`, u.port);
  const dispenser = algosdk.mnemonicToSecretKey(mnemonic);
  const fan = algosdk.generateAccount();
  const status = await algod.status().do();

  // fund
  let sp = await algod.getTransactionParams().do();
  const fund = algosdk.makePaymentTxnWithSuggestedParamsFromObject({
    from: dispenser.addr, to: fan.addr, amount: 20000000, suggestedParams: sp });
  await algod.sendRawTransaction(fund.signTxn(dispenser.sk)).do();
  const funded = await algosdk.waitForConfirmation(algod, fund.txID(), 20);

  // pay back
  sp = await algod.getTransactionParams().do();
  const pay = algosdk.makePaymentTxnWithSuggestedParamsFromObject({
    from: fan.addr, to: dispenser.addr, amount: 1000000, suggestedParams: sp });
  await algod.sendRawTransaction(pay.signTxn(fan.sk)).do();
  await algosdk.waitForConfirmation(algod, pay.txID(), 20);

  // the dispenser creates an ASA, the fan opts in and receives one
  const create = algosdk.makeAssetCreateTxnWithSuggestedParamsFromObject({
    from: dispenser.addr, total: 10, decimals: 0, defaultFrozen: false, unitName: 'OUT', assetName: 'outside',
    manager: dispenser.addr, suggestedParams: sp });
  await algod.sendRawTransaction(create.signTxn(dispenser.sk)).do();
  const created = await algosdk.waitForConfirmation(algod, create.txID(), 20);
  const assetId = created['asset-index'];
  const optIn = algosdk.makeAssetTransferTxnWithSuggestedParamsFromObject({
    from: fan.addr, to: fan.addr, amount: 0, assetIndex: assetId, suggestedParams: sp });
  await algod.sendRawTransaction(optIn.signTxn(fan.sk)).do();
  await algosdk.waitForConfirmation(algod, optIn.txID(), 20);
  const give = algosdk.makeAssetTransferTxnWithSuggestedParamsFromObject({
    from: dispenser.addr, to: fan.addr, amount: 1, assetIndex: assetId, suggestedParams: sp });
  await algod.sendRawTransaction(give.signTxn(dispenser.sk)).do();
  await algosdk.waitForConfirmation(algod, give.txID(), 20);
  const holding = await algod.accountAssetInformation(fan.addr, assetId).do();

  // a tip through the TipProxy: [pay fan → app, appl tip(pay,string)]
  const method = new algosdk.ABIMethod({ name: 'tip', args: [{ type: 'pay' }, { type: 'string' }],
    returns: { type: 'void' } });
  const tipSp = { ...sp, flatFee: true, fee: 4 * 1000 };
  const tipPay = algosdk.makePaymentTxnWithSuggestedParamsFromObject({
    from: fan.addr, to: algosdk.getApplicationAddress(Number(appId)), amount: 3000000, suggestedParams: tipSp });
  const tipCall = algosdk.makeApplicationNoOpTxnFromObject({
    from: fan.addr, appIndex: Number(appId), suggestedParams: tipSp, accounts: [creator, treasury],
    appArgs: [method.getSelector(), algosdk.ABIType.from('string').encode('from node')] });
  algosdk.assignGroupID([tipPay, tipCall]);
  await algod.sendRawTransaction([tipPay.signTxn(fan.sk), tipCall.signTxn(fan.sk)]).do();
  const tipped = await algosdk.waitForConfirmation(algod, tipCall.txID(), 20);

  // read the block back (msgpack, decoded by the SDK)
  const block = await algod.block(tipped['confirmed-round']).do();
  const account = await algod.accountInformation(fan.addr).do();
  console.log(JSON.stringify({
    startRound: status['last-round'], fundedRound: funded['confirmed-round'], assetId,
    holding: holding['asset-holding'].amount, tipRound: tipped['confirmed-round'], tipLogs: (tipped.logs || []).length,
    blockRound: block.block.rnd, blockTxns: (block.block.txns || []).length, balance: account.amount,
    assets: (account.assets || []).length }));
}

main().catch((e) => { console.error(e && e.stack ? e.stack : e); process.exit(1); });
