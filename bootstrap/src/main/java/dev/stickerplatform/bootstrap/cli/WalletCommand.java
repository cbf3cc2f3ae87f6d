package dev.stickerplatform.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain.TxParams;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/**
 * {@code wallet}: a throw-away fan/creator wallet for trying the API with curl (development only; keys are plain
 * files). It prints JSON bodies ready for {@code curl -d @-}; it never submits anything itself.
 */
public final class WalletCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WalletCommand() {
    }

    public static void run(String[] args) throws IOException, InterruptedException {
        CliOptions options = CliOptions.parse("wallet", args);
        switch (args.length == 0 ? "help" : args[0]) {
            case "new" -> {
                DevWallet wallet = DevWallet.generate();
                Path file = Path.of(options.get("out", "wallet.key"));
                Files.writeString(file, HexFormat.of().formatHex(wallet.seed()) + "\n");
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                System.out.println(wallet.address());
            }
            case "address" -> System.out.println(load(options).address());
            case "mnemonic" -> System.out.println(load(options).mnemonic());
            case "login" -> System.out.println(login(load(options), options.get("server",
                    "http://localhost:8000")));
            case "tip" -> {
                DevWallet wallet = load(options);
                String treasury = options.get("treasury", null);
                var group = wallet.signTip(AppId.of(Long.parseLong(options.required("app-id"))),
                        new Address(options.required("creator")), treasury == null ? null : new Address(treasury),
                        MicroAlgos.fromAlgo(new BigDecimal(options.required("amount"))),
                        options.get("memo", ""), params(options.get("server", "http://localhost:8000")));
                System.out.println(JSON.writeValueAsString(Map.of("signedTxns",
                        group.stream().map(Base64.getEncoder()::encodeToString).toList())));
            }
            case "pay" -> {
                byte[] signed = load(options).signPayment(new Address(options.required("to")),
                        MicroAlgos.of(Long.parseLong(options.required("micro-algos"))), options.get("note", ""),
                        params(options.get("server", "http://localhost:8000")));
                System.out.println(JSON.writeValueAsString(Map.of("signedTxn",
                        Base64.getEncoder().encodeToString(signed))));
            }
            case "sign" -> {
                byte[] signed = load(options).signPrepared(Base64.getDecoder().decode(options.required("unsigned")));
                System.out.println(JSON.writeValueAsString(Map.of("signedTxn",
                        Base64.getEncoder().encodeToString(signed))));
            }
            default -> System.out.println("""
                    usage: wallet new [--out wallet.key]           create a key file, print its address
                           wallet address --key FILE
                           wallet mnemonic --key FILE                 print the key as a 25-word mnemonic
                                      (for <ROLE>_SIGNER=mnemonic / <ROLE>_MNEMONIC on a devnet)
                           wallet tip --key FILE --app-id N --creator ADDR --amount ALGO [--memo TEXT]
                                      [--treasury ADDR] [--server http://localhost:8000]
                                      print {"signedTxns":[...]} for /submit-group; --treasury: the app's
                                      treasuryAddress (GET /creator/ADDR/contract/stats), needed when its fee is > 0
                           wallet pay --key FILE --to ADDR --micro-algos N [--note TEXT] [--server URL]
                                      print {"signedTxn":...} for /submit (e.g. a paid registration's quote)
                           wallet sign --key FILE --unsigned BASE64    print {"signedTxn":...} for /submit
                           wallet login --key FILE [--server http://localhost:8000]
                                      sign in (challenge, signData, verify) and print the access token
                    Development only: the key file holds a private key in plain text.""");
        }
    }

    private static DevWallet load(CliOptions options) throws IOException {
        String hex = Files.readString(Path.of(options.required("key"))).strip();
        return DevWallet.fromSeed(HexFormat.of().parseHex(hex));
    }

    /** Signs in as a wallet does: POST /auth/challenge, sign the message ("MX" + text), POST /auth/verify. */
    private static String login(DevWallet wallet, String server) throws IOException, InterruptedException {
        CliHttp http = new CliHttp(server, null);
        JsonNode challenge = http.post("/auth/challenge", Map.of("walletAddress", wallet.address().value()));
        byte[] signature = wallet.signData(challenge.get("message").asText().getBytes(StandardCharsets.UTF_8));
        return http.post("/auth/verify", Map.of("walletAddress", wallet.address().value(),
                "nonce", challenge.get("nonce").asText(),
                "signature", Base64.getEncoder().encodeToString(signature))).get("accessToken").asText();
    }

    private static TxParams params(String server) throws IOException, InterruptedException {
        JsonNode p = new CliHttp(server, null).get("/params");
        return new TxParams(MicroAlgos.of(p.get("minFee").asLong()), 0, Round.of(p.get("firstValidRound").asLong()),
                Round.of(p.get("lastValidRound").asLong()), p.get("genesisId").asText(), p.get("genesisHash").asText());
    }
}
