package com.gaplens.application.bi;

import com.gaplens.domain.shared.Require;

/**
 * What a BI tool needs to connect with a newly granted access, shown once: the password is kept nowhere but in the
 * database's own (hashed) role.
 */
public record BiCredentials(BiAccess access, String host, int port, String database, String password) {

    public BiCredentials {
        Require.present(access, "access");
        Require.present(host, "host");
        Require.present(database, "database");
        Require.present(password, "password");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("a port is 1–65535, got " + port);
        }
    }

    @Override
    public String toString() {
        return "BiCredentials[" + access + ", " + host + ":" + port + "/" + database + ", password hidden]";
    }
}
