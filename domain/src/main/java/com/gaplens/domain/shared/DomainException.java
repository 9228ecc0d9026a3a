package com.gaplens.domain.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * A broken rule of the domain. Every failure carries:
 * <ul>
 *   <li>a {@link ErrorKind} (the coarse, stable API error code: VALIDATION, NOT_FOUND, CONFLICT);</li>
 *   <li>a {@code reason}: a stable UPPER_SNAKE identifier of the exact rule broken (for example
 *       {@code TARGET_LEVEL_OUT_OF_RANGE}); clients may branch on it;</li>
 *   <li>an optional {@code field}: the name or path of the input that is wrong, as the caller named
 *       it (for example {@code targetLevel} or {@code commitments[2].brandValue});</li>
 *   <li>a message a person understands.</li>
 * </ul>
 * The three kinds are the three subclasses; nothing else extends this type.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException {

    private final String reason;
    private final String field;

    protected DomainException(String reason, String field, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.field = field;
    }

    public abstract ErrorKind kind();

    /** The stable identifier of the rule that was broken. */
    public String reason() {
        return reason;
    }

    /** The input that is wrong, when one is to blame. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** A copy of this failure that names {@code prefix.field} (or {@code prefix}) as the wrong input. */
    public abstract DomainException under(String prefix);

    protected String prefixed(String prefix) {
        return field == null ? prefix : prefix + "." + field;
    }
}
