package dev.tenet.web.design;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A moment as a page shows it: ISO-8601 for {@code <time datetime>} and a short text in the
 * server clock's zone.
 */
record When(String iso, String text) {

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    static When of(Instant instant, ZoneId zone) {
        if (instant == null) {
            return new When("", "");
        }
        // UTC reads as "UTC" rather than the offset's "Z"
        ZoneId named = zone.equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : zone;
        return new When(instant.toString(), TEXT.format(instant.atZone(named)));
    }
}
