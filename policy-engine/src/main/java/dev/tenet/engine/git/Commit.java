package dev.tenet.engine.git;

import java.time.Instant;
import java.util.Objects;

/**
 * One commit as a history shows it.
 *
 * @param id           the full 40-character commit id
 * @param shortId      an abbreviation of the id, unique in the repository when it was read
 * @param authorName   who wrote the change
 * @param authorEmail  the author's email address
 * @param time         when the author made the change
 * @param shortMessage the first paragraph of the message, on one line
 * @param fullMessage  the whole message
 */
public record Commit(String id, String shortId, String authorName, String authorEmail, Instant time,
                     String shortMessage, String fullMessage) {

    public Commit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shortId, "shortId");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(authorEmail, "authorEmail");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(shortMessage, "shortMessage");
        Objects.requireNonNull(fullMessage, "fullMessage");
    }
}
