package com.gaplens.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class LogFormatSwitchTest {

    private static String structuredFormatFor(String logFormat) {
        MockEnvironment environment = new MockEnvironment();
        if (logFormat != null) {
            environment.setProperty("gaplens.log-format", logFormat);
        }
        new LogFormatSwitch().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("logging.structured.format.console");
    }

    @Test
    void jsonMeansElasticCommonSchema() {
        assertThat(structuredFormatFor("json")).isEqualTo("ecs");
        assertThat(structuredFormatFor("JSON")).isEqualTo("ecs");
        assertThat(structuredFormatFor("ecs")).isEqualTo("ecs");
    }

    @Test
    void logstashAndGelfAreSpringBootsOwnFormats() {
        assertThat(structuredFormatFor("logstash")).isEqualTo("logstash");
        assertThat(structuredFormatFor("gelf")).isEqualTo("gelf");
    }

    @Test
    void textOrNothingLeavesTheHumanReadableFormat() {
        assertThat(structuredFormatFor("text")).isNull();
        assertThat(structuredFormatFor(null)).isNull();
    }

    @Test
    void aFormatSetDirectlyInSpringBootsPropertyWins() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("gaplens.log-format", "json")
                .withProperty("logging.structured.format.console", "logstash");
        new LogFormatSwitch().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("logstash");
    }

    @Test
    void anUnknownFormatStopsTheStartSayingWhatIsAllowed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> structuredFormatFor("xml"))
                .withMessage("gaplens.log-format (GAPLENS_LOG_FORMAT) is 'xml': use json, ecs, logstash, gelf or text");
    }
}
