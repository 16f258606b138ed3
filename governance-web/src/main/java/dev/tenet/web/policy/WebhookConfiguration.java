package dev.tenet.web.policy;

import dev.tenet.web.TenetProperties;
import dev.tenet.web.account.ApiCredentials;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The policy webhook: {@code POST /api/v1/policies/sync} signed with {@code X-Hub-Signature-256}
 * (DESIGN.md section 6). The signature is a credential of the API's security chain
 * ({@link WebhookAuthentication}); the body it signs is capped and kept by {@link WebhookBodyLimit},
 * a servlet filter that runs before the chain.
 */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    ApiCredentials webhookSignature(TenetProperties properties) {
        WebhookAuthentication authentication = new WebhookAuthentication(
                new WebhookSignature(properties.webhook().secret()));
        return new ApiCredentials(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, PolicySyncApi.PATH),
                authentication, authentication);
    }

    @Bean
    FilterRegistrationBean<WebhookBodyLimit> webhookBodyLimit() {
        FilterRegistrationBean<WebhookBodyLimit> registration = new FilterRegistrationBean<>(new WebhookBodyLimit());
        registration.addUrlPatterns(PolicySyncApi.PATH);
        // before Spring Security, which reads the body to check the signature
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
