package dev.stickerplatform.adapters.kms;

import java.lang.System.Logger.Level;

/**
 * Routes the PKCS#11 wrapper's log lines to {@code System.Logger} "org.xipki.pkcs11". Its chatty "info" lines
 * (licence text, module path, session counts) go to DEBUG. The wrapper never receives a PIN to log.
 */
final class Pkcs11Log implements org.xipki.pkcs11.wrapper.Logger {
    private final System.Logger logger = System.getLogger("org.xipki.pkcs11");

    @Override
    public void info(String format, Object... arguments) {
        log(Level.DEBUG, format, arguments);
    }

    @Override
    public void warn(String format, Object... arguments) {
        log(Level.WARNING, format, arguments);
    }

    @Override
    public void error(String format, Object... arguments) {
        log(Level.ERROR, format, arguments);
    }

    @Override
    public void debug(String format, Object... arguments) {
        log(Level.TRACE, format, arguments);
    }

    @Override
    public void trace(String format, Object... arguments) {
        log(Level.TRACE, format, arguments);
    }

    @Override
    public boolean isDebugEnabled() {
        return logger.isLoggable(Level.TRACE);
    }

    @Override
    public boolean isInfoEnabled() {
        return logger.isLoggable(Level.DEBUG);
    }

    @Override
    public boolean isWarnEnabled() {
        return logger.isLoggable(Level.WARNING);
    }

    @Override
    public boolean isTraceEnabled() {
        return logger.isLoggable(Level.TRACE);
    }

    private void log(Level level, String format, Object... arguments) {
        if (logger.isLoggable(level)) {
            logger.log(level, fill(format, arguments));
        }
    }

    /** SLF4J-style "{}" placeholders, filled in order. */
    static String fill(String format, Object... arguments) {
        if (format == null || arguments == null || arguments.length == 0) {
            return format;
        }
        StringBuilder out = new StringBuilder(format.length() + 32);
        int from = 0;
        for (Object argument : arguments) {
            int at = format.indexOf("{}", from);
            if (at < 0) {
                break;
            }
            out.append(format, from, at).append(argument);
            from = at + 2;
        }
        return out.append(format, from, format.length()).toString();
    }
}
