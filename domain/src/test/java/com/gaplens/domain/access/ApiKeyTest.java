package com.gaplens.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private static ApiKey key(Set<Role> roles) {
        return ApiKey.issue(new ApiKeyId("k1"), new TenantId("acme"), "ci", new SecretHash("{noop}s"), roles, T0);
    }

    @Test
    void anAdminMayReadButNotWriteMeasurements() {
        ApiKey admin = key(Set.of(Role.ADMIN));

        assertThat(admin.grants(Role.ADMIN)).isTrue();
        assertThat(admin.grants(Role.READER)).isTrue();
        assertThat(admin.grants(Role.WRITER)).isFalse();
    }

    @Test
    void aWriterMayOnlyWriteAndAReaderMayOnlyRead() {
        assertThat(key(Set.of(Role.WRITER)).grants(Role.READER)).isFalse();
        assertThat(key(Set.of(Role.WRITER)).grants(Role.ADMIN)).isFalse();
        assertThat(key(Set.of(Role.READER)).grants(Role.WRITER)).isFalse();
        assertThat(key(Set.of(Role.READER)).grants(Role.READER)).isTrue();
    }

    @Test
    void aKeyWithoutARoleIsRefused() {
        assertThatThrownBy(() -> key(Set.of())).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.reason()).isEqualTo("NO_ROLE");
            assertThat(e.field()).contains("roles");
        });
    }

    @Test
    void revokingKeepsTheFirstRevocationDate() {
        ApiKey revoked = key(Set.of(Role.READER)).revoke(T0.plusSeconds(5));

        assertThat(revoked.isActive()).isFalse();
        assertThat(revoked.revoke(T0.plusSeconds(99)).revokedAt()).contains(T0.plusSeconds(5));
    }

    @Test
    void theHashIsNeverPrinted() {
        assertThat(new SecretHash("{bcrypt}$2a$10$abc").toString()).doesNotContain("bcrypt");
    }
}
