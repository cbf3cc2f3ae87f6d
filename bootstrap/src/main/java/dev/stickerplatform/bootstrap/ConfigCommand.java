package dev.stickerplatform.bootstrap;

import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code config check}: reads the configuration exactly as {@code serve} would, prints the effective settings
 * (secrets masked: every component's {@code toString} shows only whether a secret is set) and every refusal
 * start-up would hit, without connecting to or starting anything. Exit code 0 when {@code serve} would start
 * (as far as can be known without a node: the genesis hash is checked at start-up), 2 otherwise.
 */
final class ConfigCommand {
    private ConfigCommand() {
    }

    static int run(String[] args, Env env, PrintStream out, PrintStream err) {
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
            try {
                out.println("  " + component.getName() + " = " + component.getAccessor().invoke(config));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
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
