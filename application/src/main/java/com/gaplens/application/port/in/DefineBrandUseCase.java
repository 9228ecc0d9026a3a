package com.gaplens.application.port.in;

import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Defines a brand with its first values, in one write. Failures about a value blame {@code values[i].…}; a brand name already taken in the tenant (case-insensitively) is {@code DUPLICATE_NAME} on {@code name}. */
public interface DefineBrandUseCase {

    Brand defineBrand(DefineBrandCommand command);

    record DefineBrandCommand(
            TenantId tenant, Name name, Optional<Description> description, List<NewBrandValue> values) {
        public DefineBrandCommand {
            Require.present(tenant, "tenant");
            Require.present(name, "name");
            Require.present(description, "description");
            Require.noNulls(values, "values");
            values = List.copyOf(values);
        }
    }

    /** A value stated when defining a brand. */
    record NewBrandValue(Name name, Optional<Description> description) {
        public NewBrandValue {
            Require.present(name, "name");
            Require.present(description, "description");
        }
    }
}
