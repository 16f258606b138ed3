package dev.tenet.web.submission;

import dev.tenet.web.account.Actor;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title and the two ways to sign in (DESIGN.md section 6), so that Swagger
 * UI at {@code /swagger-ui.html} offers both. Errors are RFC 9457 Problem Details throughout.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Tenet", version = "v1",
        description = "Responsible-AI policy as code: dry runs of the policy library, designs under review, the review"
                + " workflow and decision records. YAML bodies are sent as application/yaml; everything else is JSON;"
                + " every error is application/problem+json (RFC 9457)."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")})
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "a personal API token: Authorization: Bearer <token>")
class ApiDocumentation {

    static {
        // the signed-in user is resolved from the request, not sent as a parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }
}
