/**
 * Content stores: the CID computation shared by all of them ({@link UnixFsCid}), memory and directory stores, and
 * the IPFS pinning services (Kubo RPC, Pinata) in front of a durable store.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.persistence.content;
