/** The tenant: the organisation every object belongs to. Tenant isolation is absolute. */
package com.gaplens.domain.tenant;
