package dev.stickerplatform.domain.port;

/**
 * The pinning service answered with another CID than the one the platform computed for the bytes (different
 * chunking, CID version or a corrupted upload). Nothing was recorded; retrying will not help until the service's
 * settings are fixed.
 */
public class ContentIntegrityException extends RuntimeException {
    public ContentIntegrityException(String message) {
        super(message);
    }
}
