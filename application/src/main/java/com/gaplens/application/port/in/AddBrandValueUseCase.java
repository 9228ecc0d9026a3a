package com.gaplens.application.port.in;

import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/** Adds a value to a brand. {@code DUPLICATE_NAME} on {@code name} when the brand has a value of that name (case-insensitively, archived ones included). */
public interface AddBrandValueUseCase {

    AddedBrandValue addBrandValue(AddBrandValueCommand command);

    record AddBrandValueCommand(
            TenantId tenant, BrandId brandId, Version expectedVersion, Name name, Optional<Description> description) {
        public AddBrandValueCommand {
            Require.present(tenant, "tenant");
            Require.present(brandId, "brandId");
            Require.present(expectedVersion, "expectedVersion");
            Require.present(name, "name");
            Require.present(description, "description");
        }
    }

    /** The brand as stored and the id of the value added. */
    record AddedBrandValue(Brand brand, BrandValueId brandValueId) {
        public AddedBrandValue {
            Require.present(brand, "brand");
            Require.present(brandValueId, "brandValueId");
        }
    }
}
