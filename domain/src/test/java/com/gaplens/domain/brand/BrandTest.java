package com.gaplens.domain.brand;

import static com.gaplens.domain.testdata.BrandBuilder.aBrand;
import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.testdata.TestIds;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrandTest {

    private static final BrandValueId NEW_VALUE = new BrandValueId("value-new");

    @Test
    void aNewBrandIsActiveNeverStoredAndHasNoValue() {
        Brand brand = Brand.create(TestIds.TENANT_A, TestIds.BRAND, Name.of("Maison Claire"), Optional.empty());

        assertThat(brand.status()).isEqualTo(LifecycleStatus.ACTIVE);
        assertThat(brand.version()).isEqualTo(Version.NEW);
        assertThat(brand.values()).isEmpty();
        assertThat(brand.tenantId()).isEqualTo(TestIds.TENANT_A);
    }

    @Test
    void valuesAreAddedInOrderAndActive() {
        Brand brand = aBrand().withoutValues().build();

        brand.addValue(TestIds.SIMPLICITY, Name.of("Simplicity"), Optional.of(Description.of("Nothing superfluous")));
        brand.addValue(TestIds.CONVIVIALITY, Name.of("Conviviality"), Optional.empty());

        assertThat(brand.values()).extracting(BrandValue::id).containsExactly(TestIds.SIMPLICITY, TestIds.CONVIVIALITY);
        assertThat(brand.values()).allMatch(BrandValue::isActive);
        assertThat(brand.value(TestIds.SIMPLICITY).flatMap(BrandValue::description))
                .contains(Description.of("Nothing superfluous"));
    }

    @Test
    void aValueNameThatDiffersOnlyByCaseIsADuplicate() {
        Brand brand = aBrand().build();

        assertFails(
                () -> brand.addValue(NEW_VALUE, Name.of("SIMPLICITY"), Optional.empty()),
                ConflictException.class,
                "DUPLICATE_NAME",
                "name");
    }

    @Test
    void theNameOfAnArchivedValueStaysTaken() {
        Brand brand = aBrand().withArchivedValue(TestIds.SIMPLICITY).build();

        assertFails(
                () -> brand.addValue(NEW_VALUE, Name.of("simplicity"), Optional.empty()),
                ConflictException.class,
                "DUPLICATE_NAME",
                "name");
    }

    @Test
    void renamingAValueToAnotherValuesNameIsADuplicateButChangingItsOwnCaseIsNot() {
        Brand brand = aBrand().build();

        assertFails(
                () -> brand.renameValue(TestIds.SIMPLICITY, Name.of("conviviality")),
                ConflictException.class,
                "DUPLICATE_NAME",
                "name");

        brand.renameValue(TestIds.SIMPLICITY, Name.of("SIMPLICITY"));
        assertThat(brand.value(TestIds.SIMPLICITY).map(BrandValue::name)).contains(Name.of("SIMPLICITY"));
    }

    @Test
    void changingAValueTheBrandDoesNotHaveIsNotFound() {
        Brand brand = aBrand().build();

        assertFails(
                () -> brand.renameValue(NEW_VALUE, Name.of("Anything")),
                NotFoundException.class,
                "UNKNOWN_BRAND_VALUE",
                "brandValueId");
    }

    @Test
    void anArchivedValueCannotBeRenamed() {
        Brand brand = aBrand().build();
        brand.archiveValue(TestIds.SIMPLICITY);

        assertThat(brand.value(TestIds.SIMPLICITY).map(BrandValue::status)).contains(LifecycleStatus.ARCHIVED);
        assertFails(
                () -> brand.renameValue(TestIds.SIMPLICITY, Name.of("Plainness")),
                ConflictException.class,
                "ARCHIVED",
                "brandValueId");
    }

    @Test
    void anArchivedBrandCannotBeChanged() {
        Brand brand = aBrand().build();
        brand.archive();
        brand.archive();

        assertThat(brand.status()).isEqualTo(LifecycleStatus.ARCHIVED);
        assertFails(() -> brand.rename(Name.of("Other")), ConflictException.class, "ARCHIVED", "brandId");
        assertFails(
                () -> brand.addValue(NEW_VALUE, Name.of("Boldness"), Optional.empty()),
                ConflictException.class,
                "ARCHIVED",
                "brandId");
        assertFails(() -> brand.requireUsable("brandId"), InvalidInputException.class, "ARCHIVED_REFERENCE", "brandId");
    }

    @Test
    void onlyActiveValuesOfTheBrandAreUsableByCommitments() {
        Brand brand = aBrand().withArchivedValue(TestIds.AUTHENTICITY).build();

        assertThat(brand.usableValue(TestIds.SIMPLICITY, "brandValue").name()).isEqualTo(Name.of("Simplicity"));
        assertFails(
                () -> brand.usableValue(NEW_VALUE, "commitments[0].brandValue"),
                InvalidInputException.class,
                "UNKNOWN_BRAND_VALUE",
                "commitments[0].brandValue");
        assertFails(
                () -> brand.usableValue(TestIds.AUTHENTICITY, "commitments[0].brandValue"),
                InvalidInputException.class,
                "ARCHIVED_REFERENCE",
                "commitments[0].brandValue");
    }

    @Test
    void aBrandHasAtMostFiftyValues() {
        Brand brand = aBrand().withoutValues().build();
        for (int i = 1; i <= 50; i++) {
            brand.addValue(new BrandValueId("v" + i), Name.of("Value " + i), Optional.empty());
        }

        assertFails(
                () -> brand.addValue(new BrandValueId("v51"), Name.of("Value 51"), Optional.empty()),
                InvalidInputException.class,
                "TOO_MANY_VALUES",
                "values");
    }

    @Test
    void restoringTwoValuesWithTheSameNameIsRefused() {
        assertFails(
                () -> aBrand().withValue(NEW_VALUE, "simplicity").build(),
                ConflictException.class,
                "DUPLICATE_NAME",
                "name");
    }
}
