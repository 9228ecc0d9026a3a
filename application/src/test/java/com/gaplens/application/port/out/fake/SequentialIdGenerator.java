package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.IdGenerator;

/** Hands out {@code id-1}, {@code id-2}, … */
public final class SequentialIdGenerator implements IdGenerator {

    private int next = 1;

    @Override
    public synchronized String newId() {
        return "id-" + next++;
    }
}
