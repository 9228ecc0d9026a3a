package com.gaplens.domain.gap;

import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.shared.Require;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The measurement methods behind a figure. A figure backed by fewer than {@value #MINIMUM_METHODS}
 * methods is a <em>weak signal</em>: one method alone (a barometer only, complaints only) sees one side
 * of the experience, and views say so.
 */
public record Triangulation(Set<MeasurementMethod> methods) {

    public static final int MINIMUM_METHODS = 2;

    public Triangulation {
        Require.noNulls(methods, "methods");
        EnumSet<MeasurementMethod> copy = EnumSet.noneOf(MeasurementMethod.class);
        copy.addAll(methods);
        methods = Collections.unmodifiableSet(copy);
    }

    /** How many distinct methods. */
    public int count() {
        return methods.size();
    }

    /** Whether fewer than two methods back the figure. */
    public boolean weakSignal() {
        return count() < MINIMUM_METHODS;
    }
}
