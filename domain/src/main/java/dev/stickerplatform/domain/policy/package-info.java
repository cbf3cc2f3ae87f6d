/** Business rules as small pure functions, with the reference system's numbers. */
package dev.stickerplatform.domain.policy;
