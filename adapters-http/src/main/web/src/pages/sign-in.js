import { useEffect, useState } from "preact/hooks";
import { go } from "../lib/router.js";
import { Addr, ErrorText, Field, html, Loading, useAction } from "../lib/ui.js";
import { loadDevWallet, signIn } from "../wallet/wallets.js";

/** Sign in: Pera Wallet on the public networks, the development wallet on the simulated network and devnet. */
export function SignIn({ route, me, net }) {
  const next = route.query.get("next") || "#/me";
  const done = () => go(next.replace(/^#/, ""));
  return html`
    <h1 tabindex="-1">Sign in with a wallet</h1>
    <p>Signing in proves you hold the wallet: it signs a one-time message from the server. It sends no transaction
      and costs no fee. The access token lasts 15 minutes; then you sign again.</p>
    ${me && html`<p class="ok">You are signed in as <${Addr} value=${me.address} /> (${me.role}).</p>`}
    ${!net ? html`<${Loading} what="Asking the server which network it runs on" />` : html`
      ${net.public && html`<${PeraSignIn} net=${net} onDone=${done} />`}
      ${net.devWalletAllowed && html`<${DevSignIn} onDone=${done} />`}`}`;
}

function PeraSignIn({ net, onDone }) {
  const action = useAction();
  const connect = () => action.run(async () => {
    const { connectPera } = await import("../wallet/pera.js");
    await signIn(await connectPera(net.peraChainId), "mx");
    onDone();
  });
  return html`
    <section class="card" aria-labelledby="pera-title">
      <h2 id="pera-title">Pera Wallet</h2>
      <p>Scan the QR code with Pera Wallet on your phone (or use Pera Web), then approve the sign-in message.</p>
      <button type="button" onClick=${connect} disabled=${action.busy}>
        ${action.busy ? "Waiting for Pera Wallet…" : "Connect Pera Wallet"}</button>
      <${ErrorText} error=${action.error} />
    </section>`;
}

function DevSignIn({ onDone }) {
  const [dev, setDev] = useState(null);
  const [accounts, setAccounts] = useState([]);
  const [chosen, setChosen] = useState("");
  const [label, setLabel] = useState("");
  const [scheme, setScheme] = useState("mx");
  const [loadError, setLoadError] = useState(null);
  const action = useAction();
  useEffect(() => {
    loadDevWallet().then((module) => {
      setDev(module);
      const list = module.listAccounts();
      setAccounts(list);
      setChosen(list[0]?.address ?? "");
    }, () => setLoadError(new Error("The development wallet could not be loaded; reload the page.")));
  }, []);
  const create = (event) => {
    event.preventDefault();
    const account = dev.createAccount(label.trim());
    setAccounts(dev.listAccounts());
    setChosen(account.address);
    setLabel("");
  };
  const forget = () => {
    dev.forgetAccount(chosen);
    const list = dev.listAccounts();
    setAccounts(list);
    setChosen(list[0]?.address ?? "");
  };
  const submit = (event) => {
    event.preventDefault();
    action.run(async () => {
      await signIn(dev.openDevWallet(chosen, scheme), scheme);
      onDone();
    });
  };
  return html`
    <section class="card dev-wallet" aria-labelledby="dev-title">
      <h2 id="dev-title">Development wallet <span class="badge dev">not for real money</span></h2>
      <p class="warning" role="note"><strong>Development only.</strong> Its keys are generated in this browser and
        kept in its local storage; they never leave it, and anyone using this browser can use them. It is offered
        only on the simulated network and devnet; on MainNet use Pera Wallet.</p>
      ${loadError ? html`<${ErrorText} error=${loadError} />` : !dev ? html`<${Loading} what="Loading the development wallet" />` : html`
        <form onSubmit=${submit}>
          ${accounts.length === 0 ? html`<p>No account yet: create one below.</p>` : html`
            <fieldset>
              <legend>Account</legend>
              ${accounts.map((account) => html`
                <label class="choice">
                  <input type="radio" name="dev-account" value=${account.address} checked=${chosen === account.address}
                    onChange=${() => setChosen(account.address)} />
                  ${account.label} <${Addr} value=${account.address} />
                </label>`)}
            </fieldset>
            <${Field} id="dev-scheme" label="Signing scheme">
              <select id="dev-scheme" value=${scheme} onChange=${(e) => setScheme(e.currentTarget.value)}>
                <option value="mx">signBytes ("MX" + message), as Pera and algosdk sign</option>
                <option value="arc60">ARC-60 (CAIP-122 request, authenticator data)</option>
              </select>
            <//>
            <div class="row">
              <button type="submit" id="dev-sign-in" disabled=${!chosen || action.busy}>
                ${action.busy ? "Signing in…" : "Sign in with this account"}</button>
              <button type="button" class="secondary" onClick=${forget} disabled=${!chosen}>Forget this account</button>
            </div>`}
          <${ErrorText} error=${action.error} />
        </form>
        <form class="row" onSubmit=${create}>
          <${Field} id="dev-label" label="New account name (optional)">
            <input id="dev-label" value=${label} maxlength="40" autocomplete="off"
              onInput=${(e) => setLabel(e.currentTarget.value)} />
          <//>
          <button type="submit" id="dev-new" class="secondary">Create a new account</button>
        </form>`}
    </section>`;
}
