package com.gaplens.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The production classes of every module keep the boundaries of the hexagon. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("com.gaplens");
    }

    @Test
    void everyModuleIsImported() {
        assertThat(production.containPackage("com.gaplens.domain.experience")).isTrue();
        assertThat(production.containPackage("com.gaplens.adapters.graphql.model"))
                .isTrue();
        assertThat(production.containPackage("com.gaplens.adapters.mongo.config"))
                .isTrue();
        assertThat(production.containPackage("com.gaplens.adapters.postgres")).isTrue();
        assertThat(production.containPackage("com.gaplens.bootstrap")).isTrue();
    }

    @Test
    void domainDependsOnNothingButTheJdkAndTheMathsLibrary() {
        ArchitectureRules.DOMAIN_IS_PURE.check(production);
    }

    @Test
    void applicationDependsOnTheDomainOnly() {
        ArchitectureRules.APPLICATION_DEPENDS_ON_DOMAIN_ONLY.check(production);
    }

    @Test
    void adaptersNeverSeeEachOther() {
        ArchitectureRules.GRAPHQL_ADAPTER_DOES_NOT_SEE_MONGO_ADAPTER.check(production);
        ArchitectureRules.MONGO_ADAPTER_DOES_NOT_SEE_GRAPHQL_ADAPTER.check(production);
    }

    @Test
    void thePostgresAdapterAndTheOthersNeverSeeEachOther() {
        ArchitectureRules.POSTGRES_ADAPTER_SEES_NO_OTHER_ADAPTER.check(production);
        ArchitectureRules.NO_OTHER_ADAPTER_SEES_POSTGRES_ADAPTER.check(production);
    }

    @Test
    void onlyThePostgresAdapterSeesJdbcOrPgjdbc() {
        ArchitectureRules.ONLY_THE_POSTGRES_ADAPTER_SEES_JDBC.check(production);
    }

    @Test
    void adaptersNeverSeeApplicationServices() {
        ArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES.check(production);
    }

    @Test
    void onlyTheMongoAdapterSeesMongoDb() {
        ArchitectureRules.ONLY_THE_MONGO_ADAPTER_SEES_MONGODB.check(production);
    }

    @Test
    void onlyTheGraphQlAdapterSeesGraphQl() {
        ArchitectureRules.ONLY_THE_GRAPHQL_ADAPTER_SEES_GRAPHQL.check(production);
    }

    @Test
    void nothingDependsOnBootstrap() {
        ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP.check(production);
    }

    @Test
    void mongoRepositoriesReachTenantDataOnlyThroughTheTenantScope() {
        ArchitectureRules.MONGO_REPOSITORIES_GO_THROUGH_THE_TENANT_SCOPE
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void packagesAreFreeOfCycles() {
        ArchitectureRules.NO_PACKAGE_CYCLES.check(production);
    }
}
