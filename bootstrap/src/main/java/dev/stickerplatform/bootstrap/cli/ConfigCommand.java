package dev.stickerplatform.bootstrap.cli;

import dev.stickerplatform.bootstrap.config.ConfigException;
import dev.stickerplatform.bootstrap.config.Env;
import dev.stickerplatform.bootstrap.config.Network;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.config.StartupGuards;
import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code config check}: reads the configuration exactly as {@code serve} would, prints the effective settings
 * (one line per setting; a settings record holding a secret prints as a whole through its own {@code toString},
 * which shows only whether the secret is set) and every refusal start-up would hit, without connecting to or
 * starting anything. Exit code 0 when {@code serve} would start
 * (as far as can be known without a node: the genesis hash is checked at start-up), 2 otherwise.
 */
public final class ConfigCommand {
    private ConfigCommand() {
    }

    public static int run(String[] args, Env env, PrintStream out, PrintStream err) {
        if (args.length != 1 || !args[0].equals("check")) {
            err.println("usage: config check   print the effective configuration and every start-up refusal");
            return 2;
        }
        PlatformConfig config;
        try {
            config = PlatformConfig.fromEnv(env);
        } catch (ConfigException | IllegalArgumentException e) {
            out.println("configuration: unreadable");
            out.println("refusals (1):");
            out.println("  - " + e.getMessage());
            return 2;
        }
        out.println("configuration (secrets masked):");
        for (RecordComponent component : PlatformConfig.class.getRecordComponents()) {
            Object part = value(component, config);
            if (part instanceof Record settings && !masks(settings)) {
                for (RecordComponent setting : settings.getClass().getRecordComponents()) {
                    out.println("  " + component.getName() + "." + setting.getName() + " = "
                            + value(setting, settings));
                }
            } else {
                out.println("  " + component.getName() + " = " + part);
            }
        }
        List<String> refusals = refusals(config);
        if (refusals.isEmpty()) {
            out.println("refusals: none (the node's genesis hash is checked when serve connects)");
            return 0;
        }
        out.println("refusals (" + refusals.size() + "):");
        refusals.forEach(refusal -> out.println("  - " + refusal));
        return 2;
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether {@code settings} writes its own {@code toString} (to mask a secret): then it is printed whole, never
     * setting by setting. The others print one line per setting, each as the record's own {@code toString} shows it.
     */
    private static boolean masks(Record settings) {
        var plain = new java.util.StringJoiner(", ", settings.getClass().getSimpleName() + "[", "]");
        for (RecordComponent setting : settings.getClass().getRecordComponents()) {
            plain.add(setting.getName() + "=" + value(setting, settings));
        }
        return !plain.toString().equals(settings.toString());
    }

    /** Every refusal of {@code serve} that can be known without connecting, all of them (not just the first). */
    static List<String> refusals(PlatformConfig config) {
        List<String> refusals = new ArrayList<>();
        if (config.network() != Network.MAINNET) { // mainnet lists in-memory content with its other refusals
            try {
                StartupGuards.refuseContentInMemory(config);
            } catch (ConfigException e) {
                refusals.add(e.getMessage());
            }
        }
        refusals.addAll(StartupGuards.unsafeSettings(config));
        return refusals;
    }
}
