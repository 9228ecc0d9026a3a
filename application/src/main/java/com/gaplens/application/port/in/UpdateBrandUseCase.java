package com.gaplens.application.port.in;

import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/** Renames and redescribes a brand. {@code BRAND_NOT_FOUND}, {@code STALE_VERSION}, {@code ARCHIVED}, {@code DUPLICATE_NAME}. */
public interface UpdateBrandUseCase {

    Brand updateBrand(UpdateBrandCommand command);

    record UpdateBrandCommand(
            TenantId tenant, BrandId brandId, Version expectedVersion, Name name, Optional<Description> description) {
        public UpdateBrandCommand {
            Require.present(tenant, "tenant");
            Require.present(brandId, "brandId");
            Require.present(expectedVersion, "expectedVersion");
            Require.present(name, "name");
            Require.present(description, "description");
        }
    }
}
