package dev.stickerplatform.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.DevWallet;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets a 400 (or 404/413/415) problem that names the field and says what is wrong — never a 500. This
 * class makes exactly 5 registration calls (the per-client limit) and one faucet call.
 */
class InputValidationTest extends PlatformHttpTest {
    static final List<String> LISTS = List.of("/nft/inventory/" + STRANGER, "/fan/" + STRANGER + "/inventory",
            "/fan/" + STRANGER + "/pending", "/creator/" + STRANGER + "/templates", "/leaderboard/" + STRANGER,
            "/leaderboard/global/top-creators");

    @Test
    void malformedJsonIsRefused() {
        assertProblem(postRaw("/creator/register", "{\"walletAddress\": \"" + STRANGER + "\""), 400, "malformed-json");
    }

    @Test
    void wrongTypesNameTheField() {
        assertThat(assertInvalid(post("/simulate/fund-wallet", Map.of("walletAddress", 12345)), "walletAddress"))
                .contains("Algorand address");
        assertThat(assertInvalid(post("/submit-group", Map.of("signedTxns", "abc")), "signedTxns")).contains("list");
        assertThat(assertInvalid(post("/nft/optin", Map.of("assetId", "twelve", "fanWallet", STRANGER)), "assetId"))
                .contains("positive integer");
        assertThat(assertInvalid(post("/nft/optin", Map.of("assetId", 1.5, "fanWallet", STRANGER)), "assetId"))
                .contains("positive integer");
    }

    @Test
    void badAddressesSayWhy() {
        assertThat(assertInvalid(post("/creator/register", Map.of("walletAddress", BAD_CHECKSUM)), "walletAddress"))
                .contains("checksum");
        assertThat(assertInvalid(get("/fan/" + STRANGER.substring(1) + "/stats"), "wallet")).contains("58 characters");
        assertThat(assertInvalid(get("/creator/" + BAD_CHECKSUM + "/dashboard"), "wallet")).contains("checksum");
        assertThat(assertInvalid(get("/leaderboard/global"), "creatorWallet")).isNotBlank();
        assertThat(assertInvalid(post("/nft/optin", Map.of("assetId", 5, "fanWallet", "not-a-wallet")), "fanWallet"))
                .contains("58 characters");
    }

    @Test
    void unknownEnumValuesListTheAllowedOnes() {
        String path = "/creator/" + STRANGER + "/sticker-template";
        assertThat(assertInvalid(as(STRANGER_WALLET).upload(path, Map.of("name", "x", "sticker_type", "platinum"),
                PNG), "sticker_type")).contains("soulbound, golden");
        assertThat(assertInvalid(as(STRANGER_WALLET).upload(path, Map.of("name", "x", "category", "rare"), PNG),
                "category")).contains("membership_gold");
    }

    @Test
    void amountsMustBeExactNonNegativeAlgo() {
        assertThat(assertInvalid(post("/creator/register", Map.of("walletAddress", STRANGER, "minTipAlgo", -1)),
                "minTipAlgo")).contains("negative");
        assertThat(assertInvalid(post("/creator/register", Map.of("walletAddress", STRANGER,
                "min_tip_algo", "2.0100001")), "minTipAlgo")).contains("6 decimals");
        assertThat(assertInvalid(get("/fan/" + STRANGER + "/golden-odds?amountAlgo=0.0000001"), "amountAlgo"))
                .contains("6 decimals");
        assertThat(assertInvalid(get("/fan/" + STRANGER + "/golden-odds?amount_algo=-3"), "amountAlgo"))
                .contains("negative");
        assertThat(assertInvalid(get("/fan/" + STRANGER + "/golden-odds?amountAlgo=1e400"), "amountAlgo")).isNotBlank();
        assertThat(assertInvalid(as(STRANGER_WALLET).upload("/creator/" + STRANGER + "/sticker-template",
                Map.of("name", "x", "tip_threshold", "0.1234567"), PNG), "tip_threshold")).contains("6 decimals");
    }

    @Test
    void amountsOutsideTheBusinessRangeAre400() {
        assertThat(assertInvalid(as(STRANGER_WALLET).post("/creator/register", Map.of("walletAddress", STRANGER,
                "minTipAlgo", "0.05")), "minTipAlgo")).contains("0.1 and 1000");
    }

