package dev.stickerplatform.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.TransactionFactory;
import dev.stickerplatform.adapters.kms.SignerFactory;
import dev.stickerplatform.adapters.kms.SystemLoggerAuditLog;
import dev.stickerplatform.bootstrap.config.ConfigException;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.model.UnsignedTxn;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.adapters.algorand.TransactionFacts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code approvals}: an administrator's and an approver's side of high-value operations, over the HTTP API with an
 * admin access token ({@code --token} or {@code STICKER_TOKEN}). {@code sign} checks that the bytes it is asked to
 * sign are the transaction shown (same txid), prints what the transaction does, and signs with the approver's own
 * key, configured like a role's signer under the {@code APPROVER_} prefix ({@code APPROVER_SIGNER=pkcs11|vault|
 * mnemonic|local} and that kind's settings): the key never reaches the server, only the signature does.
 *
 * <p>Before {@code sign} or {@code approve} does anything, the transaction is decoded from its own bytes and printed,
 * checked against the {@link ApprovalPolicy} (no rekey, no close-to, no amount above the kind's limit unless the
 * approver passes the flag naming it), and the approver confirms by typing {@code yes} ({@code --yes} for scripts).
 */
public final class ApprovalsCommand {
    private static final String USAGE = """
            usage: approvals list    [--state PENDING|SUBMITTED|CONFIRMED|EXPIRED|REJECTED]
                   approvals show    --id ID                 what the operation does and who signed
                   approvals sign    --id ID                 sign with the approver's key (APPROVER_SIGNER=…)
                   approvals approve --id ID                 approve an operation the platform's own key signs
                   approvals reject  --id ID [--reason TEXT] refuse a pending operation: it is never submitted
            sign and approve print the decoded transaction and ask for confirmation:
                   --yes                 do not ask (scripts)
                   --allow-rekey         sign although the transaction rekeys its sender
                   --allow-close-to      sign although it closes an account or an asset holding
                   --allow-amount-above  sign although it pays more than APPROVAL_LIMIT_<KIND>_MICROALGOS
            common: [--server http://localhost:8000] [--token ADMIN_TOKEN, default $STICKER_TOKEN]""";

    private ApprovalsCommand() {
    }

    /** Without a terminal to confirm on: {@code sign} and {@code approve} need {@code --yes}. */
    public static void run(String[] args, Map<String, String> env, PrintStream out)
            throws IOException, InterruptedException {
        run(args, env, new BufferedReader(Reader.nullReader()), out);
    }

    /** @param in where the approver types the confirmation */
    public static void run(String[] args, Map<String, String> env, BufferedReader in, PrintStream out)
            throws IOException, InterruptedException {
        CliOptions options = CliOptions.parse("approvals", args);
        String command = args.length == 0 ? "help" : args[0];
        if (command.equals("help")) {
            out.println(USAGE);
            return;
        }
        CliHttp http = new CliHttp(options.get("server", "http://localhost:8000"),
                options.get("token", env.get("STICKER_TOKEN")));
        switch (command) {
            case "list" -> {
                String state = options.get("state", null);
                JsonNode list = http.get("/admin/approvals" + (state == null ? "" : "?state=" + state));
                for (JsonNode approval : list.get("approvals")) {
                    out.printf("%s  %-9s  %d/%d  %s%n", approval.get("id").asText(), approval.get("state").asText(),
                            approval.get("signatureCount").asInt(), approval.get("threshold").asInt(),
                            approval.get("summary").asText());
                }
            }
            case "show" -> print(http.get(path(options)), out);
            case "approve" -> {
                inspectAndConfirm(http.get(path(options)), options, env, in, out);
                print(http.post(path(options) + "/signatures", Map.of()), out);
            }
            case "sign" -> sign(http, options, env, in, out);
            case "reject" -> {
                String reason = options.get("reason", null);
                print(http.post(path(options) + "/reject", reason == null ? Map.of() : Map.of("reason", reason)),
                        out);
            }
            default -> throw new ConfigException("approvals: unknown command '" + command + "'\n" + USAGE);
        }
    }

