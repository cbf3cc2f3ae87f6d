import { useState } from "preact/hooks";
import { api, seg } from "../lib/api.js";
import { algoProblem, normalizeAlgo, showAlgo, toMicroAlgos } from "../lib/algo.js";
import { go } from "../lib/router.js";
import { expectedSticker, platformFee, TIERS, tipMemo } from "../lib/stickers.js";
import { Addr, ErrorText, Field, html, ipfsPath, Loading, useAction, useLoad } from "../lib/ui.js";
import { currentWallet } from "../wallet/wallets.js";

/** A creator as fans see them: tip jar, sticker templates and thresholds, the tip form, top fans. */
export function CreatorPage({ route, me }) {
  const wallet = route.parts[1];
  const data = useLoad(async () => {
    const [jar, templates, board, stats] = await Promise.all([
      api.get(`/creator/${seg(wallet)}/contract`),
      api.get(`/creator/${seg(wallet)}/templates?limit=100`),
      api.get(`/leaderboard/${seg(wallet)}?limit=10`).catch(() => null),
      api.get(`/creator/${seg(wallet)}/contract/stats`).catch(() => null),
    ]);
    return { jar, templates: templates.templates, board, stats };
  }, [wallet]);
  if (data.loading && !data.data) return html`<h1 tabindex="-1">Creator</h1><${Loading} />`;
  if (data.error) {
    return html`<h1 tabindex="-1">Creator</h1>
      <${ErrorText} error=${data.error.status === 404 ? new Error("This wallet is not a registered creator.") : data.error} />
      <p><a href="#/">Find another creator</a></p>`;
  }
  const { jar, templates, board, stats } = data.data;
  const name = board?.creatorUsername;
  return html`
    <h1 tabindex="-1">${name || html`Creator <${Addr} value=${wallet} />`}</h1>
    <p class="muted">Wallet <code class="wrap">${wallet}</code> · tip jar app ${jar.appId ?? "(deploying)"} ·
      minimum tip ${showAlgo(jar.minTipAlgo)} · ${jar.status}</p>
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">Stickers you can earn</h2>
      ${templates.length === 0 ? html`<p>This creator has no sticker yet; tips still reach them, without a sticker.</p>`
        : html`<ul class="grid">${templates.map((t) => html`<li><${TemplateCard} template=${t} /></li>`)}</ul>`}
    </section>
    <${TipForm} me=${me} jar=${jar} stats=${stats} creator=${wallet} templates=${templates} />
    ${board && board.leaderboard.length > 0 && html`
      <section aria-labelledby="fans-title">
        <h2 id="fans-title">Top fans</h2>
        <ol class="ranking">${board.leaderboard.map((f) => html`
          <li><${Addr} value=${f.fanWallet} /> <span class="muted">${showAlgo(f.totalAlgo)} in ${f.tipCount} tip(s)</span></li>`)}
        </ol>
      </section>`}`;
}

export function TemplateCard({ template: t, children }) {
  const src = ipfsPath(t.imageUrl);
  return html`
    <article class="sticker">
      ${src ? html`<img src=${src} alt=${`Sticker “${t.name}”`} loading="lazy" width="160" height="160" />` : null}
      <h3>${t.name}</h3>
      <p><span class=${`badge ${t.stickerType}`}>${t.stickerType}</span>
        ${t.category === "tip" ? html` from ${showAlgo(t.tipThresholdAlgo)}` : html` ${t.category.replace("_", " ")}`}</p>
      ${children}
    </article>`;
}

