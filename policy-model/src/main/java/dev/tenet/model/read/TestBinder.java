package dev.tenet.model.read;

import dev.tenet.model.PolicyTest;
import dev.tenet.model.ReadResult;
import dev.tenet.model.RiskTier;
import dev.tenet.model.SourceMap;
import dev.tenet.model.TestCase;
import dev.tenet.model.TestCase.DesignFile;
import dev.tenet.model.TestCase.DesignSource;
import dev.tenet.model.TestCase.InlineDesign;
import dev.tenet.model.evaluation.AttestationStatus;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.model.evaluation.Outcome;
import dev.tenet.model.tree.MapNode;
import dev.tenet.model.tree.ScalarNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Binds a schema-valid PolicyTest tree and checks what the schema cannot: each case has exactly one
 * of {@code design} and {@code inline} and checks something, and a library-wide test (no
 * {@code policy}) names rules as {@code policy/rule}.
 */
final class TestBinder {

    private TestBinder() {
    }

    static ReadResult<PolicyTest> bind(String file, MapView root, SourceMap source) {
        Problems problems = new Problems(file);
        MapView metadata = root.mapOrEmpty("metadata");
        MapView spec = root.mapOrEmpty("spec");
        Optional<String> policy = spec.string("policy");
        List<TestCase> cases = spec.maps("cases").stream().map(c -> testCase(c, policy.isPresent(), problems)).toList();
        PolicyBinder.checkUnique("case", spec.maps("cases").stream()
                .map(c -> new PolicyBinder.Keyed(c.string("name", ""), c.position())).toList(), problems);
        return ReadResult.of(new PolicyTest(metadata.string("name", ""), metadata.string("description", ""), policy,
                cases, source), problems.list());
    }

    private static TestCase testCase(MapView c, boolean policyScoped, Problems problems) {
        String name = c.string("name", "");
        DesignSource design = designSource(c, name, problems);
        Map<String, Outcome> expect = tokens(c, "expect", Outcome::valueOf);
        Map<String, AttestationStatus> attestations = tokens(c, "attestations", AttestationStatus::valueOf);
        Optional<Decision> decision = c.string("decision").map(Decision::valueOf);
        Optional<RiskTier> tier = c.string("tier").map(RiskTier::fromId);
        if (expect.isEmpty() && attestations.isEmpty() && decision.isEmpty() && tier.isEmpty()) {
            problems.error(c.position(), "case '" + name + "' checks nothing: add expect, decision, tier or attestations");
        }
        if (!policyScoped) {
            expect.keySet().stream().filter(key -> !key.contains("/")).forEach(key -> problems.error(
                    c.positionOf("expect"), "case '" + name + "': the test names no policy, so write rule '" + key
                            + "' as policy-id/" + key + ", or set spec.policy"));
        }
        return new TestCase(name, design, c.plain("patch"), c.plain("meta"),
                WaiverBinder.waivers(c.maps("waivers"), problems), expect, decision, tier, attestations, c.position());
    }

    private static DesignSource designSource(MapView c, String name, Problems problems) {
        boolean file = c.has("design");
        boolean inline = c.has("inline");
        if (file == inline) {
            problems.error(c.position(), "case '" + name + "' needs exactly one of 'design' (a file) or 'inline' (a spec)"
                    + (file ? ", not both" : ""));
        }
        return file ? new DesignFile(c.string("design", "")) : new InlineDesign(c.plain("inline"));
    }

    private static <T> Map<String, T> tokens(MapView c, String key, Function<String, T> parse) {
        Map<String, T> values = new LinkedHashMap<>();
        for (MapNode.Entry entry : c.mapOrEmpty(key).entries()) {
            if (entry.value() instanceof ScalarNode scalar && scalar.value() instanceof String text) {
                values.put(entry.key(), parse.apply(text));
            }
        }
        return values;
    }
}
