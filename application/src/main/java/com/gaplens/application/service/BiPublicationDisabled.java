package com.gaplens.application.service;

import com.gaplens.application.bi.BiAccess;
import com.gaplens.application.bi.BiCredentials;
import com.gaplens.application.port.in.ManageBiAccessUseCase;
import com.gaplens.application.port.in.ReadBiPublicationStatusUseCase;
import com.gaplens.domain.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The BI publication when no BI database is configured: it publishes nothing, and says so. */
public final class BiPublicationDisabled implements ManageBiAccessUseCase, ReadBiPublicationStatusUseCase {

    private final Duration freshness;

    public BiPublicationDisabled(Duration freshness) {
        this.freshness = freshness;
    }

    @Override
    public BiCredentials grant(GrantBiAccessCommand command) {
        throw new BiPublicationDisabledException();
    }

    @Override
    public List<BiAccess> list(TenantId tenant) {
        return List.of();
    }

    @Override
    public BiAccess revoke(RevokeBiAccessCommand command) {
        throw new BiPublicationDisabledException();
    }

    @Override
    public BiPublicationStatus status(TenantId tenant) {
        return new BiPublicationStatus(
                false, 0, 0, Optional.empty(), Duration.ZERO, freshness, false, Optional.empty());
    }
}
