package com.gaplens.domain.testdata;

import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValue;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds brands. By default: brand {@link TestIds#BRAND} "Maison Claire" of {@link TestIds#TENANT_A},
 * active, with the active values Simplicity, Conviviality and Authenticity, never stored.
 */
public final class BrandBuilder {

    private TenantId tenant = TestIds.TENANT_A;
    private BrandId id = TestIds.BRAND;
    private String name = "Maison Claire";
    private final List<BrandValue> values = new ArrayList<>(List.of(
            value(TestIds.SIMPLICITY, "Simplicity", LifecycleStatus.ACTIVE),
            value(TestIds.CONVIVIALITY, "Conviviality", LifecycleStatus.ACTIVE),
            value(TestIds.AUTHENTICITY, "Authenticity", LifecycleStatus.ACTIVE)));
    private LifecycleStatus status = LifecycleStatus.ACTIVE;
    private Version version = Version.NEW;

    public static BrandBuilder aBrand() {
        return new BrandBuilder();
    }

    public BrandBuilder ofTenant(TenantId value) {
        this.tenant = value;
        return this;
    }

    public BrandBuilder withId(BrandId value) {
        this.id = value;
        return this;
    }

    public BrandBuilder named(String value) {
        this.name = value;
        return this;
    }

    public BrandBuilder withoutValues() {
        values.clear();
        return this;
    }

    public BrandBuilder withValue(BrandValueId valueId, String valueName) {
        values.add(value(valueId, valueName, LifecycleStatus.ACTIVE));
        return this;
    }

    /** Marks an existing value archived. */
    public BrandBuilder withArchivedValue(BrandValueId valueId) {
        values.replaceAll(v -> v.id().equals(valueId) ? value(v.id(), v.name().value(), LifecycleStatus.ARCHIVED) : v);
        return this;
    }

    public BrandBuilder archived() {
        this.status = LifecycleStatus.ARCHIVED;
        return this;
    }

    public BrandBuilder atVersion(long value) {
        this.version = Version.of(value);
        return this;
    }

    public Brand build() {
        return Brand.restore(
                tenant,
                id,
                Name.of(name),
                Optional.of(Description.of("A brand of the test data")),
                values,
                status,
                version);
    }

    private static BrandValue value(BrandValueId id, String name, LifecycleStatus status) {
        return new BrandValue(id, Name.of(name), Optional.empty(), status);
    }
}
