package dev.tenet.web.catalog;

/**
 * Refuses an impact preview or a policy diff that would evaluate designs while as many are already
 * running as the server allows: the API answers 429 with {@code Retry-After}, the page the same.
 */
class ImpactBusyException extends RuntimeException {

    /** How long to wait before asking again, in seconds. */
    static final int RETRY_AFTER_SECONDS = 5;

    ImpactBusyException() {
        super("another impact preview is running; try again in a few seconds");
    }
}
