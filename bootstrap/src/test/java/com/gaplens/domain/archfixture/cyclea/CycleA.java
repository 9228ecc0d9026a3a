package com.gaplens.domain.archfixture.cyclea;

import com.gaplens.domain.archfixture.cycleb.CycleB;

/** Half of a deliberate package cycle. Test sources only. */
public class CycleA {
    CycleB other;
}
