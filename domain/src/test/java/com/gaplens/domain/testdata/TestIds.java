package com.gaplens.domain.testdata;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.target.CommitmentId;
import com.gaplens.domain.target.SegmentVariantId;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;

/** The fixed identifiers of the shared test data: a tenant, its brand, its values, touchpoints and segments. */
public final class TestIds {

    public static final TenantId TENANT_A = new TenantId("tenant-a");
    public static final TenantId TENANT_B = new TenantId("tenant-b");

    public static final BrandId BRAND = new BrandId("brand-1");
    public static final BrandId OTHER_BRAND = new BrandId("brand-2");

    public static final BrandValueId SIMPLICITY = new BrandValueId("value-simplicity");
    public static final BrandValueId CONVIVIALITY = new BrandValueId("value-conviviality");
    public static final BrandValueId AUTHENTICITY = new BrandValueId("value-authenticity");

    /** A purchase-phase touchpoint in store. */
    public static final TouchpointId CHECKOUT = new TouchpointId("tp-checkout");
    /** A purchase-phase touchpoint on the web. */
    public static final TouchpointId WEB_CART = new TouchpointId("tp-web-cart");
    /** An after-purchase touchpoint on the phone. */
    public static final TouchpointId HOTLINE = new TouchpointId("tp-hotline");

    public static final SegmentId YOUNG_ADULTS = new SegmentId("seg-25");
    public static final SegmentId FORTY_FIVE_PLUS = new SegmentId("seg-45");

    public static final TargetExperienceId TARGET = new TargetExperienceId("te-1");
    public static final SegmentVariantId VARIANT = new SegmentVariantId("sv-1");

    private TestIds() {}

    public static CommitmentId commitment(String value) {
        return new CommitmentId(value);
    }
}
