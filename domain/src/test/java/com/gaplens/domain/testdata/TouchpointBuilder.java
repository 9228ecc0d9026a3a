package com.gaplens.domain.testdata;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.List;
import java.util.Optional;

/** Builds touchpoints. By default: {@link TestIds#CHECKOUT} "Checkout", PURCHASE, STORE, of {@link TestIds#BRAND}, active. */
public final class TouchpointBuilder {

    private TenantId tenant = TestIds.TENANT_A;
    private TouchpointId id = TestIds.CHECKOUT;
    private BrandId brand = TestIds.BRAND;
    private String name = "Checkout";
    private JourneyPhase phase = JourneyPhase.PURCHASE;
    private Channel channel = Channel.STORE;
    private LifecycleStatus status = LifecycleStatus.ACTIVE;
    private Version version = Version.NEW;

    public static TouchpointBuilder aTouchpoint() {
        return new TouchpointBuilder();
    }

    /** The three touchpoints of the test brand: checkout (PURCHASE, STORE), web cart (PURCHASE, WEB), hotline (AFTER_PURCHASE, PHONE). */
    public static List<Touchpoint> theBrandTouchpoints() {
        return List.of(
                aTouchpoint().build(),
                aTouchpoint()
                        .withId(TestIds.WEB_CART)
                        .named("Web cart")
                        .in(JourneyPhase.PURCHASE)
                        .on(Channel.WEB)
                        .build(),
                aTouchpoint()
                        .withId(TestIds.HOTLINE)
                        .named("Hotline")
                        .in(JourneyPhase.AFTER_PURCHASE)
                        .on(Channel.PHONE)
                        .build());
    }

    public TouchpointBuilder ofTenant(TenantId value) {
        this.tenant = value;
        return this;
    }

    public TouchpointBuilder withId(TouchpointId value) {
        this.id = value;
        return this;
    }

    public TouchpointBuilder ofBrand(BrandId value) {
        this.brand = value;
        return this;
    }

    public TouchpointBuilder named(String value) {
        this.name = value;
        return this;
    }

    public TouchpointBuilder in(JourneyPhase value) {
        this.phase = value;
        return this;
    }

    public TouchpointBuilder on(Channel value) {
        this.channel = value;
        return this;
    }

    public TouchpointBuilder archived() {
        this.status = LifecycleStatus.ARCHIVED;
        return this;
    }

    public TouchpointBuilder atVersion(long value) {
        this.version = Version.of(value);
        return this;
    }

    public Touchpoint build() {
        return Touchpoint.restore(tenant, id, brand, Name.of(name), phase, channel, Optional.empty(), status, version);
    }
}
