package com.gaplens.adapters.graphql.catalogue;

import static com.gaplens.adapters.graphql.support.Inputs.description;
import static com.gaplens.adapters.graphql.support.Inputs.expectedVersion;
import static com.gaplens.adapters.graphql.support.Inputs.name;
import static com.gaplens.adapters.graphql.support.Inputs.under;

import com.gaplens.adapters.graphql.catalogue.Views.BrandValueView;
import com.gaplens.adapters.graphql.catalogue.Views.BrandView;
import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.application.listing.BrandFilter;
import com.gaplens.application.listing.NameOrder;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.in.AddBrandValueUseCase;
import com.gaplens.application.port.in.AddBrandValueUseCase.AddBrandValueCommand;
import com.gaplens.application.port.in.ArchiveBrandUseCase;
import com.gaplens.application.port.in.ArchiveBrandUseCase.ArchiveBrandCommand;
import com.gaplens.application.port.in.ArchiveBrandValueUseCase;
import com.gaplens.application.port.in.ArchiveBrandValueUseCase.ArchiveBrandValueCommand;
import com.gaplens.application.port.in.DefineBrandUseCase;
import com.gaplens.application.port.in.DefineBrandUseCase.DefineBrandCommand;
import com.gaplens.application.port.in.DefineBrandUseCase.NewBrandValue;
import com.gaplens.application.port.in.ListBrandsUseCase;
import com.gaplens.application.port.in.ListBrandsUseCase.ListBrandsQuery;
import com.gaplens.application.port.in.UpdateBrandUseCase;
import com.gaplens.application.port.in.UpdateBrandUseCase.UpdateBrandCommand;
import com.gaplens.application.port.in.UpdateBrandValueUseCase;
import com.gaplens.application.port.in.UpdateBrandValueUseCase.UpdateBrandValueCommand;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Brands and their values. */
@Controller
class BrandController {

    record BrandFilterInput(LifecycleStatus status) {}

    record NewBrandValueInput(String name, String description) {}

    record DefineBrandInput(String name, String description, List<NewBrandValueInput> values) {}

    record UpdateBrandInput(String brandId, Long expectedVersion, String name, String description) {}

    record ArchiveBrandInput(String brandId, Long expectedVersion) {}

    record AddBrandValueInput(String brandId, Long expectedVersion, String name, String description) {}

    record UpdateBrandValueInput(
            String brandId, Long expectedVersion, String brandValueId, String name, String description) {}

    record ArchiveBrandValueInput(String brandId, Long expectedVersion, String brandValueId) {}

    record AddBrandValuePayload(BrandView brand, BrandValueView brandValue) {}

    private final ListBrandsUseCase list;
    private final DefineBrandUseCase define;
    private final UpdateBrandUseCase update;
    private final ArchiveBrandUseCase archive;
    private final AddBrandValueUseCase addValue;
    private final UpdateBrandValueUseCase updateValue;
    private final ArchiveBrandValueUseCase archiveValue;

    BrandController(
            ListBrandsUseCase list,
            DefineBrandUseCase define,
            UpdateBrandUseCase update,
            ArchiveBrandUseCase archive,
            AddBrandValueUseCase addValue,
            UpdateBrandValueUseCase updateValue,
            ArchiveBrandValueUseCase archiveValue) {
        this.list = list;
        this.define = define;
        this.update = update;
        this.archive = archive;
        this.addValue = addValue;
        this.updateValue = updateValue;
        this.archiveValue = archiveValue;
    }

    @QueryMapping
    Page<BrandView> brands(
            @Argument Integer first,
            @Argument String after,
            @Argument BrandFilterInput filter,
            @Argument NameOrder orderBy) {
        TenantId tenant = CurrentCaller.get().tenant();
        PageRequest page = PageRequest.of(Optional.ofNullable(first), Optional.ofNullable(after));
        BrandFilter brandFilter = new BrandFilter(
                Optional.ofNullable(filter).map(BrandFilterInput::status),
                orderBy == null ? NameOrder.NAME_ASCENDING : orderBy);
        return list.listBrands(new ListBrandsQuery(tenant, brandFilter, page)).map(BrandView::of);
    }

    @MutationMapping
    BrandView defineBrand(@Argument DefineBrandInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under("input", () -> {
            List<NewBrandValue> values = new ArrayList<>();
            List<NewBrandValueInput> given = input.values() == null ? List.of() : input.values();
            for (int i = 0; i < given.size(); i++) {
                NewBrandValueInput value = given.get(i);
                values.add(under(
                        "values[" + i + "]",
                        () -> new NewBrandValue(name(value.name()), description(value.description()))));
            }
            Brand brand = define.defineBrand(
                    new DefineBrandCommand(tenant, name(input.name()), description(input.description()), values));
            return BrandView.of(brand);
        });
    }

    @MutationMapping
    BrandView updateBrand(@Argument UpdateBrandInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> BrandView.of(update.updateBrand(new UpdateBrandCommand(
                        tenant,
                        GlobalIds.brand(input.brandId(), "brandId"),
                        expectedVersion(input.expectedVersion()),
                        name(input.name()),
                        description(input.description())))));
    }

    @MutationMapping
    BrandView archiveBrand(@Argument ArchiveBrandInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> BrandView.of(archive.archiveBrand(new ArchiveBrandCommand(
                        tenant,
                        GlobalIds.brand(input.brandId(), "brandId"),
                        expectedVersion(input.expectedVersion())))));
    }

    @MutationMapping
    AddBrandValuePayload addBrandValue(@Argument AddBrandValueInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under("input", () -> {
            var added = addValue.addBrandValue(new AddBrandValueCommand(
                    tenant,
                    GlobalIds.brand(input.brandId(), "brandId"),
                    expectedVersion(input.expectedVersion()),
                    name(input.name()),
                    description(input.description())));
            BrandView brand = BrandView.of(added.brand());
            BrandValueView value = added.brand().values().stream()
                    .filter(v -> v.id().equals(added.brandValueId()))
                    .findFirst()
                    .map(BrandValueView::of)
                    .orElseThrow();
            return new AddBrandValuePayload(brand, value);
        });
    }

    @MutationMapping
    BrandView updateBrandValue(@Argument UpdateBrandValueInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> BrandView.of(updateValue.updateBrandValue(new UpdateBrandValueCommand(
                        tenant,
                        GlobalIds.brand(input.brandId(), "brandId"),
                        expectedVersion(input.expectedVersion()),
                        GlobalIds.brandValue(input.brandValueId(), "brandValueId"),
                        name(input.name()),
                        description(input.description())))));
    }

    @MutationMapping
    BrandView archiveBrandValue(@Argument ArchiveBrandValueInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> BrandView.of(archiveValue.archiveBrandValue(new ArchiveBrandValueCommand(
                        tenant,
                        GlobalIds.brand(input.brandId(), "brandId"),
                        expectedVersion(input.expectedVersion()),
                        GlobalIds.brandValue(input.brandValueId(), "brandValueId")))));
    }
}
