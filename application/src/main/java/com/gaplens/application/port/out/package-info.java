/**
 * Outbound ports, named by role. Rules every implementation keeps (the contract tests in the
 * application's test-jar check them):
 * <ul>
 *   <li><b>Tenant isolation.</b> Every method takes the caller's {@link com.gaplens.domain.tenant.TenantId}
 *       and sees only that tenant's objects; saving an object of another tenant is refused with an
 *       {@link IllegalArgumentException} and writes nothing.</li>
 *   <li><b>Optimistic concurrency.</b> {@code save(tenant, aggregate)} stores the aggregate only if the
 *       stored version equals {@code aggregate.version()} (nothing stored when it is
 *       {@link com.gaplens.domain.shared.Version#NEW}); it stores it at {@code version.next()} and returns
 *       the stored copy, rebuilt through {@code restore(…)}. Otherwise it fails with a
 *       {@link com.gaplens.domain.shared.ConflictException} of reason {@code STALE_VERSION} and writes
 *       nothing. The object passed in is not changed; later changes to it do not reach the store.</li>
 *   <li><b>Uniqueness across aggregates</b> (names per brand, one target experience per brand, one variant
 *       per target experience and segment) is enforced by {@code save} too, after the version check, so
 *       that concurrent writers cannot break it.</li>
 *   <li><b>Lists</b> are ordered as their filter says, paged forward with {@link com.gaplens.application.listing.Cursor}s.</li>
 * </ul>
 */
package com.gaplens.application.port.out;
