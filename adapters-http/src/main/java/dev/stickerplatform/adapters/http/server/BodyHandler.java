package dev.stickerplatform.adapters.http.server;

import io.javalin.http.Context;

/** A handler that receives its JSON body already parsed (and its access already checked). */
@FunctionalInterface
public interface BodyHandler<B> {
    void handle(Context ctx, B body) throws Exception;
}
