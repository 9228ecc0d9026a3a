package com.gaplens.adapters.graphql.protection;

import com.gaplens.application.deadline.Deadline;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;

/**
 * Carries a request's {@link Deadline} wherever Spring for GraphQL moves its work: the deadline is put in the
 * GraphQL context under {@link #KEY}, and context propagation restores it on the thread that runs each controller
 * method (virtual threads of their own), and clears it afterwards, as it does for the security context.
 */
final class DeadlineAccessor implements ThreadLocalAccessor<Deadline> {

    static final String KEY = "gaplens.deadline";

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(new DeadlineAccessor());
    }

    /** Makes sure the accessor is registered (once, by the class's initialisation). */
    static void register() {}

    @Override
    public Object key() {
        return KEY;
    }

    @Override
    public Deadline getValue() {
        return Deadline.current().orElse(null);
    }

    @Override
    public void setValue(Deadline value) {
        Deadline.bind(value);
    }

    @Override
    public void setValue() {
        Deadline.bind(null);
    }
}
