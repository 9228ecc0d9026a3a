package com.gaplens.domain.brand;

import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A brand of a tenant and its values. Aggregate root.
 *
 * <p>Invariants:
 * <ul>
 *   <li>value names are unique within the brand, case-insensitively ({@link Name#key()}), archived values
 *       included ({@code DUPLICATE_NAME} on {@code name});</li>
 *   <li>at most {@value #MAX_VALUES} values ({@code TOO_MANY_VALUES});</li>
 *   <li>an archived brand, or an archived value, is never changed again ({@code ARCHIVED});</li>
 *   <li>values are never removed, only archived: published commitments keep naming them.</li>
 * </ul>
 * Brand names are unique per tenant; that rule spans aggregates and is kept by the repository.
 */
public final class Brand {

    public static final int MAX_VALUES = 50;

    private final TenantId tenantId;
    private final BrandId id;
    private Name name;
    private Optional<Description> description;
    private final Map<BrandValueId, BrandValue> values;
    private LifecycleStatus status;
    private final Version version;

    private Brand(
            TenantId tenantId,
            BrandId id,
            Name name,
            Optional<Description> description,
            List<BrandValue> values,
            LifecycleStatus status,
            Version version) {
        this.tenantId = Require.present(tenantId, "tenantId");
        this.id = Require.present(id, "brandId");
        this.name = Require.present(name, "name");
        this.description = Require.present(description, "description");
        Require.noNulls(values, "values");
        this.values = new LinkedHashMap<>();
        this.status = Require.present(status, "status");
        this.version = Require.present(version, "version");
        for (BrandValue value : values) {
            checkNameFree(value.name(), Optional.empty());
            this.values.put(value.id(), value);
        }
    }

    /** A new, active brand with no value yet. */
    public static Brand create(TenantId tenantId, BrandId id, Name name, Optional<Description> description) {
        return new Brand(tenantId, id, name, description, List.of(), LifecycleStatus.ACTIVE, Version.NEW);
    }

    /** Rebuilds a stored brand. */
    public static Brand restore(
            TenantId tenantId,
            BrandId id,
            Name name,
            Optional<Description> description,
            List<BrandValue> values,
            LifecycleStatus status,
            Version version) {
        return new Brand(tenantId, id, name, description, values, status, version);
    }

    public void rename(Name newName) {
        requireActive();
        this.name = Require.present(newName, "name");
    }

    public void describe(Optional<Description> newDescription) {
        requireActive();
        this.description = Require.present(newDescription, "description");
    }

    /** Archives the brand: it stays readable, but nothing new may use it. Archiving twice changes nothing. */
    public void archive() {
        this.status = LifecycleStatus.ARCHIVED;
    }

    /** Adds a value to the brand. */
    public BrandValue addValue(BrandValueId valueId, Name valueName, Optional<Description> valueDescription) {
        requireActive();
        Require.present(valueId, "brandValueId");
        Require.present(valueName, "name");
        Require.present(valueDescription, "description");
        if (values.containsKey(valueId)) {
            throw new ConflictException("DUPLICATE_ID", "brandValueId", "the brand already has a value " + valueId);
        }
        if (values.size() >= MAX_VALUES) {
            throw new InvalidInputException(
                    "TOO_MANY_VALUES", "values", "a brand has at most " + MAX_VALUES + " values");
        }
        checkNameFree(valueName, Optional.empty());
        BrandValue value = new BrandValue(valueId, valueName, valueDescription, LifecycleStatus.ACTIVE);
        values.put(valueId, value);
        return value;
    }

    public void renameValue(BrandValueId valueId, Name newName) {
        BrandValue value = changeableValue(valueId);
        Require.present(newName, "name");
        checkNameFree(newName, Optional.of(valueId));
        values.put(valueId, value.renamed(newName));
    }

    public void describeValue(BrandValueId valueId, Optional<Description> newDescription) {
        BrandValue value = changeableValue(valueId);
        values.put(valueId, value.redescribed(Require.present(newDescription, "description")));
    }

    /** Archives one value: existing commitments keep naming it, new ones may not. Archiving twice changes nothing. */
    public void archiveValue(BrandValueId valueId) {
        requireActive();
        BrandValue value = existingValue(valueId);
        values.put(valueId, value.archived());
    }

    /**
     * The value a new or published commitment may embody, or a validation failure blaming {@code field}:
     * {@code UNKNOWN_BRAND_VALUE} when the brand has no such value, {@code ARCHIVED_REFERENCE} when it is
     * archived.
     */
    public BrandValue usableValue(BrandValueId valueId, String field) {
        BrandValue value = Optional.ofNullable(values.get(valueId))
                .orElseThrow(() ->
                        new InvalidInputException("UNKNOWN_BRAND_VALUE", field, "the brand has no value " + valueId));
        if (!value.isActive()) {
            throw new InvalidInputException(
                    "ARCHIVED_REFERENCE", field, "brand value " + valueId + " is archived and cannot be used");
        }
        return value;
    }

    /**
     * Fails with {@code ARCHIVED_REFERENCE} on {@code field} when the brand is archived: nothing new may
     * be attached to an archived brand.
     */
    public void requireUsable(String field) {
        if (!isActive()) {
            throw new InvalidInputException(
                    "ARCHIVED_REFERENCE", field, "brand " + id + " is archived and cannot be used");
        }
    }

    public Optional<BrandValue> value(BrandValueId valueId) {
        return Optional.ofNullable(values.get(valueId));
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public BrandId id() {
        return id;
    }

    public Name name() {
        return name;
    }

    public Optional<Description> description() {
        return description;
    }

    /** The values, in the order they were added. */
    public List<BrandValue> values() {
        return List.copyOf(values.values());
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
            throw new ConflictException("ARCHIVED", "brandId", "brand " + id + " is archived and cannot be changed");
        }
    }

    private BrandValue existingValue(BrandValueId valueId) {
        Require.present(valueId, "brandValueId");
        return Optional.ofNullable(values.get(valueId))
                .orElseThrow(() -> new NotFoundException(
                        "UNKNOWN_BRAND_VALUE", "brandValueId", "the brand has no value " + valueId));
    }

    private BrandValue changeableValue(BrandValueId valueId) {
        requireActive();
        BrandValue value = existingValue(valueId);
        if (!value.isActive()) {
            throw new ConflictException(
                    "ARCHIVED", "brandValueId", "brand value " + valueId + " is archived and cannot be changed");
        }
        return value;
    }

    private void checkNameFree(Name candidate, Optional<BrandValueId> except) {
        for (BrandValue value : values.values()) {
            if (value.name().sameAs(candidate)
                    && except.map(e -> !e.equals(value.id())).orElse(true)) {
                throw new ConflictException(
                        "DUPLICATE_NAME", "name", "the brand already has a value named \"" + value.name() + "\"");
            }
        }
    }
}
