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
     * @param repository   a local path, read in place (default {@code .}, this checkout), or a git URL
     *                     ({@code https://}, {@code http://}, {@code git://}, {@code file://}), mirrored
     *                     under {@code data-dir/policy-mirrors/} and fetched; SSH is not supported
     * @param path         the library's folder inside the repository
     * @param branch       the branch whose head is the current policy commit
     * @param pollInterval how often to sync with the repository; zero or negative turns polling off
     */
    public record Policies(@DefaultValue(".") String repository, @DefaultValue("policies") String path,
                           @DefaultValue("main") String branch, @DefaultValue("PT1M") Duration pollInterval) {
    }

    /**
     * @param secret the key of the webhook's {@code X-Hub-Signature-256} (HMAC-SHA256 of the body);
     *               empty refuses every signed call
     */
    public record Webhook(@DefaultValue("") String secret) {
    }
}
