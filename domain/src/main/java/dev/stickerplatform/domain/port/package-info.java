/**
 * The ports: what the core needs from the outside world, one interface per actor. Each interface's Javadoc is
 * its contract; every implementation passes the port's abstract contract test. Signatures use domain types only.
 * Infrastructure failures surface as the unchecked exceptions declared in this package.
 *
 * <p><b>Public API</b> for embedders (see {@code dev.stickerplatform.bootstrap.embedding}): the ports, which
 * adapters implement and the use cases take.
 */
package dev.stickerplatform.domain.port;
