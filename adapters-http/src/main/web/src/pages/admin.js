import { useState } from "preact/hooks";
import { formatAlgo } from "../lib/algo.js";
import { api, seg } from "../lib/api.js";
import { Addr, Done, ErrorText, Field, html, Loading, shortDate, useAction, useLoad } from "../lib/ui.js";
import { currentWallet } from "../wallet/wallets.js";

/**
 * Operators: the treasury (role balances, locked ALGO, spend and runway), approvals of high-value operations (read in
 * words, signed with the connected wallet), mint jobs.
 */
export function Admin({ me }) {
  if (me?.role !== "admin") {
    return html`<h1 tabindex="-1">Admin</h1><p>Sign in with a wallet listed in <code>ADMIN_WALLETS</code> to see this page.
      <a href="#/wallet?next=%23%2Fadmin">Sign in</a></p>`;
  }
  return html`
    <h1 tabindex="-1">Admin</h1>
    <${Treasury} />
    <${Approvals} me=${me} />
    <${Jobs} />`;
}

const SPEND_KINDS = ["deployment", "mint", "delivery", "destroy"];

function Treasury() {
  const treasury = useLoad(() => api.get("/admin/treasury", { auth: true }), []);
  const t = treasury.data;
  return html`
    <section aria-labelledby="treasury-title">
      <h2 id="treasury-title">Treasury</h2>
      <${ErrorText} error=${treasury.error} />
      ${!t ? (treasury.error ? null : html`<${Loading} />`) : html`
        <p>Runway: <strong>${t.runwayDays === null ? "no net spend" : `${t.runwayDays} days`}</strong> ·
          available ${formatAlgo(t.availableMicroAlgos)} ALGO · net spend ${formatAlgo(t.netSpendPerDayMicroAlgos)} ALGO a day
          (over ${t.daysObserved} day(s)) ·
          ${t.stickerAssets} sticker asset(s) lock ${formatAlgo(t.lockedInStickersMicroAlgos)} ALGO · fees received ${formatAlgo(t.feesReceivedMicroAlgos)} ALGO</p>
        <div class="table-wrap"><table aria-label="Role accounts">
          <thead><tr><th scope="col">Role</th><th scope="col">Account</th><th scope="col">Balance (ALGO)</th>
            <th scope="col">Minimum balance</th><th scope="col">Available</th></tr></thead>
          <tbody>${t.accounts.map((a) => html`
            <tr><td>${a.role}</td><td><${Addr} value=${a.address} /></td><td>${formatAlgo(a.balanceMicroAlgos)}</td>
              <td>${formatAlgo(a.minBalanceMicroAlgos)}</td><td>${formatAlgo(a.availableMicroAlgos)}</td></tr>`)}
          </tbody>
        </table></div>
        ${t.spendPerDay.length === 0 ? html`<p class="muted">Nothing spent yet.</p>` : html`
          <div class="table-wrap"><table aria-label="Spend per day">
            <thead><tr><th scope="col">Day (UTC)</th>${SPEND_KINDS.map((k) => html`<th scope="col">${k}</th>`)}
              <th scope="col">Fees received</th><th scope="col">Returned</th></tr></thead>
            <tbody>${t.spendPerDay.map((d) => html`
              <tr><td>${d.day}</td>${SPEND_KINDS.map((k) => html`<td>${formatAlgo(d.spentMicroAlgos[k] ?? 0)}</td>`)}
                <td>${formatAlgo(d.feesReceivedMicroAlgos)}</td><td>${formatAlgo(d.returnedMicroAlgos)}</td></tr>`)}
            </tbody>
          </table></div>`}`}
    </section>`;
}

const APPROVAL_STATES = ["PENDING", "SUBMITTED", "CONFIRMED", "EXPIRED"];

function Approvals({ me }) {
  const [state, setState] = useState("PENDING");
  const [notice, setNotice] = useState(null);
  const list = useLoad(() => api.get(`/admin/approvals?state=${state}&limit=50`, { auth: true }), [state]);
  const changed = (message) => {
    setNotice(message);
    list.reload();
  };
  const chain = useLoad(() => import("../chain/transactions.js"), []);
  const items = list.data?.approvals ?? [];
  return html`
    <section aria-labelledby="approvals-title">
      <h2 id="approvals-title">Approvals</h2>
      <p>Irreversible or value-moving operations wait here until enough administrators approve. Read what the
        transaction does before you sign: your wallet signs exactly these bytes.</p>
      <${Field} id="approval-state" label="Show">
        <select id="approval-state" value=${state} onChange=${(e) => setState(e.currentTarget.value)}>
          ${APPROVAL_STATES.map((s) => html`<option value=${s}>${s.toLowerCase()}</option>`)}
        </select>
      <//>
      <${Done}>${notice}<//>
      ${list.error ? html`<${ErrorText} error=${list.error} />` : !list.data || !chain.data ? html`<${Loading} />`
        : items.length === 0 ? html`<p>No ${state.toLowerCase()} approval.</p>`
        : items.map((a) => html`<${ApprovalCard} key=${a.id} approval=${a} me=${me} chain=${chain.data} onChange=${changed} />`)}
    </section>`;
}

