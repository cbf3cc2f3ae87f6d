/**
 * The composition root: reads configuration from the environment into immutable records, picks and wires the
 * adapters in plain code (no DI framework), and runs the sub-commands ({@code serve}, {@code bench}).
 *
 * <p><b>Internal</b>: the composition root; embedders use {@code dev.stickerplatform.bootstrap.embedding} instead.
 */
package dev.stickerplatform.bootstrap;