function TipForm({ me, jar, stats, creator, templates }) {
  const [amount, setAmount] = useState(normalizeAlgo(jar.minTipAlgo || "1"));
  const [message, setMessage] = useState("");
  const [tier, setTier] = useState("");
  const action = useAction();
  const problem = algoProblem(amount);
  const micro = problem ? null : toMicroAlgos(amount);
  const belowMin = micro !== null && micro < BigInt(jar.minTipMicroAlgos);
  const earns = micro === null ? null : expectedSticker(templates, micro, tier || null);
  const fee = micro === null ? 0n : platformFee(stats, micro);
  const odds = useLoad(() => (me && micro !== null && micro > 0n
    ? api.get(`/fan/${seg(me.address)}/golden-odds?amountAlgo=${encodeURIComponent(normalizeAlgo(amount))}`)
    : null), [me?.address, micro === null ? "" : micro.toString()]);
  const tiers = Object.entries(TIERS).filter(([, t]) => templates.some((tpl) => tpl.category === t.category));
  const own = me?.address === creator;

  const tip = (event) => {
    event.preventDefault();
    action.run(async () => {
      if (problem) throw new Error(problem);
      if (belowMin) throw new Error(`The minimum tip of this creator is ${showAlgo(jar.minTipAlgo)}.`);
      const chain = await import("../chain/transactions.js");
      const wallet = await currentWallet();
      const params = await api.get("/params");
      const txns = chain.tipGroup({
        params, fan: me.address, appId: jar.appId, appAddress: jar.appAddress, creator,
        treasury: stats?.treasuryAddress ?? null, microAlgos: micro, memo: tipMemo(tier, message),
      });
      const signed = await wallet.signTransactions(txns);
      await api.post("/submit-group", { signedTxns: chain.encodeSigned(signed) });
      go(`/me?tips=${txns.map(chain.txId).join(",")}`);
    });
  };
  if (!jar.active || !jar.appId) {
    return html`<p class="card">This creator's tip jar is ${jar.status}; tips open when it is active.</p>`;
  }
  return html`
    <section class="card" aria-labelledby="tip-title">
      <h2 id="tip-title">Send a tip</h2>
      ${!me ? html`<p><a class="button" href=${`#/wallet?next=${encodeURIComponent(`#/c/${creator}`)}`}>Sign in to tip</a></p>`
      : own ? html`<p>This is your own tip jar: self-tips earn no sticker. <a href="#/studio">Open your studio</a>.</p>`
      : html`
      <form onSubmit=${tip} novalidate>
        <${Field} id="tip-amount" label="Amount (ALGO)" hint=${`At least ${showAlgo(jar.minTipAlgo)}; up to 6 decimals`}>
          <input id="tip-amount" inputmode="decimal" value=${amount} required aria-describedby="tip-amount-hint"
            aria-invalid=${!!problem || belowMin} onInput=${(e) => setAmount(e.currentTarget.value)} />
        <//>
        ${tiers.length > 0 && html`
          <${Field} id="tip-tier" label="Reward">
            <select id="tip-tier" value=${tier} onChange=${(e) => setTier(e.currentTarget.value)}>
              <option value="">A tip sticker</option>
              ${tiers.map(([key, t]) => html`<option value=${key}>${key} membership (from ${showAlgo(t.minimum)}, ${t.days} days)</option>`)}
            </select>
          <//>`}
        <${Field} id="tip-memo" label="Message (optional)">
          <input id="tip-memo" value=${message} maxlength="200" onInput=${(e) => setMessage(e.currentTarget.value)} />
        <//>
        <p role="status" class="earns">
          ${problem ? problem : belowMin ? `Below this creator's minimum tip (${showAlgo(jar.minTipAlgo)}).`
            : earns ? html`You will earn <strong>${earns.name}</strong> (${tier ? "soulbound membership" : earns.stickerType}).`
            : "This amount earns no sticker."}
          ${fee > 0n && !problem && !belowMin ? html` <span class="muted">Platform fee ${showAlgo(fee)}; the creator
            receives ${showAlgo(micro - fee)}.</span>` : null}
          ${odds.data && !tier ? html` <span class="muted">Golden odds: ${(odds.data.totalBps / 100).toFixed(2)}% — ${odds.data.description}</span>` : null}
        </p>
        <button type="submit" id="tip-send" disabled=${action.busy}>
          ${action.busy ? "Waiting for your wallet…" : `Tip ${problem ? "" : showAlgo(normalizeAlgo(amount))}`}</button>
        <${ErrorText} error=${action.error} />
      </form>`}
    </section>`;
}
