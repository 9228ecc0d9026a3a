package com.gaplens.domain.brand;

import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Require;
import java.util.Optional;

/**
 * One value of a brand (conviviality, simplicity, authenticity…): what every commitment of the target
 * experience must embody. An entity inside {@link Brand}; changed only through the brand.
 */
public record BrandValue(BrandValueId id, Name name, Optional<Description> description, LifecycleStatus status) {

    public BrandValue {
        Require.present(id, "brandValueId");
        Require.present(name, "name");
        Require.present(description, "description");
        Require.present(status, "status");
    }

    public boolean isActive() {
        return status == LifecycleStatus.ACTIVE;
    }

    BrandValue renamed(Name newName) {
        return new BrandValue(id, newName, description, status);
    }

    BrandValue redescribed(Optional<Description> newDescription) {
        return new BrandValue(id, name, newDescription, status);
    }

    BrandValue archived() {
        return new BrandValue(id, name, description, LifecycleStatus.ARCHIVED);
    }
}