    private static void sign(CliHttp http, CliOptions options, Map<String, String> env, BufferedReader in,
                             PrintStream out) throws IOException, InterruptedException {
        JsonNode approval = http.get(path(options));
        UnsignedTxn txn = inspectAndConfirm(approval, options, env, in, out);
        try (var approver = new SignerFactory(new SystemLoggerAuditLog(), Clock.systemUTC(), new SecureRandom())
                .openApprover(SignerRole.valueOf(approval.get("role").asText()), env)) {
            Signer key = approver;
            boolean member = false;
            for (JsonNode m : approval.get("members")) {
                member |= m.get("address").asText().equals(key.address().value());
            }
            if (!member) {
                throw new ConfigException("approvals: the APPROVER_ key " + key.address() + " is not a member of "
                        + approval.get("account").asText());
            }
            out.println("signing as " + key.address());
            byte[] signature = key.sign(txn.bytesToSign());
            print(http.post(path(options) + "/signatures", Map.of("signer", key.address().value(),
                    "signature", Base64.getEncoder().encodeToString(signature))), out);
        }
    }

    /**
     * Prints the approval and its decoded transaction, refuses what the policy refuses (unless flagged), then asks
     * the approver to type {@code yes} (unless {@code --yes}). Returns the checked transaction.
     */
    static UnsignedTxn inspectAndConfirm(JsonNode approval, CliOptions options, Map<String, String> env,
                                         BufferedReader in, PrintStream out) throws IOException {
        UnsignedTxn txn = checkedTransaction(approval);
        print(approval, out);
        TransactionFacts facts = TransactionFactory.facts(txn);
        out.println("  decoded: type " + facts.type() + ", sender " + facts.sender() + ", amount "
                + ApprovalPolicy.algo(facts.amount()) + " ALGO, fee " + ApprovalPolicy.algo(facts.fee()) + " ALGO, rekey-to "
                + orNone(facts.rekeyTo()) + ", close-to " + orNone(facts.closeRemainderTo()) + ", asset close-to "
                + orNone(facts.assetCloseTo()));
        Set<String> allowed = new HashSet<>();
        for (String flag : List.of(ApprovalPolicy.ALLOW_REKEY, ApprovalPolicy.ALLOW_CLOSE_TO,
                ApprovalPolicy.ALLOW_AMOUNT_ABOVE)) {
            if (options.has(flag)) {
                allowed.add(flag);
            }
        }
        List<String> refusals = ApprovalPolicy.fromEnv(env).refusals(approval.get("kind").asText(), facts, allowed);
        if (!refusals.isEmpty()) {
            throw new ConfigException("approvals: refusing to sign " + approval.get("id").asText() + ":\n  - "
                    + String.join("\n  - ", refusals));
        }
        if (!options.has("yes")) {
            out.print("Sign this transaction? Type yes to continue: ");
            out.flush();
            String answer = in.readLine();
            if (answer == null || !answer.strip().equalsIgnoreCase("yes")) {
                throw new ConfigException("approvals: not confirmed, nothing was signed (type yes, or pass --yes "
                        + "in scripts)");
            }
        }
        return txn;
    }

    private static String orNone(Object value) {
        return value == null ? "none" : value.toString();
    }

    /** The transaction of an approval, after checking that bytesToSign is "TX" + it and that it hashes to txId. */
    static UnsignedTxn checkedTransaction(JsonNode approval) {
        byte[] transaction = Base64.getDecoder().decode(approval.get("transaction").asText());
        byte[] bytesToSign = Base64.getDecoder().decode(approval.get("bytesToSign").asText());
        UnsignedTxn txn = new UnsignedTxn(TxId.of(approval.get("txId").asText()),
                Round.of(approval.get("lastValid").asLong()), transaction);
        if (!Arrays.equals(txn.bytesToSign(), bytesToSign)
                || !TxId.fromHash(Hashes.sha512_256(bytesToSign)).equals(txn.txId())) {
            throw new ConfigException("approvals: the server's bytesToSign is not the transaction it names; "
                    + "refusing to sign");
        }
        return txn;
    }

    private static void print(JsonNode approval, PrintStream out) {
        out.println(approval.get("id").asText() + ": " + approval.get("summary").asText());
        out.println("  state " + approval.get("state").asText() + ", " + approval.get("signatureCount").asInt()
                + " of " + approval.get("threshold").asInt() + " signatures; account "
                + approval.get("account").asText() + " (" + approval.get("role").asText() + ")");
        out.println("  " + TransactionFactory.describe(checkedTransaction(approval)).replace("\n", "\n  "));
        out.println("  txid " + approval.get("txId").asText()
                + (approval.get("lastError").isNull() ? "" : "; last error: " + approval.get("lastError").asText()));
    }

    private static String path(CliOptions options) {
        return "/admin/approvals/" + options.required("id");
    }
}
