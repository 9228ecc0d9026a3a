package com.gaplens.application.port.out.fake;

import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Name;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** The uniqueness rules of the outbound ports, as the fakes keep them. */
final class Uniqueness {

    private Uniqueness() {}

    /** {@code DUPLICATE_NAME} on {@code name} when one of {@code others} in the same scope has the same name key. */
    static <A> void nameFree(A aggregate, List<A> others, Function<A, Name> name, Predicate<A> sameScope) {
        for (A other : others) {
            if (sameScope.test(other) && name.apply(other).sameAs(name.apply(aggregate))) {
                throw new ConflictException(
                        "DUPLICATE_NAME", "name", "the name \"" + name.apply(aggregate) + "\" is taken");
            }
        }
    }

    /** {@code DUPLICATE_SCALE_CODE} on {@code scaleCode}: a tenant already has a scale with this code. */
    static ConflictException duplicateScaleCode(com.gaplens.domain.scale.ScaleCode code) {
        return new ConflictException(
                "DUPLICATE_SCALE_CODE", "scaleCode", "a scale with code " + code + " exists already");
    }
}
