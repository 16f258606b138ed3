package dev.tenet.model.read;

import dev.tenet.model.Attestation;
import dev.tenet.model.Enforcement;
import dev.tenet.model.EvidenceRequirement;
import dev.tenet.model.Expression;
import dev.tenet.model.Lifecycle;
import dev.tenet.model.Policy;
import dev.tenet.model.PolicyMetadata;
import dev.tenet.model.Position;
import dev.tenet.model.ReadResult;
import dev.tenet.model.Reference;
import dev.tenet.model.Rule;
import dev.tenet.model.SemVer;
import dev.tenet.model.Severity;
import dev.tenet.model.SourceMap;
import dev.tenet.model.Principle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a schema-valid Policy tree into a {@link Policy} and checks what the schema cannot: the id
 * matches the file name, rule and attestation ids are unique, the version is semver, and the policy
 * has at least one rule or attestation.
 */
final class PolicyBinder {

    private PolicyBinder() {
    }

    static ReadResult<Policy> bind(String file, MapView root, SourceMap source) {
        Problems problems = new Problems(file);
        MapView metadata = root.mapOrEmpty("metadata");
        MapView spec = root.mapOrEmpty("spec");
        Severity severity = Severity.fromId(spec.string("severity", "medium"));
        PolicyMetadata meta = metadata(metadata, problems);
        checkFileName(file, meta.id(), metadata, problems);
        List<Rule> rules = spec.maps("rules").stream().map(rule -> rule(rule, severity)).toList();
        List<Attestation> attestations = spec.maps("attestations").stream().map(PolicyBinder::attestation).toList();
        checkUnique("rule", rules.stream().map(r -> new Keyed(r.id(), r.position())).toList(), problems);
        checkUnique("attestation", attestations.stream().map(a -> new Keyed(a.id(), a.position())).toList(), problems);
        if (rules.isEmpty() && attestations.isEmpty()) {
            problems.error(spec.position(), "a policy needs at least one rule or attestation under spec");
        }
        Policy policy = new Policy(meta, expression(spec, "appliesTo"), Enforcement.fromId(spec.string("enforcement", "advisory")),
                severity, rules, attestations, source);
        return ReadResult.of(policy, problems.list());
    }

    private static PolicyMetadata metadata(MapView metadata, Problems problems) {
        String versionText = metadata.text("version").orElse("0.0.0");
        SemVer version = SemVer.parse(versionText).orElseGet(() -> {
            problems.error(metadata.positionOf("version"), "version '" + versionText
                    + "' is not a semantic version: write MAJOR.MINOR.PATCH, like 1.0.0");
            return new SemVer(0, 0, 0, "", "");
        });
        List<Reference> references = metadata.maps("references").stream()
                .map(r -> new Reference(r.string("source", ""), r.string("section", ""), r.string("url", "")))
                .toList();
        return new PolicyMetadata(metadata.string("id", ""), metadata.string("title", ""), version,
                metadata.string("owner", ""), Principle.fromId(metadata.string("principle", "accountability")),
                metadata.string("lifecycle").map(Lifecycle::fromId), metadata.string("description", ""), references);
    }

    private static void checkFileName(String file, String id, MapView metadata, Problems problems) {
        if (!FileNames.hasDocumentExtension(file)) {
            return;
        }
        String base = FileNames.baseName(file);
        String last = id.substring(id.lastIndexOf('.') + 1);
        if (!base.isEmpty() && !id.isEmpty() && !last.equals(base)) {
            problems.error(metadata.positionOf("id"), "policy id '" + id + "' must end with the file name '" + base
                    + "': rename the file to " + last + ".yaml or the id to " + id.substring(0, id.lastIndexOf('.') + 1) + base);
        }
    }

    private static Rule rule(MapView rule, Severity policySeverity) {
        Severity severity = rule.string("severity").map(Severity::fromId).orElse(policySeverity);
        return new Rule(rule.string("id", ""), rule.string("description", ""), expression(rule, "appliesTo"),
                expression(rule, "require"), rule.string("message", ""), rule.string("remediation", ""), severity,
                rule.position());
    }

    private static Attestation attestation(MapView attestation) {
        return new Attestation(attestation.string("id", ""), attestation.string("stage", ""),
                attestation.string("question", ""),
                EvidenceRequirement.fromId(attestation.string("evidence", "none")), attestation.position());
    }

    static Expression expression(MapView owner, String key) {
        return owner.text(key).map(text -> new Expression(text, owner.positionOf(key)))
                .orElseGet(() -> Expression.always(owner.position()));
    }

    static void checkUnique(String what, List<Keyed> items, Problems problems) {
        Map<String, Position> seen = new HashMap<>();
        for (Keyed item : items) {
            Position first = seen.putIfAbsent(item.key(), item.position());
            if (first != null) {
                problems.error(item.position(), "duplicate " + what + " id '" + item.key() + "' (first used at line "
                        + first.line() + "): " + what + " ids must be unique");
            }
        }
    }

    record Keyed(String key, Position position) {
    }
}
