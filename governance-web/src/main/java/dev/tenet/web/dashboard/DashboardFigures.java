package dev.tenet.web.dashboard;

import dev.tenet.model.Principle;
import dev.tenet.model.Stage;
import dev.tenet.web.dashboard.Figures.Average;
import dev.tenet.web.dashboard.Figures.Count;
import dev.tenet.web.policy.PolicyService;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.DesignState;
import dev.tenet.web.submission.Designs;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Computes the dashboard's figures from every design and its pinned evaluation. */
@Component
class DashboardFigures {

    private static final double SECONDS_PER_DAY = 86_400.0;

    private final Designs designs;
    private final PolicyService policies;
    private final JsonMapper mapper;
    private final MessageSource messages;
    private final Clock clock;

    DashboardFigures(Designs designs, PolicyService policies, JsonMapper mapper, MessageSource messages, Clock clock) {
        this.designs = designs;
        this.policies = policies;
        this.mapper = mapper;
        this.messages = messages;
        this.clock = clock;
    }

    Figures compute(Locale locale) {
        List<Design> all = designs.findAll();
        Map<DesignState, Long> byState = all.stream().collect(Collectors.groupingBy(Design::state, Collectors.counting()));
        List<Count> perState = Arrays.stream(DesignState.values())
                .map(s -> new Count(s.name(), label("state." + s.name(), s.name(), locale), byState.getOrDefault(s, 0L)))
                .toList();
        List<Design> inReview = all.stream().filter(d -> d.state().isUnderReview()).toList();
        List<String> stages = policies.current().governance().stages().stream().map(Stage::id).toList();
        List<Count> perStage = stages.stream()
                .map(s -> new Count(s, s, inReview.stream().filter(d -> d.stage().equals(s)).count())).toList();
        Map<String, Long> failures = all.stream().flatMap(d -> failedPrinciples(d.evaluation()).stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<Count> byPrinciple = Arrays.stream(Principle.values())
                .map(p -> new Count(p.id(), label("principle." + p.id(), p.id(), locale), failures.getOrDefault(p.id(), 0L)))
                .toList();
        List<Average> days = stages.stream().map(s -> average(s, inReview)).toList();
        return new Figures(perState, perStage, byPrinciple, days, all.size());
    }

    private Average average(String stage, List<Design> inReview) {
        List<Design> here = inReview.stream().filter(d -> d.stage().equals(stage) && d.stageEnteredAt() != null).toList();
        double mean = here.stream()
                .mapToDouble(d -> Duration.between(d.stageEnteredAt(), clock.instant()).toSeconds() / SECONDS_PER_DAY)
                .average().orElse(0);
        return new Average(stage, stage, Math.round(Math.max(0, mean) * 10) / 10.0, here.size());
    }

    // The principle of each failed finding (FAIL or ERROR) of a pinned evaluation; none for a draft.
    private List<String> failedPrinciples(String evaluation) {
        if (evaluation == null || evaluation.isBlank()) {
            return List.of();
        }
        JsonNode findings = mapper.readTree(evaluation).path("findings");
        return findings.values().stream()
                .filter(f -> f.path("outcome").asString("").equals("FAIL") || f.path("outcome").asString("").equals("ERROR"))
                .map(f -> f.path("principle").asString("")).toList();
    }

    private String label(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
