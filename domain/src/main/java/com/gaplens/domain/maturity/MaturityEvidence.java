package com.gaplens.domain.maturity;

import com.gaplens.domain.shared.Require;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an assessment observed: which {@link BusinessFunction}s take part in designing and delivering the
 * experience, and which {@link ExperiencePractice}s are in place (feedback changes existing offers, new offers are
 * designed with the experience built in, customers co-create, employee experience is measured on the same 12
 * variables). Both sets may be empty.
 */
public record MaturityEvidence(Set<BusinessFunction> functionsInvolved, Set<ExperiencePractice> practices) {

    public MaturityEvidence {
        Require.noNulls(functionsInvolved, "functionsInvolved");
        Require.noNulls(practices, "practices");
        functionsInvolved = Collections.unmodifiableSet(
                functionsInvolved.isEmpty()
                        ? EnumSet.noneOf(BusinessFunction.class)
                        : EnumSet.copyOf(functionsInvolved));
        practices = Collections.unmodifiableSet(
                practices.isEmpty() ? EnumSet.noneOf(ExperiencePractice.class) : EnumSet.copyOf(practices));
    }

    /** No function involved and no practice in place. */
    public static MaturityEvidence none() {
        return new MaturityEvidence(Set.of(), Set.of());
    }

    public boolean involves(BusinessFunction function) {
        return functionsInvolved.contains(function);
    }

    public boolean has(ExperiencePractice practice) {
        return practices.contains(practice);
    }
}
