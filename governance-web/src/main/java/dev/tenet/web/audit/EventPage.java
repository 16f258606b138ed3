package dev.tenet.web.audit;

import java.util.List;

/**
 * One page of audit events, newest first.
 *
 * @param events        the page's events
 * @param number        the page's number, from 0
 * @param size          the most events a page holds
 * @param totalElements how many events all pages hold
 */
record EventPage(List<AuditEvent> events, int number, int size, long totalElements) {

    EventPage {
        events = List.copyOf(events);
    }

    public int totalPages() {
        return (int) ((totalElements + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return number + 1 < totalPages();
    }
}
