package dev.tenet.web.design;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A fixed clock for the page controllers that read one. */
@TestConfiguration(proxyBeanMethods = false)
class TestClock {

    static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
