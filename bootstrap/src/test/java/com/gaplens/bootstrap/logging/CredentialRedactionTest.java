package com.gaplens.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialRedactionTest {

    private static final String KEY = "gl_prt4hergz8n30osoz2f8vbpo.bHW9qcSFh5RFYk6nb99DA78LDhiICewp-DKrtKBuW0c";

    @Test
    void theSecretOfAnApiKeyIsDroppedAndItsPublicIdKept() {
        assertThat(CredentialRedaction.redact("token " + KEY + " used"))
                .isEqualTo("token gl_prt4hergz8n30osoz2f8vbpo.[REDACTED] used");
    }

    @Test
    void tomcatsQuoteOfAHeaderLineWithANulByteIsRedacted() {
        String tomcat = "The HTTP header line [Authorization:Bearer " + KEY + "c0x00x] does not conform to RFC 9112.";

        String redacted = CredentialRedaction.redact(tomcat);

        assertThat(redacted).doesNotContain("bHW9qcSFh5RFYk6nb99DA78LDhiICewp").contains("does not conform");
    }

    @Test
    void bearerAndBasicValuesOfAnyShapeAreRedacted() {
        assertThat(CredentialRedaction.redact("Authorization: Bearer operator-token-123456789"))
                .isEqualTo("Authorization: Bearer [REDACTED]");
        assertThat(CredentialRedaction.redact("authorization: basic dXNlcjpzZWNyZXQ="))
                .isEqualTo("authorization: basic [REDACTED]");
        assertThat(CredentialRedaction.redact("nothing to hide")).isEqualTo("nothing to hide");
    }

    @Test
    void anExceptionWhoseCauseQuotesAKeyIsRetoldWithoutIt() {
        Throwable original = new IllegalStateException(
                "processing failed", new IllegalArgumentException("header [Authorization: Bearer " + KEY + "]"));

        Throwable redacted = CredentialRedaction.redact(original);

        assertThat(redacted.getMessage()).contains("processing failed");
        assertThat(redacted.getCause().getMessage())
                .contains("IllegalArgumentException")
                .doesNotContain("bHW9qcSFh5RFYk6nb99DA78LDhiICewp");
        assertThat(redacted.getStackTrace()).isEqualTo(original.getStackTrace());
    }
}
