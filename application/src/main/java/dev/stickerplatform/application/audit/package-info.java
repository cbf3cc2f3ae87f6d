/**
 * The signing audit trail as operators read it: pages of signature requests, newest first, and the check of its hash
 * chain.
 */
package dev.stickerplatform.application.audit;
