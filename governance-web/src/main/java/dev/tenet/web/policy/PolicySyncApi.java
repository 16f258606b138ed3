package dev.tenet.web.policy;

import dev.tenet.web.account.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The policy library's sync (DESIGN.md section 6): its status for anyone signed in, and
 * {@code POST} to fetch and follow the branch now, for POLICY and ADMIN users and for the webhook
 * (a call signed with {@code X-Hub-Signature-256}, see {@link WebhookAuthentication}). A webhook's
 * body is not read beyond its signature: whatever the event, the sync reads the branch itself.
 * GitHub's {@code ping} event, sent when a webhook is created, is answered without syncing.
 */
@RestController
@RequestMapping(PolicySyncApi.PATH)
class PolicySyncApi {

    static final String PATH = "/api/v1/policies/sync";
    /** POLICY and ADMIN users, and a verified webhook call. */
    static final String MAY_SYNC = "hasAnyRole('POLICY', 'ADMIN') or hasAuthority('" + WebhookCall.SYNC + "')";
    private static final String GITHUB_EVENT = "X-GitHub-Event";

    private final PolicySync sync;

    PolicySyncApi(PolicySync sync) {
        this.sync = sync;
    }

    /** GitHub's answer to a new webhook: it reached Tenet and its signature is right. */
    record Pong(String event, String message) {
    }

    @GetMapping
    SyncStatus status() {
        return sync.status();
    }

    @PostMapping
    @PreAuthorize(MAY_SYNC)
    SyncResult sync(Actor actor) {
        return sync.sync(actor.username());
    }

    @PostMapping(headers = GITHUB_EVENT + "=ping")
    @PreAuthorize(MAY_SYNC)
    Pong ping() {
        return new Pong("ping", "The webhook reaches Tenet and its signature is right: a push to '"
                + sync.status().branch() + "' will sync the policy library.");
    }
}
