package com.gaplens.domain.touchpoint;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.JourneyPhase;
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
 * A place of interaction between a brand and its customers, in one journey phase, on one channel
 * (the product page on the web, the checkout in store, the after-sales hotline). Aggregate root.
 *
 * <p>Touchpoint names are unique per brand, case-insensitively, archived ones included: a rule that spans
 * aggregates, kept by the repository ({@code DUPLICATE_NAME}). An archived touchpoint is never changed
 * again ({@code ARCHIVED}) and no new commitment may be scoped to it ({@code ARCHIVED_REFERENCE}).
 */
public final class Touchpoint {

    private final TenantId tenantId;
    private final TouchpointId id;
    private final BrandId brandId;
    private Name name;
    private JourneyPhase phase;
    private Channel channel;
    private Optional<Description> description;
    private LifecycleStatus status;
    private final Version version;

    private Touchpoint(
            TenantId tenantId,
            TouchpointId id,
            BrandId brandId,
            Name name,
            JourneyPhase phase,
            Channel channel,
            Optional<Description> description,
            LifecycleStatus status,
            Version version) {
        this.tenantId = Require.present(tenantId, "tenantId");
        this.id = Require.present(id, "touchpointId");
        this.brandId = Require.present(brandId, "brandId");
        this.name = Require.present(name, "name");
        this.phase = Require.present(phase, "phase");
        this.channel = Require.present(channel, "channel");
        this.description = Require.present(description, "description");
        this.status = Require.present(status, "status");
        this.version = Require.present(version, "version");
    }

    public static Touchpoint create(
            TenantId tenantId,
            TouchpointId id,
            BrandId brandId,
            Name name,
            JourneyPhase phase,
            Channel channel,
            Optional<Description> description) {
        return new Touchpoint(
                tenantId, id, brandId, name, phase, channel, description, LifecycleStatus.ACTIVE, Version.NEW);
    }

    public static Touchpoint restore(
            TenantId tenantId,
            TouchpointId id,
            BrandId brandId,
            Name name,
            JourneyPhase phase,
            Channel channel,
            Optional<Description> description,
            LifecycleStatus status,
            Version version) {
        return new Touchpoint(tenantId, id, brandId, name, phase, channel, description, status, version);
    }

    public void rename(Name newName) {
        requireActive();
        this.name = Require.present(newName, "name");
    }

    public void describe(Optional<Description> newDescription) {
        requireActive();
        this.description = Require.present(newDescription, "description");
    }

    /** Moves the touchpoint to another phase and/or channel. */
    public void relocate(JourneyPhase newPhase, Channel newChannel) {
        requireActive();
        this.phase = Require.present(newPhase, "phase");
        this.channel = Require.present(newChannel, "channel");
    }

    /** Archives the touchpoint; archiving twice changes nothing. */
    public void archive() {
        this.status = LifecycleStatus.ARCHIVED;
    }

    /** Fails with {@code ARCHIVED_REFERENCE} on {@code field} when the touchpoint is archived. */
    public void requireUsable(String field) {
        if (!isActive()) {
            throw new InvalidInputException(
                    "ARCHIVED_REFERENCE", field, "touchpoint " + id + " is archived and cannot be used");
        }
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public TouchpointId id() {
        return id;
    }

    public BrandId brandId() {
        return brandId;
    }

    public Name name() {
        return name;
    }

    public JourneyPhase phase() {
        return phase;
    }

    public Channel channel() {
        return channel;
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
                    "ARCHIVED", "touchpointId", "touchpoint " + id + " is archived and cannot be changed");
        }
    }
}
