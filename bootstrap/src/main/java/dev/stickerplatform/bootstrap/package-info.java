/**
 * The jar's entry point, {@code Main} (the manifest's {@code Main-Class}), and nothing else: it runs {@code serve}
 * and {@code worker} (a {@code bootstrap.wiring.Platform}) and dispatches every other sub-command. The rest of the
 * module is in sub-packages, by what a class is: {@code config} (settings read from the environment, start-up
 * refusals), {@code wiring} (adapters built and use cases wired by hand, the running platform), {@code cli} (the
 * command-line tools), {@code bench} (benchmarks and the chaos run), {@code logging} and {@code embedding}.
 *
 * <p><b>Internal</b>: the composition root; embedders use {@code dev.stickerplatform.bootstrap.embedding} instead.
 */
package dev.stickerplatform.bootstrap;
