package dev.tenet.web.submission;

/** No design with the id asked for (or none the person may see): 404. */
public final class DesignNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DesignNotFoundException(long id) {
        super("no design " + id, null, false, false);
    }
}
