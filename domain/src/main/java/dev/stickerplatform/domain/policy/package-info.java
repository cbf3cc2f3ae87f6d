/** Business rules as small pure functions, with the reference system's numbers. *
 * <p><b>Public API</b> for embedders (see {@code dev.stickerplatform.bootstrap.embedding}): the rules the domain
 * applies.
 */
package dev.stickerplatform.domain.policy;
