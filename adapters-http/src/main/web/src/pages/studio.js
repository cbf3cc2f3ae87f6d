import { useEffect, useState } from "preact/hooks";
import { api, seg } from "../lib/api.js";
import { algoProblem, normalizeAlgo, showAlgo } from "../lib/algo.js";
import { Addr, Done, ErrorText, Field, html, Loading, shortDate, useAction, useLoad, usePoll } from "../lib/ui.js";
import { currentWallet } from "../wallet/wallets.js";
import { TemplateCard } from "./creator-page.js";

/** The creator studio: register, dashboard, pause/unpause, sticker templates, leaderboard. */
export function Studio({ me }) {
  if (!me) {
    return html`<h1 tabindex="-1">Creator studio</h1>
      <p><a class="button" href="#/wallet?next=%23%2Fstudio">Sign in</a> with the wallet that receives your tips.</p>`;
  }
  return html`<${CreatorStudio} key=${me.address} me=${me} />`;
}

function CreatorStudio({ me }) {
  const dashboard = useLoad(() => api.get(`/creator/${seg(me.address)}/dashboard`).catch((error) => {
    if (error.status === 404) return null;
    throw error;
  }), [me.address]);
  const deploying = dashboard.data?.contract && !dashboard.data.contract.active;
  usePoll(dashboard.reload, 2000, !!deploying);
  if (dashboard.error) return html`<h1 tabindex="-1">Creator studio</h1><${ErrorText} error=${dashboard.error} />`;
  if (!dashboard.data && dashboard.loading) return html`<h1 tabindex="-1">Creator studio</h1><${Loading} />`;
  if (!dashboard.data || !dashboard.data.contract) return html`<${Register} me=${me} onDone=${dashboard.reload} />`;
  const d = dashboard.data;
  return html`
    <h1 tabindex="-1">${d.username ? `${d.username}'s studio` : "Creator studio"}</h1>
    <p>Your public page: <a href=${`#/c/${me.address}`}>share this link with your fans</a>.</p>
    <${Dashboard} d=${d} me=${me} onChange=${dashboard.reload} />
    ${d.contract.active && html`<${Templates} me=${me} />`}
    <${Leaderboard} me=${me} />`;
}

function Register({ me, onDone }) {
  const [username, setUsername] = useState("");
  const [minTip, setMinTip] = useState("1");
  const action = useAction();
  const problem = algoProblem(minTip);
  const submit = (event) => {
    event.preventDefault();
    action.run(async () => {
      if (problem) throw new Error(`Minimum tip: ${problem}`);
      await api.post("/creator/register", {
        walletAddress: me.address, username: username.trim() || null, minTipAlgo: normalizeAlgo(minTip),
      }, { auth: true });
      onDone();
    });
  };
  return html`
    <h1 tabindex="-1">Become a creator</h1>
    <p>Registering deploys your own tip jar — a TipProxy app on Algorand that forwards every tip to your wallet
      <${Addr} value=${me.address} /> and lets the platform reward your fans with stickers.</p>
    <form class="card" onSubmit=${submit} novalidate>
      <${Field} id="reg-username" label="Name shown to fans (optional)">
        <input id="reg-username" value=${username} maxlength="50" autocomplete="nickname"
          onInput=${(e) => setUsername(e.currentTarget.value)} />
      <//>
      <${Field} id="reg-min-tip" label="Minimum tip (ALGO)" hint="The smallest tip your tip jar accepts">
        <input id="reg-min-tip" inputmode="decimal" value=${minTip} required aria-describedby="reg-min-tip-hint"
          aria-invalid=${!!problem} onInput=${(e) => setMinTip(e.currentTarget.value)} />
      <//>
      <button type="submit" id="reg-submit" disabled=${action.busy}>${action.busy ? "Deploying your tip jar…" : "Register"}</button>
      <${ErrorText} error=${action.error} />
    </form>`;
}

function Dashboard({ d, me, onChange }) {
  const jar = d.contract;
  const action = useAction();
  const toggle = (pause) => action.run(async () => {
    const chain = await import("../chain/transactions.js");
    const prepared = await api.post(`/creator/${seg(me.address)}/${pause ? "pause" : "unpause"}-contract`, undefined, { auth: true });
    const txn = chain.checkAppCall(chain.decodeUnsigned(prepared.unsignedTxn), me.address, jar.appId);
    const [signed] = await (await currentWallet()).signTransactions([txn]);
    await api.post("/submit", { signedTxn: chain.encodeSigned([signed])[0] });
    setTimeout(onChange, 1500);
    return pause ? "Pause sent: tips are refused once it is on chain." : "Unpause sent: tips open again once it is on chain.";
  });
  return html`
    <section aria-labelledby="dash-title">
      <h2 id="dash-title">Dashboard</h2>
      <dl class="stats">
        <div><dt>Tips</dt><dd>${d.totalTips}</dd></div>
        <div><dt>Received</dt><dd>${showAlgo(d.totalReceivedAlgo)}</dd></div>
        <div><dt>Fans</dt><dd>${d.totalFans}</dd></div>
        <div><dt>Stickers minted</dt><dd>${d.totalStickersMinted}</dd></div>
      </dl>
      <div class="card">
        <h3>Tip jar</h3>
        <p>${jar.active ? html`App <strong>${jar.appId}</strong> (version ${jar.version}), minimum tip ${showAlgo(jar.minTipAlgo)}.`
          : html`<span class="spinner" aria-hidden="true"></span> Your tip jar is being deployed (${jar.status})…`}</p>
        ${d.stats && html`<p>On chain: ${d.stats.paused ? html`<strong class="status paused">paused</strong> — tips are refused`
          : html`<strong class="status delivered">open</strong> for tips`}; ${d.stats.totalTips} tip(s), ${showAlgo(d.stats.totalAmountAlgo)}.
          ${(d.stats.feeBasisPoints > 0 || d.stats.feeFloorMicroAlgos > 0) && html` Platform fee ${d.stats.feeBasisPoints / 100}% of each tip, at least
            ${showAlgo(d.stats.feeFloorMicroAlgos)}.`}</p>`}
        ${jar.active && d.stats && html`
          <button type="button" id=${d.stats.paused ? "unpause" : "pause"} class="secondary" disabled=${action.busy}
            onClick=${() => toggle(!d.stats.paused)}>${d.stats.paused ? "Unpause tips" : "Pause tips"}</button>`}
        <${Done}>${action.done}<//>
        <${ErrorText} error=${action.error} />
      </div>
      ${d.recentTransactions.length > 0 && html`
        <h3>Latest tips</h3>
        <div class="table-wrap"><table>
          <thead><tr><th scope="col">When</th><th scope="col">Fan</th><th scope="col">Amount</th><th scope="col">Message</th></tr></thead>
          <tbody>${d.recentTransactions.map((t) => html`
            <tr><td>${shortDate(t.detectedAt)}</td><td><${Addr} value=${t.fanWallet} /></td>
              <td>${showAlgo(t.amountAlgo)}</td><td>${t.memo}</td></tr>`)}</tbody>
        </table></div>`}
    </section>`;
}

function Templates({ me }) {
  const list = useLoad(() => api.get(`/creator/${seg(me.address)}/templates?limit=100`), [me.address]);
  const remove = useAction();
  const del = (t) => remove.run(async () => {
    await api.delete(`/creator/${seg(me.address)}/template/${seg(t.id)}`, { auth: true });
    list.reload();
    return `“${t.name}” deleted.`;
  });
  return html`
    <section aria-labelledby="tpl-title">
      <h2 id="tpl-title">Sticker templates</h2>
      <${Upload} me=${me} onDone=${list.reload} />
      ${list.error ? html`<${ErrorText} error=${list.error} />` : !list.data ? html`<${Loading} />`
        : list.data.templates.length === 0 ? html`<p>No template yet: fans' tips earn no sticker until you upload one.</p>`
        : html`<ul class="grid">${list.data.templates.map((t) => html`<li><${TemplateCard} template=${t}>
            <p class="muted">${t.mintCount} minted</p>
            ${t.mintCount === 0 && html`<button type="button" class="link danger" onClick=${() => del(t)}
              aria-label=${`Delete template ${t.name}`}>Delete</button>`}
          <//></li>`)}</ul>`}
      <${Done}>${remove.done}<//>
      <${ErrorText} error=${remove.error} />
    </section>`;
}

const IMAGE_TYPES = "image/png,image/jpeg,image/gif,image/webp";

function Upload({ me, onDone }) {
  const [name, setName] = useState("");
  const [type, setType] = useState("soulbound");
  const [category, setCategory] = useState("tip");
  const [threshold, setThreshold] = useState("1");
  const [file, setFile] = useState(null);
  const [preview, setPreview] = useState(null);
  const action = useAction();
  useEffect(() => {
    if (!file) return undefined;
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);
  const problem = category === "tip" ? algoProblem(threshold) : null;
  const submit = (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    action.run(async () => {
      if (!name.trim()) throw new Error("Give the sticker a name.");
      if (problem) throw new Error(`Threshold: ${problem}`);
      if (!file) throw new Error("Choose an image (PNG, JPEG, GIF or WebP, at most 5 MB).");
      if (file.size > 5 * 1024 * 1024) throw new Error("The image is larger than 5 MB.");
      const body = new FormData();
      body.append("name", name.trim());
      body.append("sticker_type", category === "tip" ? type : "soulbound");
      body.append("category", category);
      if (category === "tip") body.append("tip_threshold", normalizeAlgo(threshold));
      body.append("image", file);
      await api.upload(`/creator/${seg(me.address)}/sticker-template`, body);
      form.reset();
      setName("");
      setFile(null);
      setPreview(null);
      onDone();
      return "Template uploaded.";
    });
  };
  return html`
    <form class="card upload" onSubmit=${submit} novalidate>
      <h3>Upload a sticker</h3>
      <div class="upload-grid">
        <div>
          <${Field} id="tpl-name" label="Name">
            <input id="tpl-name" value=${name} maxlength="100" required onInput=${(e) => setName(e.currentTarget.value)} />
          <//>
          <${Field} id="tpl-category" label="Earned by">
            <select id="tpl-category" value=${category} onChange=${(e) => setCategory(e.currentTarget.value)}>
              <option value="tip">a tip of at least the threshold</option>
              <option value="membership_bronze">a bronze membership (5 ALGO, 30 days)</option>
              <option value="membership_silver">a silver membership (12 ALGO, 90 days)</option>
              <option value="membership_gold">a gold membership (40 ALGO, 365 days)</option>
            </select>
          <//>
          ${category === "tip" && html`
            <${Field} id="tpl-type" label="Kind">
              <select id="tpl-type" value=${type} onChange=${(e) => setType(e.currentTarget.value)}>
                <option value="soulbound">soulbound (stays with the fan)</option>
                <option value="golden">golden (the fan can trade it)</option>
              </select>
            <//>
            <${Field} id="tpl-threshold" label="Threshold (ALGO)" hint="The smallest tip that earns this sticker">
              <input id="tpl-threshold" inputmode="decimal" value=${threshold} aria-describedby="tpl-threshold-hint"
                aria-invalid=${!!problem} onInput=${(e) => setThreshold(e.currentTarget.value)} />
            <//>`}
          <${Field} id="tpl-image" label="Image" hint="PNG, JPEG, GIF or WebP, at most 5 MB">
            <input id="tpl-image" type="file" accept=${IMAGE_TYPES} aria-describedby="tpl-image-hint"
              onChange=${(e) => setFile(e.currentTarget.files[0] ?? null)} />
          <//>
        </div>
        <figure class="preview">
          ${preview ? html`<img src=${preview} alt="Preview of the sticker image" width="160" height="160" />`
            : html`<div class="placeholder" aria-hidden="true">preview</div>`}
          <figcaption>${preview ? "Preview" : "No image chosen"}</figcaption>
        </figure>
      </div>
      <button type="submit" id="tpl-submit" disabled=${action.busy}>${action.busy ? "Uploading…" : "Upload"}</button>
      <${Done}>${action.done}<//>
      <${ErrorText} error=${action.error} />
    </form>`;
}

function Leaderboard({ me }) {
  const board = useLoad(() => api.get(`/leaderboard/${seg(me.address)}?limit=20`), [me.address]);
  if (!board.data || board.data.leaderboard.length === 0) return null;
  return html`
    <section aria-labelledby="lb-title">
      <h2 id="lb-title">Your top fans</h2>
      <div class="table-wrap"><table>
        <thead><tr><th scope="col">Rank</th><th scope="col">Fan</th><th scope="col">Tips</th><th scope="col">Total</th><th scope="col">Stickers</th></tr></thead>
        <tbody>${board.data.leaderboard.map((f) => html`
          <tr><td>${f.rank}</td><td><${Addr} value=${f.fanWallet} /></td><td>${f.tipCount}</td>
            <td>${showAlgo(f.totalAlgo)}</td><td>${f.nftCount}</td></tr>`)}</tbody>
      </table></div>
    </section>`;
}
