package dev.stickerplatform.bootstrap.config;

import dev.stickerplatform.application.tipjar.RegistrationMode;
import dev.stickerplatform.domain.port.DailyCapKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who pays for what the platform spends: the registration mode ({@code REGISTRATION_MODE}), whether MainNet may
 * register for free ({@code ALLOW_OPEN_REGISTRATION}) and the global daily caps by kind
 * ({@code DAILY_CAP_DEPLOYMENTS}, {@code DAILY_CAP_FAUCET}, {@code DAILY_CAP_GRANTS}).
 *
 * @param dailyCaps the cap of each capped kind per UTC day (a kind without one is counted, never refused)
 */
public record MoneySettings(RegistrationMode registrationMode, boolean allowOpenRegistration,
                            Map<DailyCapKind, Long> dailyCaps) {
    public MoneySettings {
        dailyCaps = Map.copyOf(dailyCaps);
    }

    /** Open registration, no caps: the simulated network's default. */
    public static MoneySettings defaults() {
        return new MoneySettings(RegistrationMode.OPEN, false, Map.of());
    }

    static MoneySettings fromEnv(Env env) {
        RegistrationMode mode = env.choice("REGISTRATION_MODE", RegistrationMode.OPEN, RegistrationMode.class);
        String deployerSigner = env.string("DEPLOYER_SIGNER", "");
        if (mode != RegistrationMode.APPROVAL && ("multisig".equalsIgnoreCase(deployerSigner.strip())
                || "multisig".equalsIgnoreCase(env.string("NEXT_DEPLOYER_SIGNER", "").strip()))) {
            throw new ConfigException("DEPLOYER_SIGNER=multisig needs REGISTRATION_MODE=approval: a multisig "
                    + "DEPLOYER signs each deployment through its approvers");
        }
        Map<DailyCapKind, Long> caps = new EnumMap<>(DailyCapKind.class);
        cap(env, "DAILY_CAP_DEPLOYMENTS", DailyCapKind.DEPLOYMENT, caps);
        cap(env, "DAILY_CAP_FAUCET", DailyCapKind.FAUCET, caps);
        cap(env, "DAILY_CAP_GRANTS", DailyCapKind.GRANT, caps);
        return new MoneySettings(mode, env.bool("ALLOW_OPEN_REGISTRATION", false), caps);
    }

    /** {@code 0} or unset: no cap. */
    private static void cap(Env env, String name, DailyCapKind kind, Map<DailyCapKind, Long> caps) {
        long cap = env.longValue(name, 0, 0);
        if (cap > 0) {
            caps.put(kind, cap);
        }
    }

    public MoneySettings withRegistrationMode(RegistrationMode mode) {
        return new MoneySettings(mode, allowOpenRegistration, dailyCaps);
    }

    public MoneySettings withDailyCap(DailyCapKind kind, long cap) {
        Map<DailyCapKind, Long> more = new EnumMap<>(DailyCapKind.class);
        more.putAll(dailyCaps);
        more.put(kind, cap);
        return new MoneySettings(registrationMode, allowOpenRegistration, more);
    }

    /** What MainNet refuses of these settings, in words an operator can act on (empty: nothing). */
    List<String> mainnetProblems() {
        List<String> problems = new ArrayList<>();
        if (registrationMode == RegistrationMode.OPEN && !allowOpenRegistration) {
            problems.add("REGISTRATION_MODE=open lets anyone make the DEPLOYER spend real ALGO on registrations ("
                    + "about 0.55 ALGO each): set REGISTRATION_MODE=paid or approval, or ALLOW_OPEN_REGISTRATION=true "
                    + "to accept that cost inside the rate limits and DAILY_CAP_DEPLOYMENTS");
        }
        return problems;
    }

    String describe() {
        return "registration " + registrationMode.name().toLowerCase(Locale.ROOT) + ", daily caps " + dailyCaps;
    }
}
