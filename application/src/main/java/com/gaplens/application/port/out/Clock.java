package com.gaplens.application.port.out;

import java.time.Instant;

/** The current instant, for stamping publications and defaulting "now". */
public interface Clock {
    Instant now();
}
