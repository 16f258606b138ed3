package dev.tenet.engine.evaluation;

import dev.tenet.engine.expression.DesignContext;
import dev.tenet.model.DesignParts.AttestationAnswer;
import dev.tenet.model.Waiver;
import dev.tenet.model.WorkloadDesign;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an evaluation depends on besides the bundle: the design, the waivers granted to it,
 * attestation answers reviewers recorded (over the design's own), and the day, which decides
 * whether a waiver has expired. The same input and bundle always give the same evaluation.
 *
 * @param design   the design's spec and metadata, converted once for every rule
 * @param answers  the design's own attestation answers, by attestation id
 * @param recorded answers reviewers recorded, which take precedence over the design's
 * @param waivers  waivers granted to the design
 * @param today    the day of the evaluation
 */
public record EvaluationInput(DesignContext design, Map<String, AttestationAnswer> answers,
                              Map<String, AttestationAnswer> recorded, List<Waiver> waivers, LocalDate today) {

    public EvaluationInput {
        Objects.requireNonNull(design, "design");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        recorded = Collections.unmodifiableMap(new LinkedHashMap<>(recorded));
        waivers = List.copyOf(waivers);
        Objects.requireNonNull(today, "today");
    }

    /** A design read from a file, with its own answers, no waivers. */
    public static EvaluationInput of(WorkloadDesign design, LocalDate today) {
        return new EvaluationInput(DesignContext.of(design), design.spec().attestations(), Map.of(), List.of(), today);
    }

    /** A design given as trees (an inline test design, or one patched): answers are read from {@code attestations}. */
    public static EvaluationInput of(Map<String, Object> spec, Map<String, Object> meta, LocalDate today) {
        return new EvaluationInput(DesignContext.of(spec, meta), answersIn(spec), Map.of(), List.of(), today);
    }

    /** The same input with these waivers. */
    public EvaluationInput withWaivers(List<Waiver> granted) {
        return new EvaluationInput(design, answers, recorded, granted, today);
    }

    /** The same input with answers reviewers recorded. */
    public EvaluationInput withRecorded(Map<String, AttestationAnswer> reviewerAnswers) {
        return new EvaluationInput(design, answers, reviewerAnswers, waivers, today);
    }

    /** The answer that counts for an attestation: a reviewer's, else the design's. */
    Optional<AttestationAnswer> answer(String attestationId) {
        AttestationAnswer answer = recorded.get(attestationId);
        return Optional.ofNullable(answer != null ? answer : answers.get(attestationId));
    }

    private static Map<String, AttestationAnswer> answersIn(Map<String, Object> spec) {
        Map<String, AttestationAnswer> answers = new LinkedHashMap<>();
        if (spec.get("attestations") instanceof Map<?, ?> given) {
            given.forEach((id, value) -> {
                if (value instanceof Map<?, ?> answer) {
                    Object evidence = answer.get("evidence");
                    answers.put(String.valueOf(id), new AttestationAnswer(Boolean.TRUE.equals(answer.get("answer")),
                            Optional.ofNullable(evidence).map(String::valueOf)));
                }
            });
        }
        return answers;
    }
}
