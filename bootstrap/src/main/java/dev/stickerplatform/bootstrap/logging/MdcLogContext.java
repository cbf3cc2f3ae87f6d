package dev.stickerplatform.bootstrap.logging;

import dev.stickerplatform.application.logging.LogContext;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.slf4j.MDC;

/**
 * Connects the application's {@link LogContext} to SLF4J's MDC, which Logback writes on every line (and the
 * JSON encoder as fields). Also tags the listener's lines with the {@code round} it is reading, without the
 * listener knowing: its chain records the round of each block it asks for.
 */
public final class MdcLogContext implements LogContext.Fields {
    private MdcLogContext() {
    }

    /** Installs the MDC as the destination of every {@link LogContext} scope; idempotent. */
    public static void install() {
        LogContext.install(new MdcLogContext());
    }

    @Override
    public void put(String key, String value) {
        MDC.put(key, value);
    }

    @Override
    public void remove(String key) {
        MDC.remove(key);
    }

    /**
     * The listener's view of {@code chain}: asking for a block puts its round in the calling thread's MDC, so the
     * lines the listener logs while it processes that round carry it. Only the listener's own thread uses it.
     */
    public static Chain taggingRounds(Chain chain) {
        return (Chain) Proxy.newProxyInstance(Chain.class.getClassLoader(), new Class<?>[] {Chain.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("block") && args != null && args.length == 1
                            && args[0] instanceof Round round) {
                        MDC.put("round", round.toString());
                    }
                    try {
                        return method.invoke(chain, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
