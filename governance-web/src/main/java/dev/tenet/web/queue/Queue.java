package dev.tenet.web.queue;

import dev.tenet.web.submission.MovedFinding;

import java.util.List;

/**
 * A person's work: one section per thing they are asked to do.
 *
 * @param notices    for an owner, their designs that policy changes sent back to review, newest first
 * @param teamCounts for engineers, their team's designs counted by state, in queue order; empty otherwise
 * @param sections   what to look at, most pressing first
 */
record Queue(List<Notice> notices, List<StateCount> teamCounts, List<Section> sections) {

    Queue {
        notices = List.copyOf(notices);
        teamCounts = List.copyOf(teamCounts);
        sections = List.copyOf(sections);
    }

    /**
     * A design of the person's that a policy change sent back to review (policy drift), until they
     * dismiss it.
     *
     * @param id       the notice
     * @param detected when the drift was found, as the page shows it
     * @param failing  the findings that fail since the change, with their messages
     */
    record Notice(long id, long designId, String title, String fromCommit, String toCommit, String decisionBefore,
                  String decisionAfter, String detected, List<MovedFinding> failing) {

        Notice {
            failing = List.copyOf(failing);
        }

        public String shortFrom() {
            return fromCommit.length() > 8 ? fromCommit.substring(0, 8) : fromCommit;
        }

        public String shortTo() {
            return toCommit.length() > 8 ? toCommit.substring(0, 8) : toCommit;
        }
    }

    public long overdue() {
        return sections.stream().flatMap(s -> s.entries().stream()).filter(Entry::overdue).count();
    }

    /** How many of the team's designs are in a state. */
    record StateCount(String state, long count) {
    }

    /**
     * A list of designs under one heading.
     *
     * @param heading   the heading's message key
     * @param argument  what the heading names: a state or a stage
     * @param review    whether it lists designs awaiting review (with SLA age) rather than a team's designs
     * @param entries   the designs
     */
    record Section(String heading, String argument, boolean review, List<Entry> entries) {

        Section {
            entries = List.copyOf(entries);
        }

        public String id() {
            return "section-" + heading.replace('.', '-') + "-" + argument.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One design in a queue.
     *
     * @param daysInStage whole days since it entered its state or stage
     * @param slaDays     the days its stage may take, if the governance document sets a limit
     * @param approvals   approvals at its stage so far
     * @param quorum      approvals its stage needs
     * @param signedByMe  whether the person looking has signed this revision already
     */
    record Entry(long id, String team, String name, String owner, int revision, String state, String stage,
                 String tier, String decision, long daysInStage, Integer slaDays, int approvals, int quorum,
                 boolean signedByMe) {

        public String title() {
            return team + "/" + name;
        }

        public boolean overdue() {
            return slaDays != null && daysInStage > slaDays;
        }
    }
}
