package com.gaplens.adapters.graphql.protection;

import java.time.Duration;

/**
 * What one GraphQL request may ask, checked before anything runs. Every limit is configurable
 * ({@code gaplens.graphql.*}); the defaults follow GitHub's and Shopify's public GraphQL APIs and the
 * OWASP GraphQL cheat sheet.
 *
 * @param maxDocumentBytes the largest query document, in UTF-8 bytes (variables are not counted: large
 *                         inputs travel as variables)
 * @param maxTokens        the most grammar tokens in the document (punctuation, names, values;
 *                         whitespace, commas and comments not counted)
 * @param maxDepth         the deepest nesting of fields (a top-level field is at depth 1)
 * @param maxAliases       the most aliased fields in the document
 * @param maxCost          the highest calculated cost of the operation ({@link QueryCost})
 * @param defaultPageSize  the page size a connection without {@code first} is costed at
 * @param maxPageSize      the largest page size a connection may ask for
 * @param timeout          the longest a request may take before it is answered with a timeout
 */
public record QueryLimits(
        int maxDocumentBytes,
        int maxTokens,
        int maxDepth,
        int maxAliases,
        long maxCost,
        int defaultPageSize,
        int maxPageSize,
        Duration timeout) {

    public static final int DEFAULT_MAX_DOCUMENT_BYTES = 15 * 1024;
    public static final int DEFAULT_MAX_TOKENS = 2_000;
    public static final int DEFAULT_MAX_DEPTH = 10;
    public static final int DEFAULT_MAX_ALIASES = 10;
    public static final long DEFAULT_MAX_COST = 1_000;
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public QueryLimits {
        positive(maxDocumentBytes, "maxDocumentBytes");
        positive(maxTokens, "maxTokens");
        positive(maxDepth, "maxDepth");
        positive(maxAliases + 1, "maxAliases + 1");
        positive(maxCost, "maxCost");
        positive(defaultPageSize, "defaultPageSize");
        positive(maxPageSize, "maxPageSize");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    public static QueryLimits defaults() {
        return new QueryLimits(
                DEFAULT_MAX_DOCUMENT_BYTES,
                DEFAULT_MAX_TOKENS,
                DEFAULT_MAX_DEPTH,
                DEFAULT_MAX_ALIASES,
                DEFAULT_MAX_COST,
                DEFAULT_PAGE_SIZE,
                MAX_PAGE_SIZE,
                DEFAULT_TIMEOUT);
    }

    private static void positive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
