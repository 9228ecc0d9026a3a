package com.gaplens.adapters.mongo.target;

/**
 * A commitment as stored inside a draft, a published version or a variant's additions. Its id is
 * {@code commitmentId}: a field named {@code id} in an embedded document would be stored as {@code _id}.
 */
record CommitmentDocument(
        String commitmentId,
        String brandValue,
        String variable,
        ScopeDocument scope,
        double targetLevel,
        String wording) {}
