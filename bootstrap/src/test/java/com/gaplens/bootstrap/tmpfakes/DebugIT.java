package com.gaplens.bootstrap.tmpfakes;

import com.gaplens.application.port.in.*;
import com.gaplens.application.port.out.ApiKeyRepository;
import com.gaplens.bootstrap.e2e.EndToEndTest;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@org.springframework.test.context.TestPropertySource(properties = "logging.level.org.springframework.security=TRACE")
class DebugIT extends EndToEndTest {
    @Autowired
    IssueApiKeyUseCase issue;

    @Autowired
    AuthenticateApiKeyUseCase auth;

    @Autowired
    ApiKeyRepository repo;

    @Test
    void debug() {
        var k = issue.issue(new IssueApiKeyUseCase.IssueApiKeyCommand(new TenantId("dbg"), "x", Set.of(Role.ADMIN)));
        System.out.println("DEBUG token " + k.token() + " repo " + repo.getClass() + " found "
                + repo.findById(k.key().id()).isPresent());
        System.out.println(
                "DEBUG auth " + auth.authenticate(k.token()) + " " + auth.getClass() + " " + issue.getClass());
    }
}
