package dev.stickerplatform.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The web app in a real browser, on the embedded platform: a creator signs in with the development wallet,
 * registers (a tip jar with a platform fee) and uploads a sticker; a fan signs in (ARC-60), asks the faucet for test ALGO, an administrator
 * approves that payment on the admin page, the fan tips from the creator's page — the group built from the ARC-56
 * spec and signed in the browser — watches the sticker arrive, opts in and sees it delivered; the creator's
 * dashboard shows the tip, pause and unpause go through the wallet, and the API explorer loads with the token.
 * Every step leaves a screenshot in {@code target/browser-screenshots}; any console error fails the test.
 */
class WebAppBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private final DevWallet operator = DevWallet.fromSeed(filled((byte) 0x5a));
    private Platform platform;
    private Browser browser;
    private String base;

    @BeforeEach
    void start() throws Exception {
        Address treasury = DevWallet.generate().address();
        PlatformConfig config = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100))
                .withFaucetApprovalAbove(MicroAlgos.ofAlgo(5))
                .withPlatformFee(new PlatformFee(250, MicroAlgos.of(102_000)), treasury);
        platform = Platform.start(config.withAuth(config.auth().withAdmins(Set.of(operator.address()))));
        platform.ledger().fund(treasury, MicroAlgos.ofAlgo(1));
        base = "http://localhost:" + platform.port();
        browser = Browser.start(SCREENSHOTS);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            platform.close();
        }
    }

    @Test
    void aCreatorAndAFanGoFromSignInToADeliveredSticker() throws Exception {
        browser.open(base + "/");
        browser.waitForText("Tip creators, collect stickers");
        // keyboard: the skip link comes first, then the navigation, and every control is reachable with Tab
        assertThat(browser.tab()).isEqualTo("Skip to content");
        assertThat(browser.tab()).isEqualTo("Sticker Platform");
        assertThat(List.of(browser.tab(), browser.tab(), browser.tab(), browser.tab()))
                .containsExactly("Discover", "My stickers", "Creator studio", "API");
        // the operator's key is the one ADMIN_WALLETS names: put it in the development wallet as a person would
        browser.script("localStorage.setItem('sticker.devWallet', JSON.stringify({accounts: [{label: 'Operator',"
                + " seed: arguments[0]}]}))", Base64.getEncoder().encodeToString(operator.seed()));
        browser.step("home");

        newAccount("Creator");
        browser.step("sign-in-with-the-development-wallet");
        signInAs("Creator", "mx");
        String creator = signedInWallet();

        browser.go("/studio");
        browser.waitForText("Become a creator");
        browser.type("reg-username", "ada");
        browser.type("reg-min-tip", "1");
        browser.click(By.id("reg-submit"));
        browser.waitForText("Sticker templates");
        browser.waitForText("minimum tip 1 ALGO");
        browser.step("creator-registered");

        browser.type("tpl-name", "Thank you");
        browser.type("tpl-threshold", "1");
        browser.attach("tpl-image", stickerImage());
        browser.waitFor(By.cssSelector("img[alt='Preview of the sticker image']"));
        browser.step("template-preview");
        browser.click(By.id("tpl-submit"));
        browser.waitForText("Template uploaded.");
        browser.waitFor(By.cssSelector("img[alt='Sticker “Thank you”']"));
        browser.step("template-uploaded");

        signOut();
        newAccount("Fan");
        signInAs("Fan", "arc60");
        String fan = signedInWallet();
        browser.click(By.id("faucet"));
        browser.waitForText("waits for an administrator's approval");
        browser.step("faucet-waits-for-approval");

        signOut();
        signInAs("Operator", "mx");
        browser.go("/admin");
        browser.waitForText("Runway:");
        browser.waitForText("Pay 10 ALGO from");
        browser.step("admin-treasury-and-approval-in-words");
        browser.clickButton("Approve (the platform signs with the role's key)");
        browser.waitForText("Approval recorded:");
        waitForApprovalConfirmed();
        browser.step("admin-approval-confirmed");

        signOut();
        signInAs("Fan", "arc60");
        browser.go("/c/" + creator);
        browser.waitForText("Send a tip");
        browser.type("tip-amount", "2");
        browser.type("tip-memo", "great stream");
        browser.waitForText("You will earn Thank you");
        browser.waitForText("Platform fee 0.102 ALGO; the creator receives 1.898 ALGO.");
        browser.step("tip-form");
        browser.click(By.id("tip-send"));
        browser.waitForText("Waiting for your opt-in");
        browser.step("sticker-waits-for-opt-in");
        browser.clickButton("Opt in to receive it");
        browser.waitFor(By.cssSelector(".sticker.delivered"));
        browser.waitForText("Spent");
        browser.script("window.scrollTo(0, 0)");
        browser.step("sticker-delivered");
        browser.resize(390, 844);
        browser.step("fan-page-on-a-phone");
        browser.resize(1280, 900);
        assertThat(fan).isNotEqualTo(creator);

        signOut();
        signInAs("Creator", "mx");
        browser.go("/studio");
        browser.waitForText("great stream");
        browser.script("window.scrollTo(0, 0)");
        browser.step("creator-dashboard");
        browser.click(By.id("pause"));
        browser.waitFor(By.id("unpause"));
        browser.step("creator-paused");
        browser.click(By.id("unpause"));
        browser.waitFor(By.id("pause"));

        browser.open(base + "/docs");
        browser.waitFor(By.cssSelector(".swagger-ui .opblock"));
        browser.waitForText("its access token is set in Authorize");
        browser.click(By.cssSelector(".swagger-ui button.authorize"));
        browser.waitForText("Logout"); // Swagger UI holds the wallet's token: "Try it out" sends it
        browser.step("api-explorer-authorized");
        browser.assertNoConsoleErrors("the end");
    }

    private void newAccount(String label) {
        browser.go("/wallet");
        browser.waitForText("Development wallet");
        browser.type("dev-label", label);
        browser.click(By.id("dev-new"));
        browser.waitFor(By.xpath("//label[contains(@class,'choice')][contains(., '" + label + "')]"));
    }

    private void signInAs(String label, String scheme) {
        browser.go("/wallet");
        browser.click(By.xpath("//label[contains(@class,'choice')][contains(., '" + label + "')]/input"));
        browser.select("dev-scheme", scheme);
        browser.click(By.id("dev-sign-in"));
        browser.waitForText("Sign out");
    }

    private void signOut() {
        browser.clickButton("Sign out");
        browser.waitFor(By.linkText("Sign in"));
    }

    private String signedInWallet() {
        return (String) browser.script("return JSON.parse(sessionStorage.getItem('sticker.session')).address");
    }

    /** The approved payment is confirmed once a later look at the approvals finds it on chain. */
    private void waitForApprovalConfirmed() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            browser.select("approval-state", "SUBMITTED");
            browser.select("approval-state", "CONFIRMED");
            try {
                browser.waitForText("CONFIRMED");
                if (browser.text().contains("Pay 10 ALGO")) {
                    return;
                }
            } catch (org.openqa.selenium.TimeoutException e) {
                // not yet; look again
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the faucet payment was not confirmed: " + browser.text());
    }

    /** A 160 × 160 PNG sticker: a yellow star on blue. */
    private static Path stickerImage() throws Exception {
        BufferedImage image = new BufferedImage(160, 160, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1d3a8a));
        g.fillRoundRect(0, 0, 160, 160, 32, 32);
        g.setColor(new Color(0xffd54a));
        int[] xs = new int[10];
        int[] ys = new int[10];
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            double radius = i % 2 == 0 ? 62 : 26;
            xs[i] = (int) Math.round(80 + radius * Math.cos(angle));
            ys[i] = (int) Math.round(84 - radius * Math.sin(angle));
        }
        g.fillPolygon(xs, ys, 10);
        g.dispose();
        Path file = Files.createTempFile("sticker-", ".png");
        file.toFile().deleteOnExit();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static byte[] filled(byte value) {
        byte[] seed = new byte[32];
        java.util.Arrays.fill(seed, value);
        return seed;
    }
}
