package dev.tenet.model;

import dev.tenet.model.evaluation.AttestationStatus;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.model.evaluation.Outcome;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One case of a policy test: a design (from a file or inline), an optional merge patch over its
 * spec, and what the evaluation must give.
 *
 * @param name         what the case shows
 * @param design       where the design comes from
 * @param patch        an RFC 7386 JSON merge patch applied to the design's spec; empty for none
 * @param meta         values for the {@code meta} variable, over the design's own metadata
 * @param waivers      waivers given to the evaluation
 * @param expect       the outcome wanted per rule: a rule id of the test's policy, or {@code policy/rule}
 * @param decision     the decision wanted, if the case checks it
 * @param tier         the risk tier wanted, if the case checks it
 * @param attestations the attestation statuses wanted, by attestation id
 * @param position     where the case starts in its file
 */
public record TestCase(String name, DesignSource design, Map<String, Object> patch, Map<String, Object> meta,
                       List<Waiver> waivers, Map<String, Outcome> expect, Optional<Decision> decision,
                       Optional<RiskTier> tier, Map<String, AttestationStatus> attestations, Position position) {

    /** Where a case's design comes from. */
    public sealed interface DesignSource {
    }

    /** A design file, relative to the test file. */
    public record DesignFile(String path) implements DesignSource {
        public DesignFile {
            Objects.requireNonNull(path, "path");
        }
    }

    /** A design spec written in the test itself. */
    public record InlineDesign(Map<String, Object> spec) implements DesignSource {
        public InlineDesign {
            spec = Collections.unmodifiableMap(new LinkedHashMap<>(spec));
        }
    }

    public TestCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(design, "design");
        patch = Collections.unmodifiableMap(new LinkedHashMap<>(patch));
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        waivers = List.copyOf(waivers);
        expect = Collections.unmodifiableMap(new LinkedHashMap<>(expect));
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(tier, "tier");
        attestations = Collections.unmodifiableMap(new LinkedHashMap<>(attestations));
        Objects.requireNonNull(position, "position");
    }
}
