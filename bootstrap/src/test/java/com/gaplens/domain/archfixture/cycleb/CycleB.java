package com.gaplens.domain.archfixture.cycleb;

import com.gaplens.domain.archfixture.cyclea.CycleA;

/** The other half of a deliberate package cycle. Test sources only. */
public class CycleB {
    CycleA other;
}
