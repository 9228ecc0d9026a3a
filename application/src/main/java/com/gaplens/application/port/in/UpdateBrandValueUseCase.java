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

/** Renames and redescribes a value of a brand (the brand's version is the one expected). {@code UNKNOWN_BRAND_VALUE} (not found), {@code ARCHIVED}, {@code DUPLICATE_NAME}. */
public interface UpdateBrandValueUseCase {

    Brand updateBrandValue(UpdateBrandValueCommand command);

    record UpdateBrandValueCommand(
            TenantId tenant,
            BrandId brandId,
            Version expectedVersion,
            BrandValueId brandValueId,
            Name name,
            Optional<Description> description) {
        public UpdateBrandValueCommand {
            Require.present(tenant, "tenant");
            Require.present(brandId, "brandId");
            Require.present(expectedVersion, "expectedVersion");
            Require.present(brandValueId, "brandValueId");
            Require.present(name, "name");
            Require.present(description, "description");
        }
    }
}
