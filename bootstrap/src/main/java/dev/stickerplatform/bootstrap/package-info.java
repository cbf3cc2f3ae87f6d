/**
 * The composition root: reads configuration from the environment into immutable records, picks and wires the
 * adapters in plain code (no DI framework), and runs the sub-commands ({@code serve}, {@code bench}).
 */
package dev.stickerplatform.bootstrap;
