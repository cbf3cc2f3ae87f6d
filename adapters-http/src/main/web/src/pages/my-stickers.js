import { api, seg } from "../lib/api.js";
import { showAlgo } from "../lib/algo.js";
import { Addr, Done, ErrorText, html, ipfsPath, Loading, shortDate, useAction, useLoad, usePoll } from "../lib/ui.js";
import { currentWallet } from "../wallet/wallets.js";

/**
 * The fan's page: stickers as they arrive (waiting for the mint → waiting for the opt-in → delivered), opt in and
 * claim, stats, and the test faucet on the simulated network. It polls every 2 s while something is on its way.
 */
export function MyStickers({ route, me, net }) {
  if (!me) return html`<h1 tabindex="-1">My stickers</h1><p><a class="button" href="#/wallet?next=%23%2Fme">Sign in</a> to see your stickers.</p>`;
  return html`<${FanPage} key=${me.address} route=${route} me=${me} net=${net} />`;
}

function FanPage({ route, me, net }) {
  const tips = (route.query.get("tips") || "").split(",").filter(Boolean);
  const inventory = useLoad(() => api.get(`/fan/${seg(me.address)}/inventory?limit=100`), [me.address]);
  const stats = useLoad(() => api.get(`/fan/${seg(me.address)}/stats`), [me.address]);
  const stickers = inventory.data?.nfts ?? [];
  const waitingForMint = tips.length > 0 && !stickers.some((s) => tips.includes(s.tipTxId));
  const pending = stickers.some((s) => s.deliveryStatus === "pending_optin");
  usePoll(() => { inventory.reload(); stats.reload(); }, 2000, waitingForMint || pending);
  return html`
    <h1 tabindex="-1">My stickers</h1>
    <p class="muted">Wallet <code class="wrap">${me.address}</code></p>
    ${net?.devWalletAllowed && html`<${Faucet} me=${me} />`}
    ${tips.length > 0 && html`
      <div class="card progress" role="status" aria-live="polite">
        ${waitingForMint ? html`<p><span class="spinner" aria-hidden="true"></span> Tip sent. The platform sees it on
          chain and mints your sticker; this takes a few rounds…</p>`
        : html`<p class="ok">Your tip's sticker is minted${stickers.find((s) => tips.includes(s.tipTxId))?.deliveryStatus === "delivered"
          ? " and delivered." : ": opt in below to receive it."}</p>`}
      </div>`}
    <section aria-labelledby="inventory-title">
      <h2 id="inventory-title">Collection</h2>
      ${inventory.error ? html`<${ErrorText} error=${inventory.error} />`
        : !inventory.data ? html`<${Loading} />`
        : stickers.length === 0 ? html`<p>No sticker yet. <a href="#/">Find a creator</a> and send a tip.</p>`
        : html`<ul class="grid">${stickers.map((s) => html`<li><${StickerCard} sticker=${s} me=${me} onChange=${inventory.reload} /></li>`)}</ul>`}
    </section>
    <${Stats} stats=${stats} />`;
}

const STATUS = { pending_optin: "Waiting for your opt-in", delivered: "Delivered", expired: "Expired (never claimed)" };

function StickerCard({ sticker: s, me, onChange }) {
  const action = useAction();
  const src = ipfsPath(s.imageUrl);
  const optIn = () => action.run(async () => {
    const chain = await import("../chain/transactions.js");
    const prepared = await api.post("/nft/optin", { assetId: s.assetId, fanWallet: me.address }, { auth: true });
    const txn = chain.checkOptIn(chain.decodeUnsigned(prepared.unsignedTxn), me.address, s.assetId);
    const [signed] = await (await currentWallet()).signTransactions([txn]);
    await api.post("/submit", { signedTxn: chain.encodeSigned([signed])[0] });
    onChange();
    return "Opted in. The sticker is delivered as soon as the opt-in is on chain.";
  });
  const claim = () => action.run(async () => {
    const reply = await api.post(`/fan/${seg(me.address)}/claim/${seg(s.id)}`, undefined, { auth: true });
    onChange();
    return reply?.status === "delivered" ? "Delivered." : "Delivery submitted.";
  });
  return html`
    <article class=${`sticker ${s.deliveryStatus}`} aria-label=${`${s.templateName ?? "Sticker"}, ${STATUS[s.deliveryStatus] ?? s.deliveryStatus}`}>
      ${src ? html`<img src=${src} alt=${`Sticker “${s.templateName ?? s.assetId}”`} loading="lazy" width="160" height="160" />` : null}
      <h3>${s.templateName ?? `Sticker ${s.assetId}`}</h3>
      <p><span class=${`badge ${s.stickerType}`}>${s.stickerType}</span> asset ${s.assetId}</p>
      <p class=${`status ${s.deliveryStatus}`}>${STATUS[s.deliveryStatus] ?? s.deliveryStatus}</p>
      ${s.deliveryStatus === "pending_optin" && html`
        <div class="row">
          <button type="button" onClick=${optIn} disabled=${action.busy}>Opt in to receive it</button>
          <button type="button" class="secondary" onClick=${claim} disabled=${action.busy}>Claim</button>
        </div>`}
      ${s.expiresAt && html`<p class="muted">Membership valid until ${shortDate(s.expiresAt)}</p>`}
      <p class="muted">From <${Addr} value=${s.creatorWallet} /></p>
      <${Done}>${action.done}<//>
      <${ErrorText} error=${action.error} />
    </article>`;
}

function Stats({ stats }) {
  const s = stats.data;
  if (stats.error) return html`<${ErrorText} error=${stats.error} />`;
  if (!s) return null;
  return html`
    <section aria-labelledby="stats-title">
      <h2 id="stats-title">Your tipping</h2>
      <dl class="stats">
        <div><dt>Tips</dt><dd>${s.totalTips}</dd></div>
        <div><dt>Spent</dt><dd>${showAlgo(s.totalSpentAlgo)}</dd></div>
        <div><dt>Average tip</dt><dd>${showAlgo(s.averageTipAlgo)}</dd></div>
        <div><dt>Creators</dt><dd>${s.uniqueCreators}</dd></div>
        <div><dt>Soulbound</dt><dd>${s.totalSoulbound}</dd></div>
        <div><dt>Golden</dt><dd>${s.totalGolden}</dd></div>
      </dl>
    </section>`;
}

function Faucet({ me }) {
  const action = useAction();
  const fund = () => action.run(async () => {
    const reply = await api.post("/simulate/fund-wallet", { walletAddress: me.address, amountAlgo: "10" }, { auth: true });
    return reply?.status === "awaiting_approval" ? "The faucet payment waits for an administrator's approval."
      : "10 test ALGO are on their way to your wallet.";
  });
  return html`
    <div class="card faucet">
      <p>Test network: get free test ALGO to tip with (simulated faucet, at most 10 ALGO a call).</p>
      <button type="button" id="faucet" class="secondary" onClick=${fund} disabled=${action.busy}>Get 10 test ALGO</button>
      <${Done}>${action.done}<//>
      <${ErrorText} error=${action.error} />
    </div>`;
}
