package com.gaplens.adapters.mongo.config;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/** Which MongoDB URI, if any, the environment names. */
final class MongoUriProperties {

    static final String GAPLENS_URI = "gaplens.mongodb.uri";
    private static final String[] SPRING_URIS = {"spring.mongodb.uri", "spring.data.mongodb.uri"};

    private MongoUriProperties() {}

    static boolean gapLensUriSet(Environment environment) {
        return StringUtils.hasText(environment.getProperty(GAPLENS_URI));
    }

    static boolean anyUriSet(Environment environment) {
        if (gapLensUriSet(environment)) {
            return true;
        }
        for (String key : SPRING_URIS) {
            if (StringUtils.hasText(environment.getProperty(key))) {
                return true;
            }
        }
        return false;
    }
}
