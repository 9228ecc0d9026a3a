package com.gaplens.application.port.in;

import java.util.Optional;

/** Turns a presented API key token into the caller it stands for, or nothing when it is unknown, wrong or revoked. */
public interface AuthenticateApiKeyUseCase {

    Optional<AuthenticatedCaller> authenticate(String token);
}
