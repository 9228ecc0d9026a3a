package com.gaplens.bootstrap.archfixture;

/** Breaks the PostgreSQL rule on purpose. Test sources only. */
public class ApplicationSeeingJdbc {
    java.sql.Connection connection;
    org.postgresql.util.PGobject value;
}
