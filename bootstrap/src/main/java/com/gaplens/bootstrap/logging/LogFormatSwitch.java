package com.gaplens.bootstrap.logging;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One switch for the console log format: {@code GAPLENS_LOG_FORMAT} (property {@code gaplens.log-format},
 * also set by the profile {@code json-logs}) = {@code json} or {@code ecs} (Elastic Common Schema JSON,
 * one object per line), {@code logstash}, {@code gelf}, or {@code text} (the default, human-readable).
 * It sets Spring Boot's {@code logging.structured.format.console} before logging starts; a value set
 * there directly wins. An unknown value stops the start with a message saying the allowed ones.
 */
public final class LogFormatSwitch implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "gaplens.log-format";
    static final String STRUCTURED_CONSOLE = "logging.structured.format.console";

    private static final Map<String, String> FORMATS =
            Map.of("json", "ecs", "ecs", "ecs", "logstash", "logstash", "gelf", "gelf");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String wanted = environment.getProperty(PROPERTY, "text").strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || wanted.equals("text")) {
            return;
        }
        String format = FORMATS.get(wanted);
        if (format == null) {
            throw new IllegalArgumentException(
                    PROPERTY + " (GAPLENS_LOG_FORMAT) is '" + wanted + "': use json, ecs, logstash, gelf or text");
        }
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("gaplens-log-format", Map.of(STRUCTURED_CONSOLE, format)));
    }

    /** After application.yaml and the profiles are read, before logging is initialised. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
