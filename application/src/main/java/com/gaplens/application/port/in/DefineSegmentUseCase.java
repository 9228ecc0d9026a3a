package com.gaplens.application.port.in;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentKind;
import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/** Defines a segment of a brand. {@code BRAND_NOT_FOUND}; {@code ARCHIVED_REFERENCE} on {@code brandId} for an archived brand; {@code DUPLICATE_NAME} within the brand. */
public interface DefineSegmentUseCase {

    Segment defineSegment(DefineSegmentCommand command);

    record DefineSegmentCommand(
            TenantId tenant, BrandId brandId, SegmentKind kind, Name name, Optional<Description> description) {
        public DefineSegmentCommand {
            Require.present(tenant, "tenant");
            Require.present(brandId, "brandId");
            Require.present(kind, "kind");
            Require.present(name, "name");
            Require.present(description, "description");
        }
    }
}