function ApprovalCard({ approval: a, me, chain, onChange }) {
  const action = useAction();
  let txn = null;
  let problem = null;
  try {
    txn = chain.checkApproval(a);
  } catch (error) {
    problem = error;
  }
  const member = a.members.find((m) => m.address === me.address);
  const platformKey = a.members.length === 0;
  const approve = () => action.run(async () => {
    if (platformKey) {
      await api.post(`/admin/approvals/${seg(a.id)}/signatures`, {}, { auth: true });
    } else {
      const wallet = await currentWallet();
      const signature = await wallet.signForMultisig(txn, {
        version: 1, threshold: a.threshold, addrs: a.members.map((m) => m.address),
      });
      const { toBase64 } = await import("../lib/bytes.js");
      await api.post(`/admin/approvals/${seg(a.id)}/signatures`, { signer: me.address, signature: toBase64(signature) },
        { auth: true });
    }
    // the card may leave this list (pending → submitted): the section says what happened
    onChange(`Approval recorded: ${a.summary}.`);
  });
  return html`
    <article class="card approval" aria-label=${`Approval ${a.kind}`}>
      <h3>${a.summary}</h3>
      <p class="muted">${a.kind} · signed by the ${a.role} account <${Addr} value=${a.account} /> · ${a.state} ·
        ${a.signatureCount} of ${a.threshold} signature(s) · proposed ${shortDate(a.createdAt)}</p>
      ${txn && html`<ul class="txn-words">${chain.describe(txn).map((line) => html`<li>${line}</li>`)}</ul>`}
      <p class="muted">Transaction ${a.txId}, valid until round ${a.lastValid}.</p>
      ${a.members.length > 0 && html`<p>Members: ${a.members.map((m) => html`<${Addr} value=${m.address} />${m.signed ? " ✓" : ""} `)}</p>`}
      <${ErrorText} error=${problem} />
      ${a.state === "PENDING" && !problem && (platformKey || (member && !member.signed)) && html`
        <button type="button" onClick=${approve} disabled=${action.busy}>
          ${platformKey ? "Approve (the platform signs with the role's key)" : "Sign with your wallet"}</button>`}
      ${a.state === "PENDING" && !platformKey && !member && html`<p class="muted">Your wallet is not a member of this account.</p>`}
      <${Done}>${action.done}<//>
      <${ErrorText} error=${action.error} />
    </article>`;
}

const JOB_STATES = ["DEAD", "QUEUED", "MINT_SUBMITTED", "MINTED", "DELIVERY_SUBMITTED", "PENDING_OPTIN", "DELIVERED", "DESTROY_SUBMITTED", "DESTROYED"];

function Jobs() {
  const [state, setState] = useState("DEAD");
  const list = useLoad(() => api.get(`/admin/jobs?state=${state}&limit=50`, { auth: true }), [state]);
  const action = useAction();
  const retry = (job) => action.run(async () => {
    await api.post(`/admin/jobs/${seg(job.id)}/retry`, undefined, { auth: true });
    list.reload();
    return `Job ${job.id} is queued again.`;
  });
  const jobs = list.data?.jobs ?? [];
  return html`
    <section aria-labelledby="jobs-title">
      <h2 id="jobs-title">Mint jobs</h2>
      <${Field} id="job-state" label="State">
        <select id="job-state" value=${state} onChange=${(e) => setState(e.currentTarget.value)}>
          ${JOB_STATES.map((s) => html`<option value=${s}>${s.toLowerCase().replaceAll("_", " ")}</option>`)}
        </select>
      <//>
      <${Done}>${action.done}<//>
      <${ErrorText} error=${action.error || list.error} />
      ${!list.data ? (list.error ? null : html`<${Loading} />`) : jobs.length === 0 ? html`<p>No job in this state.</p>` : html`
        <div class="table-wrap"><table>
          <thead><tr><th scope="col">Job</th><th scope="col">Fan</th><th scope="col">Stage</th><th scope="col">Attempts</th>
            <th scope="col">Why</th><th scope="col"><span class="sr-only">Action</span></th></tr></thead>
          <tbody>${jobs.map((j) => html`
            <tr><td><code>${j.id.slice(0, 8)}</code></td><td><${Addr} value=${j.fanWallet} /></td>
              <td>${j.state}${j.dead ? " (dead)" : ""}</td><td>${j.attempts}</td>
              <td>${j.deadReason || j.lastError || ""}</td>
              <td>${j.dead && html`<button type="button" class="secondary" onClick=${() => retry(j)} disabled=${action.busy}>Re-drive</button>`}</td></tr>`)}
          </tbody>
        </table></div>`}
    </section>`;
}
