package com.gaplens.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.adapters.graphql.archfixture.GraphQlAdapterReachingIntoMongoAdapter;
import com.gaplens.adapters.graphql.archfixture.GraphQlAdapterSeeingBootstrap;
import com.gaplens.adapters.mongo.archfixture.MongoAdapterCallingAService;
import com.gaplens.adapters.mongo.archfixture.MongoAdapterReachingIntoGraphQlAdapter;
import com.gaplens.adapters.mongo.archfixture.RepositoryWithoutTenantScope;
import com.gaplens.adapters.postgres.archfixture.PostgresAdapterCallingAService;
import com.gaplens.adapters.postgres.archfixture.PostgresAdapterReachingIntoMongoAdapter;
import com.gaplens.application.archfixture.ApplicationUsingAFramework;
import com.gaplens.application.service.archfixture.SomeService;
import com.gaplens.bootstrap.archfixture.ApplicationSeeingJdbc;
import com.gaplens.bootstrap.archfixture.BootstrapReadingBson;
import com.gaplens.bootstrap.archfixture.BootstrapUsingGraphQlJava;
import com.gaplens.domain.archfixture.DomainUsingSpring;
import com.gaplens.domain.archfixture.cyclea.CycleA;
import com.gaplens.domain.archfixture.cycleb.CycleB;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule, run over a class that breaks it on purpose (kept in the test sources,
 * never in production), reports the violation: the rules name real packages and really check.
 */
class ArchitectureRulesCanFailTest {

    @Test
    void domainRuleReportsADomainClassUsingSpring() {
        assertReports(ArchitectureRules.DOMAIN_IS_PURE, "DomainUsingSpring", DomainUsingSpring.class);
    }

    @Test
    void applicationRuleReportsAnApplicationClassUsingAFramework() {
        assertReports(
                ArchitectureRules.APPLICATION_DEPENDS_ON_DOMAIN_ONLY,
                "ApplicationUsingAFramework",
                ApplicationUsingAFramework.class);
    }

    @Test
    void adapterRulesReportAdaptersReachingIntoEachOther() {
        assertReports(
                ArchitectureRules.GRAPHQL_ADAPTER_DOES_NOT_SEE_MONGO_ADAPTER,
                "GraphQlAdapterReachingIntoMongoAdapter",
                GraphQlAdapterReachingIntoMongoAdapter.class);
        assertReports(
                ArchitectureRules.MONGO_ADAPTER_DOES_NOT_SEE_GRAPHQL_ADAPTER,
                "MongoAdapterReachingIntoGraphQlAdapter",
                MongoAdapterReachingIntoGraphQlAdapter.class);
    }

    @Test
    void serviceRuleReportsAnAdapterCallingAServiceDirectly() {
        assertReports(
                ArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES,
                "MongoAdapterCallingAService",
                MongoAdapterCallingAService.class,
                SomeService.class);
    }

    @Test
    void mongoRuleReportsBootstrapReadingBson() {
        assertReports(
                ArchitectureRules.ONLY_THE_MONGO_ADAPTER_SEES_MONGODB,
                "BootstrapReadingBson",
                BootstrapReadingBson.class);
    }

    @Test
    void postgresRulesReportTheAdapterReachingIntoAnotherAndJdbcSeenOutsideIt() {
        assertReports(
                ArchitectureRules.POSTGRES_ADAPTER_SEES_NO_OTHER_ADAPTER,
                "PostgresAdapterReachingIntoMongoAdapter",
                PostgresAdapterReachingIntoMongoAdapter.class);
        assertReports(
                ArchitectureRules.ONLY_THE_POSTGRES_ADAPTER_SEES_JDBC,
                "ApplicationSeeingJdbc",
                ApplicationSeeingJdbc.class);
        assertReports(
                ArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES,
                "PostgresAdapterCallingAService",
                PostgresAdapterCallingAService.class,
                com.gaplens.application.service.BiAccessService.class);
    }

    @Test
    void noOtherAdapterSeesThePostgresAdapterRuleReportsAMongoClassUsingIt() {
        assertReports(
                ArchitectureRules.NO_OTHER_ADAPTER_SEES_POSTGRES_ADAPTER,
                "MongoAdapterSeeingPostgresAdapter",
                com.gaplens.adapters.mongo.archfixture.MongoAdapterSeeingPostgresAdapter.class);
    }

    @Test
    void graphQlRuleReportsBootstrapUsingGraphQlJava() {
        assertReports(
                ArchitectureRules.ONLY_THE_GRAPHQL_ADAPTER_SEES_GRAPHQL,
                "BootstrapUsingGraphQlJava",
                BootstrapUsingGraphQlJava.class);
    }

    @Test
    void bootstrapRuleReportsAnAdapterSeeingBootstrap() {
        assertReports(
                ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP,
                "GraphQlAdapterSeeingBootstrap",
                GraphQlAdapterSeeingBootstrap.class);
    }

    @Test
    void tenantScopeRuleReportsARepositoryQueryingMongoDirectly() {
        assertReports(
                ArchitectureRules.MONGO_REPOSITORIES_GO_THROUGH_THE_TENANT_SCOPE,
                "RepositoryWithoutTenantScope",
                RepositoryWithoutTenantScope.class);
    }

    @Test
    void cycleRuleReportsTwoPackagesThatNeedEachOther() {
        assertReports(ArchitectureRules.NO_PACKAGE_CYCLES, "cycle", CycleA.class, CycleB.class);
    }

    private static void assertReports(ArchRule rule, String expectedInReport, Class<?>... classes) {
        JavaClasses violating = new ClassFileImporter().importClasses(classes);
        EvaluationResult result = rule.evaluate(violating);
        assertThat(result.hasViolation())
                .as("rule %s must report a violation", rule.getDescription())
                .isTrue();
        assertThat(result.getFailureReport().toString()).contains(expectedInReport);
    }
}
