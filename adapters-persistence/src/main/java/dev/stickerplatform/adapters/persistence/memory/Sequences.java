package dev.stickerplatform.adapters.persistence.memory;

import java.util.concurrent.atomic.AtomicLong;

/** Id generators of the store; like database sequences, an id taken by a rolled-back insert is not reused. */
final class Sequences {
    private final AtomicLong templates = new AtomicLong();
    private final AtomicLong stickers = new AtomicLong();

    long nextTemplateId() {
        return templates.incrementAndGet();
    }

    long nextStickerId() {
        return stickers.incrementAndGet();
    }
}
