package dev.stickerplatform.bootstrap.wiring;

import dev.stickerplatform.application.keys.SignerKeysService;
import dev.stickerplatform.application.keys.SignerKeysService.KeyStatus;
import dev.stickerplatform.bootstrap.config.ConfigException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the roles that hold a current and a next key on the one the chain authorizes: at start-up (refusing to start
 * when a role's account is signed for by neither key) and then every {@code interval} on a virtual thread, so that a
 * rekey made by {@code keys rotate} in another process reaches this one without a restart. (A write refused because
 * of the rekey switches the role at once; see {@code RekeyAwareChain}.) Does nothing when no role is rotating.
 */
final class SignerKeyRefresh implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SignerKeyRefresh.class);
    private final ScheduledExecutorService timer;

    private SignerKeyRefresh(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static SignerKeyRefresh start(SignerKeysService keys, Duration interval) {
        List<KeyStatus> rotating = keys.refresh();
        if (rotating.isEmpty()) {
            return new SignerKeyRefresh(null);
        }
        List<String> problems = rotating.stream().filter(role -> !role.authorized()).map(SignerKeyRefresh::problem)
                .toList();
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("\n", problems));
        }
        rotating.forEach(role -> LOG.info("{} is being rotated: account {} is signed for by {} on chain, the {} key",
                role.role(), role.account(), role.onChain(), role.keys().indexOf(role.onChain()) == 0 ? "current"
                        : "next"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("signer-keys").factory());
        timer.scheduleWithFixedDelay(() -> refresh(keys), interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return new SignerKeyRefresh(timer);
    }

    private static void refresh(SignerKeysService keys) {
        try {
            for (KeyStatus role : keys.refresh()) {
                if (role.switched()) {
                    LOG.info("{} now signs for {} with key {}: the chain names it as the auth address", role.role(),
                            role.account(), role.inUse());
                } else if (!role.authorized()) {
                    LOG.warn(problem(role));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("could not compare the signing keys with the chain: {}", e.toString());
        }
    }

    private static String problem(KeyStatus role) {
        String name = role.role().name();
        return name + ": account " + role.account() + " is signed for on chain by " + role.onChain()
                + ", which is neither the " + name + "_* key " + role.keys().get(0) + " nor the NEXT_" + name
                + "_* key " + role.keys().get(1) + ": check " + name + "_ACCOUNT and both keys (`keys show`)";
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
