package com.gaplens.domain.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.gaplens.domain.shared.DomainException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a call breaks a rule with the exact kind, reason and field. */
public final class DomainFailures {

    private DomainFailures() {}

    public static <E extends DomainException> E assertFails(
            ThrowingCallable call, Class<E> kind, String reason, String field) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the failure").isInstanceOf(kind);
        E failure = kind.cast(thrown);
        assertThat(failure.reason()).as("reason").isEqualTo(reason);
        assertThat(failure.field()).as("field").hasValue(field);
        return failure;
    }

    public static <E extends DomainException> E assertFailsWithoutField(
            ThrowingCallable call, Class<E> kind, String reason) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the failure").isInstanceOf(kind);
        E failure = kind.cast(thrown);
        assertThat(failure.reason()).as("reason").isEqualTo(reason);
        assertThat(failure.field()).as("field").isEmpty();
        return failure;
    }
}
