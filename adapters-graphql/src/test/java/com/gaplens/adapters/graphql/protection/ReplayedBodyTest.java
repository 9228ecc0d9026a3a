package com.gaplens.adapters.graphql.protection;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The body the gate read is served again, to a blocking reader and to a non-blocking one alike. */
class ReplayedBodyTest {

    private static final byte[] BODY = "{\"query\":\"{ tenant }\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aBlockingReaderReadsTheWholeBodyAgain() throws IOException {
        var replayed = new RequestBodyGate.Replayed(new MockHttpServletRequest(), BODY);

        assertThat(replayed.getInputStream().readAllBytes()).isEqualTo(BODY);
        assertThat(replayed.getReader().readLine()).isEqualTo(new String(BODY, StandardCharsets.UTF_8));
    }

    @Test
    void aNonBlockingReaderIsToldTheBodyIsAvailableReadsItAllAndIsToldItIsAllRead() throws IOException {
        ServletInputStream in = new RequestBodyGate.Replayed(new MockHttpServletRequest(), BODY).getInputStream();
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        List<String> events = new ArrayList<>();

        in.setReadListener(new ReadListener() {
            @Override
            public void onDataAvailable() throws IOException {
                events.add("available");
                byte[] buffer = new byte[8];
                while (in.isReady() && !in.isFinished()) {
                    int n = in.read(buffer);
                    read.write(buffer, 0, n);
                }
            }

            @Override
            public void onAllDataRead() {
                events.add("all read");
            }

            @Override
            public void onError(Throwable failure) {
                events.add("error: " + failure);
            }
        });

        assertThat(events).containsExactly("available", "all read");
        assertThat(read.toByteArray()).isEqualTo(BODY);
        assertThat(in.isFinished()).isTrue();
    }
}
