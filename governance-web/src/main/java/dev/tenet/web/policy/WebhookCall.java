package dev.tenet.web.policy;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.io.Serial;
import java.util.List;

/**
 * A call of the policy webhook, as Spring Security sees it: before verification its signature and
 * raw body; after it the principal {@value #PRINCIPAL} with the one authority {@value #SYNC}, which
 * lets it sync the policy library and nothing else (it has no role).
 */
final class WebhookCall extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The authority of a verified webhook call: it may sync the policy library. */
    static final String SYNC = "POLICY_SYNC";
    /** The name a verified call acts under, in logs and in the sync's result. */
    static final String PRINCIPAL = "webhook";

    private final String remoteAddress;
    private final String delivery;
    private String signature;
    private transient byte[] body;

    private WebhookCall(String signature, byte[] body, String remoteAddress, String delivery, boolean verified) {
        super(verified ? List.of(new SimpleGrantedAuthority(SYNC)) : List.of());
        this.signature = signature;
        this.body = body;
        this.remoteAddress = remoteAddress;
        this.delivery = delivery;
        setAuthenticated(verified);
    }

    /** A call as it arrived, to verify. */
    static WebhookCall unverified(String signature, byte[] body, String remoteAddress, String delivery) {
        return new WebhookCall(signature, body.clone(), remoteAddress, delivery, false);
    }

    /** The same call, its signature verified. */
    WebhookCall verified() {
        return new WebhookCall(null, new byte[0], remoteAddress, delivery, true);
    }

    /** The {@code X-Hub-Signature-256} header's value. */
    String signature() {
        return signature;
    }

    /** The raw request body that was signed. */
    byte[] body() {
        return body.clone();
    }

    /** Where the call came from, for the log. */
    String remoteAddress() {
        return remoteAddress;
    }

    /** GitHub's {@code X-GitHub-Delivery} id, for matching the log with GitHub's list of deliveries; may be empty. */
    String delivery() {
        return delivery;
    }

    @Override
    public Object getCredentials() {
        return signature;
    }

    @Override
    public Object getPrincipal() {
        return PRINCIPAL;
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        signature = null;
        body = new byte[0];
    }
}
