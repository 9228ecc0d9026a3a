package com.gaplens.domain.maturity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Test-data builder for maturity evidence. */
public final class MaturityEvidenceBuilder {

    private final Set<BusinessFunction> functions = EnumSet.noneOf(BusinessFunction.class);
    private final Set<ExperiencePractice> practices = EnumSet.noneOf(ExperiencePractice.class);

    private MaturityEvidenceBuilder() {}

    public static MaturityEvidenceBuilder evidence() {
        return new MaturityEvidenceBuilder();
    }

    public MaturityEvidenceBuilder involving(BusinessFunction... values) {
        functions.addAll(List.of(values));
        return this;
    }

    public MaturityEvidenceBuilder practising(ExperiencePractice... values) {
        practices.addAll(List.of(values));
        return this;
    }

    public MaturityEvidenceBuilder practising(Collection<ExperiencePractice> values) {
        practices.addAll(values);
        return this;
    }

    public MaturityEvidence build() {
        return new MaturityEvidence(functions, practices);
    }
}
