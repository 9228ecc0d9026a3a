package com.gaplens.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries of the hexagon, as ArchUnit rules. {@link ArchitectureTest} checks them over the
 * production classes; {@link ArchitectureRulesCanFailTest} proves each one reports a deliberately
 * violating class kept in the test sources (a rule over a misspelt package would check nothing).
 */
final class ArchitectureRules {

    static final String DOMAIN = "com.gaplens.domain..";
    static final String APPLICATION = "com.gaplens.application..";
    static final String APPLICATION_SERVICE = "com.gaplens.application.service..";
    static final String GRAPHQL_ADAPTER = "com.gaplens.adapters.graphql..";
    static final String MONGO_ADAPTER = "com.gaplens.adapters.mongo..";
    static final String POSTGRES_ADAPTER = "com.gaplens.adapters.postgres..";
    static final String BOOTSTRAP = "com.gaplens.bootstrap..";
    static final String[] MATHS = {
        "org.apache.commons.statistics..", "org.apache.commons.numbers..", "org.apache.commons.rng.."
    };

    private ArchitectureRules() {}

    static final ArchRule DOMAIN_IS_PURE = classes()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(concat(new String[] {"java..", DOMAIN}, MATHS))
            .because(
                    "the domain is plain Java: the concepts, invariants and gap arithmetic, testable without any framework");

    static final ArchRule APPLICATION_DEPENDS_ON_DOMAIN_ONLY = classes()
            .that()
            .resideInAPackage(APPLICATION)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(concat(new String[] {"java..", DOMAIN, APPLICATION}, MATHS))
            .because("use cases and ports know the domain and nothing of the frameworks that drive or serve them");

    static final ArchRule GRAPHQL_ADAPTER_DOES_NOT_SEE_MONGO_ADAPTER = noClasses()
            .that()
            .resideInAPackage(GRAPHQL_ADAPTER)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(MONGO_ADAPTER)
            .because("adapters talk to each other only through the application's ports");

    static final ArchRule MONGO_ADAPTER_DOES_NOT_SEE_GRAPHQL_ADAPTER = noClasses()
            .that()
            .resideInAPackage(MONGO_ADAPTER)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(GRAPHQL_ADAPTER)
            .because("adapters talk to each other only through the application's ports");

    static final ArchRule POSTGRES_ADAPTER_SEES_NO_OTHER_ADAPTER = noClasses()
            .that()
            .resideInAPackage(POSTGRES_ADAPTER)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(GRAPHQL_ADAPTER, MONGO_ADAPTER)
            .because("adapters talk to each other only through the application's ports");

    static final ArchRule NO_OTHER_ADAPTER_SEES_POSTGRES_ADAPTER = noClasses()
            .that()
            .resideInAnyPackage(GRAPHQL_ADAPTER, MONGO_ADAPTER)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(POSTGRES_ADAPTER)
            .because("adapters talk to each other only through the application's ports");

    static final ArchRule ONLY_THE_POSTGRES_ADAPTER_SEES_JDBC = noClasses()
            .that()
            .resideOutsideOfPackage(POSTGRES_ADAPTER)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "java.sql..",
                    "javax.sql..",
                    "org.postgresql..",
                    "com.zaxxer.hikari..",
                    "org.springframework.jdbc..")
            .because("PostgreSQL, JDBC and pgjdbc are details of the BI publication's adapter: the application speaks"
                    + " rows and labels, bootstrap hands the adapter its configuration and nothing more");

    static final ArchRule ADAPTERS_USE_PORTS_NOT_SERVICES = noClasses()
            .that()
            .resideInAnyPackage(GRAPHQL_ADAPTER, MONGO_ADAPTER, POSTGRES_ADAPTER)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(APPLICATION_SERVICE)
            .because(
                    "adapters call use-case interfaces (port.in) or implement port.out; only bootstrap picks the implementations");

    static final ArchRule ONLY_THE_MONGO_ADAPTER_SEES_MONGODB = noClasses()
            .that()
            .resideOutsideOfPackage(MONGO_ADAPTER)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.data..", "com.mongodb..", "org.bson..", "de.bwaldvogel..")
            .because(
                    "MongoDB is a detail of the outbound adapter; swapping or sharding it must not touch anything else");

    static final ArchRule ONLY_THE_GRAPHQL_ADAPTER_SEES_GRAPHQL = noClasses()
            .that()
            .resideOutsideOfPackage(GRAPHQL_ADAPTER)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("graphql..", "org.springframework.graphql..")
            .because("GraphQL is a detail of the inbound adapter");

    static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP = noClasses()
            .that()
            .resideOutsideOfPackage(BOOTSTRAP)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(BOOTSTRAP)
            .because("bootstrap wires everything and is seen by nothing");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("com.gaplens.(**)")
            .should()
            .beFreeOfCycles()
            .because("a cycle between packages makes them one package in disguise");

    static final ArchRule MONGO_REPOSITORIES_GO_THROUGH_THE_TENANT_SCOPE = noClasses()
            .that()
            .resideInAPackage(MONGO_ADAPTER)
            .and()
            .resideOutsideOfPackages(
                    "com.gaplens.adapters.mongo.tenancy..",
                    "com.gaplens.adapters.mongo.config..",
                    "com.gaplens.adapters.mongo.embedded..",
                    "com.gaplens.adapters.mongo.access..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.data.mongodb.core", "com.mongodb.client..")
            .because("tenant-owned data is reached only through TenantScopedMongo, which filters every query on the "
                    + "caller's tenant: a repository query without a tenant cannot be written (api keys are the one "
                    + "documented exception: their lookup is how a call's tenant is found)");

    static ArchRule[] all() {
        return new ArchRule[] {
            DOMAIN_IS_PURE,
            APPLICATION_DEPENDS_ON_DOMAIN_ONLY,
            GRAPHQL_ADAPTER_DOES_NOT_SEE_MONGO_ADAPTER,
            MONGO_ADAPTER_DOES_NOT_SEE_GRAPHQL_ADAPTER,
            POSTGRES_ADAPTER_SEES_NO_OTHER_ADAPTER,
            NO_OTHER_ADAPTER_SEES_POSTGRES_ADAPTER,
            ADAPTERS_USE_PORTS_NOT_SERVICES,
            ONLY_THE_MONGO_ADAPTER_SEES_MONGODB,
            ONLY_THE_POSTGRES_ADAPTER_SEES_JDBC,
            ONLY_THE_GRAPHQL_ADAPTER_SEES_GRAPHQL,
            NOTHING_DEPENDS_ON_BOOTSTRAP,
            NO_PACKAGE_CYCLES,
            MONGO_REPOSITORIES_GO_THROUGH_THE_TENANT_SCOPE
        };
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
