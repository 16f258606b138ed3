package dev.tenet.web.drift;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long one drift check may run, beside the other {@code tenet.policies} settings
 * ({@link dev.tenet.web.TenetProperties.Policies}): {@code tenet.policies.drift-timeout}. A check
 * that runs out of time stops between designs; the designs it did not reach are checked by the
 * next one (the next head move, or the periodic check every {@code poll-interval}, or every
 * {@link DriftWatch#FALLBACK_INTERVAL} when polling is off).
 *
 * @param driftTimeout the time limit of one check
 */
@ConfigurationProperties("tenet.policies")
record DriftSettings(@DefaultValue("PT5M") Duration driftTimeout) {

    DriftSettings {
        if (driftTimeout.isNegative() || driftTimeout.isZero()) {
            throw new IllegalArgumentException("tenet.policies.drift-timeout must be positive, got " + driftTimeout);
        }
    }
}
