package dev.stickerplatform.bootstrap;

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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code wallet}: a throw-away fan/creator wallet for trying the API with curl (development only; keys are plain
 * files). It prints JSON bodies ready for {@code curl -d @-}; it never submits anything itself.
 */
final class WalletCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WalletCommand() {
    }

    static void run(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = options(args);
        switch (args.length == 0 ? "help" : args[0]) {
            case "new" -> {
                DevWallet wallet = DevWallet.generate();
                Path file = Path.of(options.getOrDefault("out", "wallet.key"));
                Files.writeString(file, HexFormat.of().formatHex(wallet.seed()) + "\n");
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                System.out.println(wallet.address());
            }
            case "address" -> System.out.println(load(options).address());
            case "login" -> System.out.println(login(load(options), options.getOrDefault("server",
                    "http://localhost:8000")));
            case "tip" -> {
                DevWallet wallet = load(options);
                var group = wallet.signTip(AppId.of(Long.parseLong(required(options, "app-id"))),
                        new Address(required(options, "creator")),
                        MicroAlgos.fromAlgo(new BigDecimal(required(options, "amount"))),
                        options.getOrDefault("memo", ""), params(options.getOrDefault("server", "http://localhost:8000")));
                System.out.println(JSON.writeValueAsString(Map.of("signedTxns",
                        group.stream().map(Base64.getEncoder()::encodeToString).toList())));
            }
            case "sign" -> {
                byte[] signed = load(options).signPrepared(Base64.getDecoder().decode(required(options, "unsigned")));
                System.out.println(JSON.writeValueAsString(Map.of("signedTxn",
                        Base64.getEncoder().encodeToString(signed))));
            }
            default -> System.out.println("""
                    usage: wallet new [--out wallet.key]           create a key file, print its address
                           wallet address --key FILE
                           wallet tip --key FILE --app-id N --creator ADDR --amount ALGO [--memo TEXT]
                                      [--server http://localhost:8000]     print {"signedTxns":[...]} for /submit-group
                           wallet sign --key FILE --unsigned BASE64    print {"signedTxn":...} for /submit
                           wallet login --key FILE [--server http://localhost:8000]
                                      sign in (challenge, signData, verify) and print the access token
                    Development only: the key file holds a private key in plain text.""");
        }
    }

    private static DevWallet load(Map<String, String> options) throws IOException {
        String hex = Files.readString(Path.of(required(options, "key"))).strip();
        return DevWallet.fromSeed(HexFormat.of().parseHex(hex));
    }

    /** Signs in as a wallet does: POST /auth/challenge, sign the message ("MX" + text), POST /auth/verify. */
    private static String login(DevWallet wallet, String server) throws IOException, InterruptedException {
        JsonNode challenge = postJson(server + "/auth/challenge", Map.of("walletAddress", wallet.address().value()));
        byte[] signature = wallet.signData(challenge.get("message").asText().getBytes(StandardCharsets.UTF_8));
        return postJson(server + "/auth/verify", Map.of("walletAddress", wallet.address().value(),
                "nonce", challenge.get("nonce").asText(),
                "signature", Base64.getEncoder().encodeToString(signature))).get("accessToken").asText();
    }

    private static JsonNode postJson(String url, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new ConfigException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static TxParams params(String server) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server + "/params")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new ConfigException("GET " + server + "/params answered " + response.statusCode());
        }
        JsonNode p = JSON.readTree(response.body());
        return new TxParams(MicroAlgos.of(p.get("minFee").asLong()), 0, Round.of(p.get("firstValidRound").asLong()),
                Round.of(p.get("lastValidRound").asLong()), p.get("genesisId").asText(), p.get("genesisHash").asText());
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new ConfigException("wallet: --" + name + " is required");
        }
        return value;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> words = List.of(args);
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).startsWith("--") && i + 1 < words.size()) {
                options.put(words.get(i).substring(2), words.get(++i));
            }
        }
        return options;
    }
}
