package com.gaplens.adapters.mongo.tenancy;

/**
 * A tenant-owned document of a versioned aggregate: its {@code _id} is the aggregate's id and its
 * {@code version} field the number of times it was stored (optimistic concurrency).
 */
public interface VersionedDocument extends TenantOwned {

    String VERSION = "version";

    String id();

    long version();
}
