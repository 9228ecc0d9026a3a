package com.gaplens.domain.segment;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/**
 * A customer segment of a brand: a profile (who) or a usage situation (when, why). The target experience
 * is declined per segment through a segment variant. Aggregate root.
 *
 * <p>Segment names are unique per brand, case-insensitively, archived segments included: a rule that spans
 * aggregates, kept by the repository ({@code DUPLICATE_NAME}). An archived segment is never changed again
 * ({@code ARCHIVED}) and no new variant may be declined for it ({@code ARCHIVED_REFERENCE}).
 */
public final class Segment {

    private final TenantId tenantId;
    private final SegmentId id;
    private final BrandId brandId;
    private SegmentKind kind;
    private Name name;
    private Optional<Description> description;
    private LifecycleStatus status;
    private final Version version;

    private Segment(
            TenantId tenantId,
            SegmentId id,
            BrandId brandId,
            SegmentKind kind,
            Name name,
            Optional<Description> description,
            LifecycleStatus status,
            Version version) {
        this.tenantId = Require.present(tenantId, "tenantId");
        this.id = Require.present(id, "segmentId");
        this.brandId = Require.present(brandId, "brandId");
        this.kind = Require.present(kind, "kind");
        this.name = Require.present(name, "name");
        this.description = Require.present(description, "description");
        this.status = Require.present(status, "status");
        this.version = Require.present(version, "version");
    }

    public static Segment create(
            TenantId tenantId,
            SegmentId id,
            BrandId brandId,
            SegmentKind kind,
            Name name,
            Optional<Description> description) {
        return new Segment(tenantId, id, brandId, kind, name, description, LifecycleStatus.ACTIVE, Version.NEW);
    }

    public static Segment restore(
            TenantId tenantId,
            SegmentId id,
            BrandId brandId,
            SegmentKind kind,
            Name name,
            Optional<Description> description,
            LifecycleStatus status,
            Version version) {
        return new Segment(tenantId, id, brandId, kind, name, description, status, version);
    }

    public void rename(Name newName) {
        requireActive();
        this.name = Require.present(newName, "name");
    }

    public void describe(Optional<Description> newDescription) {
        requireActive();
        this.description = Require.present(newDescription, "description");
    }

    public void reclassify(SegmentKind newKind) {
        requireActive();
        this.kind = Require.present(newKind, "kind");
    }

    /** Archives the segment; archiving twice changes nothing. */
    public void archive() {
        this.status = LifecycleStatus.ARCHIVED;
    }

    /** Fails with {@code ARCHIVED_REFERENCE} on {@code field} when the segment is archived. */
    public void requireUsable(String field) {
        if (!isActive()) {
            throw new InvalidInputException(
                    "ARCHIVED_REFERENCE", field, "segment " + id + " is archived and cannot be used");
        }
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public SegmentId id() {
        return id;
    }

    public BrandId brandId() {
        return brandId;
    }

    public SegmentKind kind() {
        return kind;
    }

    public Name name() {
        return name;
    }

    public Optional<Description> description() {
        return description;
    }

    public LifecycleStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == LifecycleStatus.ACTIVE;
    }

    public Version version() {
        return version;
    }

    private void requireActive() {
        if (!isActive()) {
            throw new ConflictException(
                    "ARCHIVED", "segmentId", "segment " + id + " is archived and cannot be changed");
        }
    }
}