    @Test
    void limitsOutOfRangeAreRefusedOnEveryList() {
        for (String list : LISTS) {
            for (String limit : List.of("0", "101", "-5", "ten")) {
                assertThat(assertInvalid(get(list + "?limit=" + limit), "limit")).as(list).contains("1 to 100");
            }
            assertInvalid(get(list + "?cursor=!!!"), "cursor");
        }
    }

    @Test
    void nonNumericIdsAre400() {
        assertInvalid(get("/nft/abc"), "assetId");
        assertInvalid(get("/nft/-1"), "assetId");
        assertInvalid(get("/nft/99999999999999999999"), "assetId");
        assertInvalid(as(STRANGER_WALLET).delete("/creator/" + STRANGER + "/template/x1"), "templateId");
        assertInvalid(as(STRANGER_WALLET).post("/fan/" + STRANGER + "/claim/first", Map.of()), "stickerId");
    }

    @Test
    void unknownRoutesAre404Problems() {
        assertProblem(get("/no/such/thing"), 404, "not-found");
        assertProblem(post("/creator/" + STRANGER + "/unknown-action", Map.of()), 404, "not-found");
        assertProblem(delete("/fan/" + STRANGER + "/inventory"), 404, "not-found");
    }

    @Test
    void oversizedUploadsAre413() {
        byte[] huge = new byte[6 * 1024 * 1024];
        huge[0] = (byte) 0x89;
        assertProblem(upload("/creator/" + STRANGER + "/sticker-template", Map.of("name", "big"), huge), 413,
                "request-too-large");
    }

    @Test
    void oversizedJsonBodiesAre413() {
        String big = "{\"nonce\": \"" + "A".repeat((int) platform.config().http().maxBodyBytes()) + "\"}";
        assertProblem(postRaw("/auth/verify", big), 413, "request-too-large");
        String group = "{\"signedTxns\": [\"" + "A".repeat(600 * 1024) + "\"]}";
        assertProblem(postRaw("/submit-group", group), 413, "request-too-large");
    }

    @Test
    void jsonRoutesAcceptAFewKilobytesAndOnlySignedTransactionsMore() {
        for (var route : platform.routes()) {
            String name = route.method() + " " + route.path();
            if (name.equals("POST /creator/{wallet}/sticker-template")) {
                assertThat(route.maxBodyBytes()).as(name).isBetween(5L * 1024 * 1024, 6L * 1024 * 1024);
            } else if (name.startsWith("POST /submit")) {
                assertThat(route.maxBodyBytes()).as(name).isLessThanOrEqualTo(512 * 1024);
            } else {
                assertThat(route.maxBodyBytes()).as(name).isLessThanOrEqualTo(16 * 1024);
            }
        }
    }

    private static final DevWallet NUMBERS_WALLET = DevWallet.fromSeed(new byte[] {
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9});

    @Test
    void numbersOutsideAFieldsRangeAre400NamingTheField() {
        for (String huge : List.of("9223372036854775808", "18446744073709551615", "18446744073709551616",
                "1" + "0".repeat(40))) {
            assertInvalid(get("/nft/" + huge), "assetId");
            assertInvalid(post("/nft/optin", "{\"assetId\": " + huge + ", \"fanWallet\": \"" + STRANGER + "\"}"),
                    "assetId");
            // signed in as another wallet: registrations are counted per wallet, and this class spends its IP's
            assertThat(assertInvalid(as(NUMBERS_WALLET).post("/creator/register", "{\"walletAddress\": \"" + STRANGER
                    + "\", \"minTipAlgo\": " + huge + "}"), "minTipAlgo")).contains("too large");
        }
        assertInvalid(post("/nft/optin", "{\"assetId\": -1, \"fanWallet\": \"" + STRANGER + "\"}"), "assetId");
    }

    @Test
    void jsonRoutesRefuseOtherContentTypes() {
        assertProblem(send(request("/submit").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("signed_txn=abc"))), 415, "unsupported-media-type");
    }

    @Test
    void missingRequiredFieldsAre400() {
        assertInvalid(post("/submit", Map.of()), "signedTxn");
        assertInvalid(post("/submit-group", Map.of("signedTxns", List.of())), "signedTxns");
        assertInvalid(as(STRANGER_WALLET).post("/nft/optin", Map.of("fanWallet", STRANGER)), "assetId");
        assertInvalid(as(STRANGER_WALLET).upload("/creator/" + STRANGER + "/sticker-template",
                Map.of("name", "no image"), null), "image");
    }
}
