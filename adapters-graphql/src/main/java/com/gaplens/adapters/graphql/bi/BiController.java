package com.gaplens.adapters.graphql.bi;

import static com.gaplens.adapters.graphql.support.Inputs.under;

import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.adapters.graphql.support.Inputs;
import com.gaplens.application.bi.BiAccess;
import com.gaplens.application.bi.BiCredentials;
import com.gaplens.application.port.in.ManageBiAccessUseCase;
import com.gaplens.application.port.in.ManageBiAccessUseCase.GrantBiAccessCommand;
import com.gaplens.application.port.in.ManageBiAccessUseCase.RevokeBiAccessCommand;
import com.gaplens.application.port.in.ReadBiPublicationStatusUseCase;
import com.gaplens.application.port.in.ReadBiPublicationStatusUseCase.BiPublicationStatus;
import com.gaplens.domain.tenant.TenantId;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The tenant's read-only PostgreSQL logins for BI tools, and how fresh what they read is. */
@Controller
class BiController {

    record GrantBiAccessInput(String label) {}

    record RevokeBiAccessInput(String accessId) {}

    record BiAccessView(String id, String label, String user, String schema, OffsetDateTime createdAt) {
        static BiAccessView of(BiAccess access) {
            return new BiAccessView(
                    access.id(), access.label(), access.user(), access.schema(), Inputs.dateTime(access.createdAt()));
        }
    }

    record GrantedBiAccessView(
            BiAccessView access,
            String host,
            int port,
            String database,
            String schema,
            String user,
            String password,
            String jdbcUrl) {
        static GrantedBiAccessView of(BiCredentials granted) {
            return new GrantedBiAccessView(
                    BiAccessView.of(granted.access()),
                    granted.host(),
                    granted.port(),
                    granted.database(),
                    granted.access().schema(),
                    granted.access().user(),
                    granted.password(),
                    "jdbc:postgresql://" + granted.host() + ":" + granted.port() + "/" + granted.database()
                            + "?currentSchema=" + granted.access().schema());
        }
    }

    record BiPublicationStatusView(
            boolean enabled,
            long pendingRows,
            long pendingLabels,
            OffsetDateTime oldestPendingChangeAt,
            double lagSeconds,
            double freshnessSeconds,
            boolean databaseReachable,
            OffsetDateTime lastCycleAt) {
        static BiPublicationStatusView of(BiPublicationStatus status) {
            return new BiPublicationStatusView(
                    status.enabled(),
                    status.pendingRows(),
                    status.pendingLabels(),
                    status.oldestPendingSince().map(Inputs::dateTime).orElse(null),
                    status.lag().toMillis() / 1000.0,
                    status.freshness().toMillis() / 1000.0,
                    status.databaseReachable(),
                    status.lastCycleAt().map(Inputs::dateTime).orElse(null));
        }
    }

    private final ManageBiAccessUseCase accesses;
    private final ReadBiPublicationStatusUseCase status;

    BiController(ManageBiAccessUseCase accesses, ReadBiPublicationStatusUseCase status) {
        this.accesses = accesses;
        this.status = status;
    }

    @QueryMapping
    List<BiAccessView> biAccesses() {
        TenantId tenant = CurrentCaller.get().tenant();
        return accesses.list(tenant).stream().map(BiAccessView::of).toList();
    }

    @QueryMapping
    BiPublicationStatusView biPublicationStatus() {
        TenantId tenant = CurrentCaller.get().tenant();
        return BiPublicationStatusView.of(status.status(tenant));
    }

    @MutationMapping
    GrantedBiAccessView grantBiAccess(@Argument GrantBiAccessInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input", () -> GrantedBiAccessView.of(accesses.grant(new GrantBiAccessCommand(tenant, input.label()))));
    }

    @MutationMapping
    BiAccessView revokeBiAccess(@Argument RevokeBiAccessInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input", () -> BiAccessView.of(accesses.revoke(new RevokeBiAccessCommand(tenant, input.accessId()))));
    }
}
