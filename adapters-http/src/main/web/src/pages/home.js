import { useState } from "preact/hooks";
import { api } from "../lib/api.js";
import { showAlgo } from "../lib/algo.js";
import { go } from "../lib/router.js";
import { Addr, ErrorText, Field, html, Loading, useLoad } from "../lib/ui.js";

const ADDRESS = /^[A-Z2-7]{58}$/;

/** Discover: find a creator by wallet address or name, and the top creators. */
export function Home() {
  const top = useLoad(() => api.get("/leaderboard/global/top-creators?limit=20"), []);
  const [query, setQuery] = useState("");
  const [problem, setProblem] = useState(null);
  const find = (event) => {
    event.preventDefault();
    const text = query.trim();
    if (ADDRESS.test(text.toUpperCase())) {
      go(`/c/${text.toUpperCase()}`);
      return;
    }
    const match = (top.data?.leaderboard ?? []).find((c) => c.username?.toLowerCase() === text.toLowerCase());
    if (match) go(`/c/${match.creatorWallet}`);
    else setProblem(new Error(`No creator named “${text}” among the top creators; paste their wallet address instead.`));
  };
  return html`
    <h1 tabindex="-1">Tip creators, collect stickers</h1>
    <p class="lead">Send a tip in ALGO to a creator you like: it goes straight to them through their tip jar on
      Algorand, and you get an NFT sticker for it — soulbound, or golden for the bigger tips.</p>
    <form class="card search" role="search" onSubmit=${find}>
      <${Field} id="find-creator" label="Find a creator" hint="Their wallet address (58 characters) or their name">
        <input id="find-creator" value=${query} required autocomplete="off" aria-describedby="find-creator-hint"
          onInput=${(e) => { setQuery(e.currentTarget.value); setProblem(null); }} />
      <//>
      <button type="submit">Find</button>
      <${ErrorText} error=${problem} />
    </form>
    <section aria-labelledby="top-title">
      <h2 id="top-title">Top creators</h2>
      ${top.loading && !top.data ? html`<${Loading} />` : top.error ? html`<${ErrorText} error=${top.error} />`
        : top.data.leaderboard.length === 0 ? html`<p>No creator has received a tip yet. <a href="#/studio">Be the first creator</a>.</p>`
        : html`<ol class="ranking">
          ${top.data.leaderboard.map((c) => html`
            <li><a href=${`#/c/${c.creatorWallet}`}>${c.username || html`<${Addr} value=${c.creatorWallet} />`}</a>
              <span class="muted">${showAlgo(c.totalReceivedAlgo)} from ${c.uniqueFans} fan${c.uniqueFans === 1 ? "" : "s"}</span></li>`)}
        </ol>`}
    </section>
    <section class="card" aria-labelledby="how-title">
      <h2 id="how-title">How it works</h2>
      <ol>
        <li><a href="#/wallet">Sign in</a> with your wallet.</li>
        <li>Pick a creator and a tip: the creator's sticker templates show the threshold of each sticker.</li>
        <li>Your wallet signs the tip; the platform sees it on chain and mints your sticker.</li>
        <li>Opt in to the sticker's asset (your wallet signs once) and it is delivered to you.</li>
      </ol>
      <p>Creators: <a href="#/studio">open the creator studio</a> to register and upload stickers.</p>
    </section>`;
}
