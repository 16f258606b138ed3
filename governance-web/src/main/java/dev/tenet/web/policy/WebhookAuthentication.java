package dev.tenet.web.policy;

import dev.tenet.web.account.CredentialsRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationConverter;

import java.io.IOException;

/**
 * Authenticates a signed call of {@code POST /api/v1/policies/sync} (a webhook) as
 * {@link WebhookCall}, plugged into the API's security chain as an
 * {@link dev.tenet.web.account.ApiCredentials} before Bearer and Basic:
 * <ul>
 *   <li>a call with {@code X-Hub-Signature-256} is verified against its raw body; a bad signature,
 *       or any signature when no secret is configured, is refused (401);</li>
 *   <li>a call with neither a signature nor an {@code Authorization} header is refused (401): a
 *       webhook whose secret is not set up, or anybody at all;</li>
 *   <li>a call without a signature but with {@code Authorization} goes on to Basic and Bearer: a
 *       person syncing with their own credentials (POLICY or ADMIN).</li>
 * </ul>
 * Every refusal is logged at WARN with the caller's address, never with the signature or secret.
 */
final class WebhookAuthentication implements AuthenticationConverter, AuthenticationProvider {

    static final String UNSIGNED = "Sign the call: a webhook sends X-Hub-Signature-256 (the HMAC-SHA256 of the body"
            + " keyed with the webhook's secret); a person signs in with HTTP Basic or a personal API token.";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookAuthentication.class);
    private static final String DELIVERY = "X-GitHub-Delivery";
    private static final int LOGGED_HEADER_CHARS = 64;

    private final WebhookSignature signature;

    WebhookAuthentication(WebhookSignature signature) {
        this.signature = signature;
    }

    @Override
    public Authentication convert(HttpServletRequest request) {
        String header = request.getHeader(WebhookSignature.HEADER);
        String delivery = printable(request.getHeader(DELIVERY));
        if (header == null) {
            if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
                return null;
            }
            refused(request.getRemoteAddr(), delivery, "the call is neither signed nor signed in");
            throw new CredentialsRefusedException(UNSIGNED);
        }
        try {
            return WebhookCall.unverified(header, request.getInputStream().readAllBytes(), request.getRemoteAddr(),
                    delivery);
        } catch (IOException e) {
            throw new AuthenticationServiceException("cannot read the webhook call's body", e);
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        WebhookCall call = (WebhookCall) authentication;
        WebhookSignature.Check check = signature.check(call.signature(), call.body());
        if (check != WebhookSignature.Check.VALID) {
            refused(call.remoteAddress(), call.delivery(), check.reason());
            // the caller is not told that no secret is set: that is the server's to log, not a stranger's to learn
            WebhookSignature.Check told = check == WebhookSignature.Check.NO_SECRET ? WebhookSignature.Check.MISMATCH : check;
            throw new CredentialsRefusedException("Refused: " + told.reason() + ".");
        }
        LOG.debug("webhook call from {} (delivery {}) verified", call.remoteAddress(), call.delivery());
        return call.verified();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebhookCall.class.isAssignableFrom(authentication);
    }

    private static void refused(String remoteAddress, String delivery, String reason) {
        LOG.warn("refused a call of POST {} from {}{}: {}", PolicySyncApi.PATH, remoteAddress,
                delivery.isEmpty() ? "" : " (X-GitHub-Delivery " + delivery + ")", reason);
    }

    /** A header's value fit for one log line: printable ASCII only, and not too long. */
    private static String printable(String value) {
        if (value == null) {
            return "";
        }
        String printable = value.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > LOGGED_HEADER_CHARS ? printable.substring(0, LOGGED_HEADER_CHARS) + "..." : printable;
    }
}
