package com.gaplens.domain.touchpoint;

import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.testdata.TouchpointBuilder;
import org.junit.jupiter.api.Test;

class TouchpointTest {

    @Test
    void aTouchpointCanMoveToAnotherPhaseAndChannel() {
        Touchpoint touchpoint = TouchpointBuilder.aTouchpoint().build();

        touchpoint.relocate(JourneyPhase.AFTER_PURCHASE, Channel.WEB);

        assertThat(touchpoint.phase()).isEqualTo(JourneyPhase.AFTER_PURCHASE);
        assertThat(touchpoint.channel()).isEqualTo(Channel.WEB);
    }

    @Test
    void anArchivedTouchpointCannotBeChangedNorUsed() {
        Touchpoint touchpoint = TouchpointBuilder.aTouchpoint().archived().build();

        assertFails(
                () -> touchpoint.relocate(JourneyPhase.USAGE, Channel.WEB),
                ConflictException.class,
                "ARCHIVED",
                "touchpointId");
        assertFails(
                () -> touchpoint.requireUsable("scope.touchpoints"),
                InvalidInputException.class,
                "ARCHIVED_REFERENCE",
                "scope.touchpoints");
    }
}
