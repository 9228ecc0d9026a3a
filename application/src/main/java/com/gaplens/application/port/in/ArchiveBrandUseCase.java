package com.gaplens.application.port.in;

import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;

/** Archives a brand: it stays readable, nothing new may use it. */
public interface ArchiveBrandUseCase {

    Brand archiveBrand(ArchiveBrandCommand command);

    record ArchiveBrandCommand(TenantId tenant, BrandId brandId, Version expectedVersion) {
        public ArchiveBrandCommand {
            Require.present(tenant, "tenant");
            Require.present(brandId, "brandId");
            Require.present(expectedVersion, "expectedVersion");
        }
    }
}
