package com.gaplens.adapters.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The SQL scripts beside this class, with their {@code {{name}}} placeholders replaced by quoted identifiers. */
final class SqlScripts {

    private SqlScripts() {}

    /** The script {@code name} with each placeholder replaced by the quoted identifier given for it. */
    static String load(String name, Map<String, String> identifiers) {
        String text;
        try (InputStream in = SqlScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL script " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<String, String> identifier : identifiers.entrySet()) {
            text = text.replace("{{" + identifier.getKey() + "}}", SqlNames.quote(identifier.getValue()));
        }
        if (text.contains("{{")) {
            throw new IllegalStateException("placeholder left in " + name);
        }
        return text;
    }
}
