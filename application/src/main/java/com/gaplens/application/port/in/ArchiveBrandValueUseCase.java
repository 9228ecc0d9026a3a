package com.gaplens.application.port.in;

import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;

/** Archives a value of a brand: published commitments keep naming it, new ones may not. */
public interface ArchiveBrandValueUseCase {

    Brand archiveBrandValue(ArchiveBrandValueCommand command);

    record ArchiveBrandValueCommand(
            TenantId tenant, BrandId brandId, Version expectedVersion, BrandValueId brandValueId) {
        public ArchiveBrandValueCommand {
            Require.present(tenant, "tenant");
            Require.present(brandId, "brandId");
            Require.present(expectedVersion, "expectedVersion");
            Require.present(brandValueId, "brandValueId");
        }
    }
}
