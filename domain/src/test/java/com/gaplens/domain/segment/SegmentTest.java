package com.gaplens.domain.segment;

import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.testdata.SegmentBuilder;
import com.gaplens.domain.testdata.TestIds;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SegmentTest {

    @Test
    void aNewSegmentIsActiveAndNeverStored() {
        Segment segment = Segment.create(
                TestIds.TENANT_A,
                TestIds.YOUNG_ADULTS,
                TestIds.BRAND,
                SegmentKind.PROFILE,
                Name.of("25-34"),
                Optional.empty());

        assertThat(segment.status()).isEqualTo(LifecycleStatus.ACTIVE);
        assertThat(segment.version()).isEqualTo(Version.NEW);
        assertThat(segment.kind()).isEqualTo(SegmentKind.PROFILE);
    }

    @Test
    void aSegmentCanBeRenamedAndReclassified() {
        Segment segment = SegmentBuilder.aSegment().build();

        segment.rename(Name.of("In a hurry"));
        segment.reclassify(SegmentKind.SITUATION);

        assertThat(segment.name()).isEqualTo(Name.of("In a hurry"));
        assertThat(segment.kind()).isEqualTo(SegmentKind.SITUATION);
    }

    @Test
    void anArchivedSegmentCannotBeChangedNorUsed() {
        Segment segment = SegmentBuilder.aSegment().build();
        segment.archive();

        assertFails(() -> segment.rename(Name.of("Other")), ConflictException.class, "ARCHIVED", "segmentId");
        assertFails(
                () -> segment.requireUsable("segmentId"),
                InvalidInputException.class,
                "ARCHIVED_REFERENCE",
                "segmentId");
    }
}
