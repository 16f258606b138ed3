package dev.tenet.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Tenet's settings (DESIGN.md section 8).
 *
 * @param dataDir  where the H2 files and policy clones live
 * @param policies where the policy library comes from
 * @param webhook  the policy webhook's shared secret
 */
@ConfigurationProperties("tenet")
public record TenetProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Policies policies,
                              @DefaultValue Webhook webhook) {

    /**
     * @param repository   a local path or a git URL; default this checkout
     * @param path         the library's folder inside the repository
     * @param branch       the branch whose head is the current policy commit
     * @param pollInterval how often to look for a new head
     */
    public record Policies(@DefaultValue(".") String repository, @DefaultValue("policies") String path,
                           @DefaultValue("main") String branch, @DefaultValue("PT1M") Duration pollInterval) {
    }

    /** @param secret HMAC-SHA256 key of {@code X-Hub-Signature-256}; empty disables the webhook */
    public record Webhook(@DefaultValue("") String secret) {
    }
}
