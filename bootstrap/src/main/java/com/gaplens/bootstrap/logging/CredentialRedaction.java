package com.gaplens.bootstrap.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * No credential reaches a log line, whoever writes it: every event of every logger (GapLens's, Spring's, Tomcat's
 * through JUL) is looked at before it is written, and one whose message or exception holds an API key
 * ({@code gl_<id>.<secret>}: the secret is dropped, the public key id kept) or an {@code Authorization} value
 * ({@code Bearer …}, {@code Basic …}) is written again with the secret replaced by {@value #REDACTED}. Tomcat, for
 * one, quotes a whole malformed header line (a NUL byte in it) in its exception message.
 *
 * <p>A Logback turbo filter, installed on the logger context right after Spring Boot has set logging up (and again
 * each time it does). An event without a credential costs one formatting of its message, only when it is enabled.
 */
public final class CredentialRedaction extends TurboFilter
        implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    static final String REDACTED = "[REDACTED]";

    private static final Pattern CREDENTIAL =
            Pattern.compile("(gl_[a-z0-9]{24}\\.)[^\\s\"',;\\]\\[)(}{]+|((?i:bearer|basic)\\s+)[^\\s\"',;\\]\\[)(}{]+");

    private static final ThreadLocal<Boolean> REWRITING = ThreadLocal.withInitial(() -> false);

    /** {@code text} with the secret of every credential in it replaced. */
    static String redact(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = CREDENTIAL.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            String kept = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            matcher.appendReplacement(out, Matcher.quoteReplacement(kept + REDACTED));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (REWRITING.get() || level == null || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        String message = params == null || params.length == 0
                ? format
                : MessageFormatter.arrayFormat(format, params).getMessage();
        Throwable cause = t;
        if (cause == null
                && params != null
                && params.length > 0
                && params[params.length - 1] instanceof Throwable last) {
            cause = last;
        }
        String redacted = redact(message);
        Throwable redactedCause = redact(cause);
        if (redacted == message && redactedCause == cause) {
            return FilterReply.NEUTRAL;
        }
        REWRITING.set(true);
        try {
            logger.log(marker, Logger.FQCN, Level.toLocationAwareLoggerInteger(level), redacted, null, redactedCause);
        } finally {
            REWRITING.set(false);
        }
        return FilterReply.DENY;
    }

    /** {@code t} itself when no message in its chain holds a credential; otherwise a copy with them redacted. */
    static Throwable redact(Throwable t) {
        if (t == null || !holdsCredential(t)) {
            return t;
        }
        Redacted copy = new Redacted(t.getClass().getName() + ": " + redact(t.getMessage()), redact(t.getCause()));
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    private static boolean holdsCredential(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e.getMessage() != null && CREDENTIAL.matcher(e.getMessage()).find()) {
                return true;
            }
        }
        return false;
    }

    /** An exception whose message held a credential, re-told without it (its class name opens the message). */
    static final class Redacted extends RuntimeException {
        Redacted(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(CredentialRedaction.class::isInstance)) {
            CredentialRedaction filter = new CredentialRedaction();
            filter.setName("gaplens-credential-redaction");
            filter.setContext(context);
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    /** Right after {@link LoggingApplicationListener}, which resets the logger context. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
