package com.gaplens.adapters.mongo.tenancy;

/** A stored document that belongs to one tenant: its {@code tenant} field is set on every write and filtered on by every read. */
public interface TenantOwned {

    String TENANT = "tenant";

    String tenant();
}
