/**
 * The pure core of Sticker Platform: value objects and entities ({@code model}), the business rules
 * ({@code policy}) and the ports through which the core talks to the outside ({@code port}).
 * Depends on the JDK only.
 *
 * <p><b>Public API</b> for embedders: its sub-packages say which; this package holds nothing they use.
 */
package dev.stickerplatform.domain;
