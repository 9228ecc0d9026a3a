package com.gaplens.adapters.graphql.security;

import com.gaplens.application.port.in.AuthenticatedCaller;
import com.gaplens.domain.access.Role;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated call: its principal is the {@link AuthenticatedCaller} (one tenant, its roles). */
final class CallerAuthentication extends AbstractAuthenticationToken {

    private final AuthenticatedCaller caller;

    CallerAuthentication(AuthenticatedCaller caller) {
        super(authorities(caller));
        this.caller = caller;
        setAuthenticated(true);
    }

    private static List<SimpleGrantedAuthority> authorities(AuthenticatedCaller caller) {
        return Arrays.stream(Role.values())
                .filter(caller::may)
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public AuthenticatedCaller getPrincipal() {
        return caller;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CallerAuthentication other && caller.equals(other.caller);
    }

    @Override
    public int hashCode() {
        return caller.hashCode();
    }
}
