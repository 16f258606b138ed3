package dev.tenet.web.policy;

import dev.tenet.web.TenetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.time.Duration;

/**
 * Syncs the policy library every {@code tenet.policies.poll-interval} (default one minute), the
 * first time one interval after start-up (start-up has just read the head). Zero or a negative
 * interval turns polling off: the webhook and {@code POST /api/v1/policies/sync} still sync.
 * A sync that fails is logged by {@link PolicySync}; polling goes on.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PolicyPolling implements SchedulingConfigurer {

    static final String ACTOR = "polling";
    private static final Logger LOG = LoggerFactory.getLogger(PolicyPolling.class);

    private final PolicySync sync;
    private final Duration interval;

    PolicyPolling(PolicySync sync, TenetProperties properties) {
        this.sync = sync;
        this.interval = properties.policies().pollInterval();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (interval.isZero() || interval.isNegative()) {
            LOG.info("polling the policy repository is off (tenet.policies.poll-interval={})", interval);
            return;
        }
        registrar.addFixedDelayTask(new FixedDelayTask(this::poll, interval, interval));
    }

    private void poll() {
        try {
            sync.sync(ACTOR);
        } catch (RuntimeException e) {
            LOG.error("polling the policy repository failed; trying again in {}", interval, e);
        }
    }
}
