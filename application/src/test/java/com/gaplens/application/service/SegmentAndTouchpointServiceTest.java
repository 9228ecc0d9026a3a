package com.gaplens.application.service;

import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.SegmentFilter;
import com.gaplens.application.listing.TouchpointFilter;
import com.gaplens.application.port.in.ArchiveBrandUseCase.ArchiveBrandCommand;
import com.gaplens.application.port.in.ArchiveSegmentUseCase.ArchiveSegmentCommand;
import com.gaplens.application.port.in.ListSegmentsUseCase.ListSegmentsQuery;
import com.gaplens.application.port.in.ListTouchpointsUseCase.ListTouchpointsQuery;
import com.gaplens.application.port.in.UpdateSegmentUseCase.UpdateSegmentCommand;
import com.gaplens.application.port.in.UpdateTouchpointUseCase.UpdateTouchpointCommand;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentKind;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.testdata.TestIds;
import com.gaplens.domain.touchpoint.Touchpoint;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SegmentAndTouchpointServiceTest {

    private final CatalogueHarness app = new CatalogueHarness();
    private Brand brand;

    @BeforeEach
    void aBrand() {
        brand = app.brand(TestIds.TENANT_A, "Maison Claire", "Simplicity");
    }

    @Test
    void segmentsAndTouchpointsAreDefinedForABrandAndListedByIt() {
        app.segment(TestIds.TENANT_A, brand.id(), "45 and over");
        app.segment(TestIds.TENANT_A, brand.id(), "25-34");
        app.touchpoint(TestIds.TENANT_A, brand.id(), "Checkout", JourneyPhase.PURCHASE, Channel.STORE);

        assertThat(app.segments
                        .listSegments(new ListSegmentsQuery(
                                TestIds.TENANT_A, SegmentFilter.ofBrand(brand.id()), PageRequest.first(10)))
                        .items())
                .extracting(s -> s.name().value())
                .containsExactly("25-34", "45 and over");
        assertThat(app.touchpoints
                        .listTouchpoints(new ListTouchpointsQuery(
                                TestIds.TENANT_A, TouchpointFilter.ofBrand(brand.id()), PageRequest.first(10)))
                        .items())
                .extracting(t -> t.name().value(), Touchpoint::phase, Touchpoint::channel)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("Checkout", JourneyPhase.PURCHASE, Channel.STORE));
    }

    @Test
    void aSegmentOrTouchpointOfAnUnknownBrandIsNotFound() {
        assertFails(
                () -> app.segment(TestIds.TENANT_A, new BrandId("nope"), "45 and over"),
                NotFoundException.class,
                "BRAND_NOT_FOUND",
                "brandId");
        assertFails(
                () -> app.touchpoint(TestIds.TENANT_B, brand.id(), "Checkout", JourneyPhase.PURCHASE, Channel.STORE),
                NotFoundException.class,
                "BRAND_NOT_FOUND",
                "brandId");
    }

    @Test
    void nothingNewIsAttachedToAnArchivedBrand() {
        app.brands.archiveBrand(new ArchiveBrandCommand(TestIds.TENANT_A, brand.id(), brand.version()));

        assertFails(
                () -> app.segment(TestIds.TENANT_A, brand.id(), "45 and over"),
                InvalidInputException.class,
                "ARCHIVED_REFERENCE",
                "brandId");
        assertFails(
                () -> app.touchpoint(TestIds.TENANT_A, brand.id(), "Checkout", JourneyPhase.PURCHASE, Channel.STORE),
                InvalidInputException.class,
                "ARCHIVED_REFERENCE",
                "brandId");
    }

    @Test
    void segmentNamesAreUniqueWithinTheBrand() {
        app.segment(TestIds.TENANT_A, brand.id(), "45 and over");

        assertFails(
                () -> app.segment(TestIds.TENANT_A, brand.id(), "45 AND OVER"),
                ConflictException.class,
                "DUPLICATE_NAME",
                "name");
    }

    @Test
    void aSegmentIsUpdatedAtTheVersionReadAndArchived() {
        Segment segment = app.segment(TestIds.TENANT_A, brand.id(), "45 and over");

        Segment updated = app.segments.updateSegment(new UpdateSegmentCommand(
                TestIds.TENANT_A,
                segment.id(),
                Version.of(1),
                SegmentKind.SITUATION,
                Name.of("Gift"),
                Optional.empty()));
        Segment archived =
                app.segments.archiveSegment(new ArchiveSegmentCommand(TestIds.TENANT_A, segment.id(), Version.of(2)));

        assertThat(updated.kind()).isEqualTo(SegmentKind.SITUATION);
        assertThat(archived.status()).isEqualTo(LifecycleStatus.ARCHIVED);
        assertThat(archived.version()).isEqualTo(Version.of(3));
        assertFails(
                () -> app.segments.archiveSegment(
                        new ArchiveSegmentCommand(TestIds.TENANT_A, segment.id(), Version.of(2))),
                ConflictException.class,
                "STALE_VERSION",
                "expectedVersion");
    }

    @Test
    void aTouchpointIsRelocatedAtTheVersionReadAndAStaleUpdateChangesNothing() {
        Touchpoint touchpoint =
                app.touchpoint(TestIds.TENANT_A, brand.id(), "Checkout", JourneyPhase.PURCHASE, Channel.STORE);

        Touchpoint moved = app.touchpoints.updateTouchpoint(new UpdateTouchpointCommand(
                TestIds.TENANT_A,
                touchpoint.id(),
                Version.of(1),
                Name.of("Checkout"),
                JourneyPhase.PURCHASE,
                Channel.WEB,
                Optional.empty()));

        assertThat(moved.channel()).isEqualTo(Channel.WEB);
        assertFails(
                () -> app.touchpoints.updateTouchpoint(new UpdateTouchpointCommand(
                        TestIds.TENANT_A,
                        touchpoint.id(),
                        Version.of(1),
                        Name.of("Till"),
                        JourneyPhase.PURCHASE,
                        Channel.STORE,
                        Optional.empty())),
                ConflictException.class,
                "STALE_VERSION",
                "expectedVersion");
        assertFails(
                () -> app.touchpoints.updateTouchpoint(new UpdateTouchpointCommand(
                        TestIds.TENANT_B,
                        touchpoint.id(),
                        Version.of(2),
                        Name.of("Till"),
                        JourneyPhase.PURCHASE,
                        Channel.STORE,
                        Optional.empty())),
                NotFoundException.class,
                "TOUCHPOINT_NOT_FOUND",
                "touchpointId");
    }
}
