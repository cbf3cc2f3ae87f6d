/** The platform's global daily caps on what it spends, by kind (deployments, faucet, grants). *
 * <p><b>Public API</b> for embedders (see {@code dev.stickerplatform.bootstrap.embedding}): the daily caps the use
 * cases count against.
 */
package dev.stickerplatform.application.budget;
