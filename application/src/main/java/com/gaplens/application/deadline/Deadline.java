package com.gaplens.application.deadline;

import java.time.Duration;
import java.util.Optional;

/**
 * The moment by which the caller of the work in progress stops waiting for it: work past its deadline is abandoned
 * work, and must stop rather than run on unseen. A request sets its deadline on the thread that serves it (and on
 * every thread its work moves to); each database operation then gets only the time left (the driver cancels it on
 * the server when that runs out) and none starts once it is gone, so a long job made of many operations (a rebuild
 * of roll-ups day after day) ends within one operation of its caller's timeout.
 *
 * <p>Plain Java, so that the application and every adapter can see it: the GraphQL adapter sets it, the Mongo adapter
 * obeys it; a thread without one works unbounded by any caller (start-up, background jobs with their own limits).
 */
public final class Deadline {

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private final long atNanos;

    private Deadline(long atNanos) {
        this.atNanos = atNanos;
    }

    /** A deadline {@code time} from now. */
    public static Deadline in(Duration time) {
        return new Deadline(System.nanoTime() + time.toNanos());
    }

    /** The deadline of the work on this thread, if its caller set one. */
    public static Optional<Deadline> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Makes {@code deadline} this thread's (null: none); returns the one it replaces, to put back afterwards. */
    public static Deadline bind(Deadline deadline) {
        Deadline previous = CURRENT.get();
        if (deadline == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(deadline);
        }
        return previous;
    }

    /** The time left, zero once passed. */
    public Duration remaining() {
        long left = atNanos - System.nanoTime();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    public boolean passed() {
        return atNanos - System.nanoTime() <= 0;
    }

    @Override
    public String toString() {
        return "Deadline[in " + remaining().toMillis() + " ms]";
    }
}
