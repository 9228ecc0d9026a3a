package com.gaplens.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.bi.LabelSource;
import com.gaplens.application.port.out.LabelChangeFeed;
import com.gaplens.application.port.out.LabelChangeFeed.LabelChange;
import com.gaplens.application.port.out.MonthCellFeed.Backlog;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.target.SegmentVariantId;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LabelChangeFeed} does. Extend it with the feed of the implementation and its clock. */
public abstract class LabelChangeFeedContract {

    protected final TenantId tenantA = new TenantId("t-" + UUID.randomUUID());
    protected final TenantId tenantB = new TenantId("t-" + UUID.randomUUID());
    private static final LabelSource BRAND = new LabelSource.OfBrand(new BrandId("b-1"));
    private static final LabelSource TOUCHPOINT = new LabelSource.OfTouchpoint(new TouchpointId("tp-1"));

    private LabelChangeFeed feed;

    /** The feed to test; may hold marks of other tenants. */
    protected abstract LabelChangeFeed feed();

    /** Now, on the clock the feed dates its marks with. */
    protected abstract Instant now();

    /** Lets that clock move on. */
    protected abstract void letTimePass();

    @BeforeEach
    void aFeed() {
        feed = feed();
    }

    @Test
    void aMarkedSourceIsOfferedWithItsVersionAndInstantUntilPublished() {
        Instant before = now();
        feed.markChanged(tenantA, BRAND, 3);
        Instant after = now();

        List<LabelChange> marks = feed.changedLabels(tenantA, 10);
        assertThat(marks).hasSize(1);
        assertThat(marks.getFirst().source()).isEqualTo(BRAND);
        assertThat(marks.getFirst().version()).isEqualTo(3);
        assertThat(marks.getFirst().since()).isBetween(before, after);
        assertThat(feed.tenantsWithChangedLabels()).contains(tenantA);

        feed.markPublished(tenantA, marks);

        assertThat(feed.changedLabels(tenantA, 10)).isEmpty();
        assertThat(feed.backlog(tenantA)).isEqualTo(new Backlog(0, Optional.empty()));
        assertThat(feed.tenantsWithChangedLabels()).doesNotContain(tenantA);
    }

    @Test
    void markingAgainKeepsTheFirstInstantTheHigherVersionAndSurvivesAnOlderClearing() {
        feed.markChanged(tenantA, BRAND, 3);
        LabelChange first = feed.changedLabels(tenantA, 10).getFirst();
        letTimePass();
        feed.markChanged(tenantA, BRAND, 2);

        feed.markPublished(tenantA, List.of(first));

        List<LabelChange> still = feed.changedLabels(tenantA, 10);
        assertThat(still).hasSize(1);
        assertThat(still.getFirst().version()).isEqualTo(3);
        assertThat(still.getFirst().since()).isEqualTo(first.since());
        assertThat(still.getFirst().markedAt()).isAfter(first.markedAt());
        assertThat(still.getFirst().stamp()).isNotEqualTo(first.stamp());
    }

    @Test
    void everyKindOfSourceIsMarkedApartAndOfferedOnceInBatches() {
        List<LabelSource> sources = List.of(
                BRAND,
                TOUCHPOINT,
                new LabelSource.OfSegment(new SegmentId("s-1")),
                new LabelSource.OfTargetExperience(new TargetExperienceId("te-1")),
                new LabelSource.OfSegmentVariant(new SegmentVariantId("sv-1")));
        sources.forEach(s -> feed.markChanged(tenantA, s, 1));

        Set<LabelSource> offered = new HashSet<>();
        for (int round = 0; round < 5; round++) {
            List<LabelChange> batch = feed.changedLabels(tenantA, 2);
            assertThat(batch.size()).isLessThanOrEqualTo(2);
            batch.forEach(c -> assertThat(offered.add(c.source())).isTrue());
            feed.markPublished(tenantA, batch);
        }

        assertThat(offered).containsExactlyInAnyOrderElementsOf(sources);
    }

    @Test
    void tenantsNeverSeeNorClearEachOthersMarks() {
        feed.markChanged(tenantA, BRAND, 1);
        feed.markChanged(tenantB, BRAND, 7);

        feed.markPublished(tenantB, feed.changedLabels(tenantA, 10));
        feed.markPublished(tenantB, feed.changedLabels(tenantB, 10));

        assertThat(feed.changedLabels(tenantA, 10)).hasSize(1);
        assertThat(feed.changedLabels(tenantA, 10).getFirst().version()).isEqualTo(1);
        assertThat(feed.changedLabels(tenantB, 10)).isEmpty();
        assertThat(feed.tenantsWithChangedLabels()).contains(tenantA).doesNotContain(tenantB);
    }

    @Test
    void theBacklogCountsMarkedSourcesSinceTheOldestMark() {
        Instant before = now();
        feed.markChanged(tenantA, BRAND, 1);
        Instant after = now();
        letTimePass();
        feed.markChanged(tenantA, TOUCHPOINT, 1);
        feed.markChanged(tenantA, BRAND, 2);

        Backlog backlog = feed.backlog(tenantA);

        assertThat(backlog.changedCells()).isEqualTo(2);
        assertThat(backlog.oldestChange().orElseThrow()).isBetween(before, after);
    }
}
