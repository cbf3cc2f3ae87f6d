package dev.stickerplatform.adapters.http.server;

import dev.stickerplatform.domain.model.Address;
import java.util.Objects;
import java.util.function.Function;

/**
 * The access a route declares; the route table turns it into an {@link dev.stickerplatform.adapters.http.Access}
 * for the policy on every request. A state-changing route cannot be registered without one.
 *
 * @param <B> the type of the route's JSON body ({@code Void} for routes without one)
 */
public sealed interface AccessRule<B> {
    /** Anyone may call it; {@code reason} says why that is safe (it is listed by the route catalog). */
    static <B> AccessRule<B> open(String reason) {
        return new Open<>(reason);
    }

    static <B> AccessRule<B> admin() {
        return new Admin<>();
    }

    /** Acting on the wallet named by the path parameter {@code param}. */
    static <B> AccessRule<B> walletInPath(String param) {
        return new WalletInPath<>(param);
    }

    /** Acting on the wallet named by the body field {@code field}, read by {@code wallet} (null when absent). */
    static <B> AccessRule<B> walletInBody(String field, Function<B, Address> wallet) {
        return new WalletInBody<>(field, wallet);
    }

    /** A short description for the route catalog and the docs: {@code open}, {@code admin}, {@code wallet:path:wallet}. */
    String describe();

    record Open<B>(String reason) implements AccessRule<B> {
        public Open {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("an open route says why it needs no access check");
            }
        }

        @Override
        public String describe() {
            return "open";
        }
    }

    record Admin<B>() implements AccessRule<B> {
        @Override
        public String describe() {
            return "admin";
        }
    }

    record WalletInPath<B>(String param) implements AccessRule<B> {
        public WalletInPath {
            Objects.requireNonNull(param, "param");
        }

        @Override
        public String describe() {
            return "wallet:path:" + param;
        }
    }

    record WalletInBody<B>(String field, Function<B, Address> wallet) implements AccessRule<B> {
        public WalletInBody {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(wallet, "wallet");
        }

        @Override
        public String describe() {
            return "wallet:body:" + field;
        }
    }
}
