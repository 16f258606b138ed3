package dev.tenet.model.yaml;

import dev.tenet.model.Problem;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stands between SnakeYAML's parser and its composer, so the composer only ever sees plain data.
 *
 * <p>Anchors, aliases and tags are reported as problems and taken out of the events: an alias
 * becomes an empty scalar, so nothing is ever expanded (no "billion laughs") and no tag ever names
 * a type. Nesting depth, node count and value length are checked here, before the composer builds
 * anything deeper or larger: passing one stops the read with a {@link Refusal}.
 */
final class GuardedEvents implements Parser {

    private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";
    /** Problems reported here before the read stops: enough to see the pattern, bounded for a hostile file. */
    private static final int MAX_REPORTED = 100;

    private final Parser parser;
    private final Locator locator;
    private final YamlLimits limits;
    private final List<Problem> problems = new ArrayList<>();
    private Event next;
    private int depth;
    private int nodes;

    GuardedEvents(Parser parser, Locator locator, YamlLimits limits) {
        this.parser = parser;
        this.locator = locator;
        this.limits = limits;
    }

    /** Anchors, aliases, tags and overlong values met so far. */
    List<Problem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        Event event = peekEvent();
        return event != null && event.is(choice);
    }

    @Override
    public Event peekEvent() {
        if (next == null) {
            Event raw = parser.peekEvent();
            next = raw == null ? null : plain(raw);
        }
        return next;
    }

    @Override
    public Event getEvent() {
        Event event = peekEvent();
        inspect(parser.getEvent());
        next = null;
        return event;
    }

    private void inspect(Event event) {
        if (event instanceof AliasEvent alias) {
            report(event, "anchors and aliases are not supported (found '*" + Excerpt.of(alias.getAnchor())
                    + "'); write the value out in full");
            countNode(event);
            return;
        }
        if (event instanceof NodeEvent node && node.getAnchor() != null) {
            report(event, "anchors and aliases are not supported (found '&" + Excerpt.of(node.getAnchor())
                    + "'); write the value out in full");
        }
        String tag = tagOf(event);
        if (tag != null) {
            report(event, "tags are not supported (found '" + Excerpt.of(shown(tag))
                    + "'); remove it, and quote the value if it must be a string");
        }
        if (event instanceof CollectionStartEvent) {
            countNode(event);
            if (++depth > limits.maxDepth()) {
                throw new Refusal(locator.error(event.getStartMark(), "nesting deeper than " + limits.maxDepth()
                        + " levels; the limit is " + limits.maxDepth()));
            }
        } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
            depth--;
        } else if (event instanceof ScalarEvent scalar) {
            countNode(event);
            checkLength(scalar);
        }
    }

    private void report(Event event, String message) {
        if (problems.size() == MAX_REPORTED) {
            throw new Refusal(locator.error(event.getStartMark(), "too many problems (more than "
                    + MAX_REPORTED + " anchors, aliases, tags or overlong values); stopped reading here"));
        }
        problems.add(locator.error(event.getStartMark(), message));
    }

    private void countNode(Event event) {
        if (++nodes > limits.maxNodes()) {
            throw new Refusal(locator.error(event.getStartMark(), String.format(Locale.ROOT,
                    "file has more than %,d values; the limit is %,d", limits.maxNodes(), limits.maxNodes())));
        }
    }

    private void checkLength(ScalarEvent scalar) {
        String value = scalar.getValue();
        if (value.length() > limits.maxScalarLength()
                && value.codePointCount(0, value.length()) > limits.maxScalarLength()) {
            report(scalar, String.format(Locale.ROOT,
                    "value is %,d characters long; the limit is %,d",
                    value.codePointCount(0, value.length()), limits.maxScalarLength()));
        }
    }

    /** The event without anchor or tag; an alias as an empty plain scalar. */
    private static Event plain(Event event) {
        if (event instanceof AliasEvent) {
            return new ScalarEvent(null, null, new ImplicitTuple(true, false), "", event.getStartMark(),
                    event.getEndMark(), DumperOptions.ScalarStyle.PLAIN);
        }
        if (event instanceof NodeEvent node && (node.getAnchor() != null || tagOf(event) != null)) {
            if (event instanceof ScalarEvent s) {
                return new ScalarEvent(null, null, s.getImplicit(), s.getValue(), s.getStartMark(), s.getEndMark(),
                        s.getScalarStyle());
            }
            CollectionStartEvent c = (CollectionStartEvent) event;
            return c instanceof MappingStartEvent
                    ? new MappingStartEvent(null, null, true, c.getStartMark(), c.getEndMark(), c.getFlowStyle())
                    : new SequenceStartEvent(null, null, true, c.getStartMark(), c.getEndMark(), c.getFlowStyle());
        }
        return event;
    }

    private static String tagOf(Event event) {
        if (event instanceof ScalarEvent scalar) {
            return scalar.getTag();
        }
        return event instanceof CollectionStartEvent collection ? collection.getTag() : null;
    }

    /** A tag as it was most likely written: {@code !!str} rather than {@code tag:yaml.org,2002:str}. */
    private static String shown(String tag) {
        return tag.startsWith(CORE_TAG_PREFIX) ? "!!" + tag.substring(CORE_TAG_PREFIX.length()) : tag;
    }
}
