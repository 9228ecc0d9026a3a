/**
 * Inbound ports: one {@code VerbNounUseCase} per use case, one method, one command or query record.
 * Commands carry domain values (built by the adapter, which prefixes their failures with the input path)
 * and, for every change to an existing aggregate, the {@code expectedVersion} the caller read: a stale one
 * is a conflict {@code STALE_VERSION} and changes nothing. The tenant always comes from the caller's
 * credentials. Objects named by id that the tenant does not have are {@code NotFoundException}s with
 * reasons {@code BRAND_NOT_FOUND}, {@code SEGMENT_NOT_FOUND}, {@code TOUCHPOINT_NOT_FOUND},
 * {@code TARGET_EXPERIENCE_NOT_FOUND}, {@code SEGMENT_VARIANT_NOT_FOUND}, {@code TENANT_NOT_FOUND}; another
 * tenant's objects are never told apart from missing ones. Each command writes at most one aggregate, so a
 * failed command leaves nothing half-written.
 */
package com.gaplens.application.port.in;
