package dev.tenet.web.demo;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.Harm;
import dev.tenet.web.submission.SubmissionService;
import dev.tenet.web.submission.Verdict;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The sample designs a newcomer finds in the demo, each taken through the workflow by the demo
 * users to a different place: approved, waiting at the policy stage, waiting on a waiver, sent back
 * blocked, in research with a risk register, and a draft.
 */
final class DemoScenarios {

    /** The team the demo's engineers belong to: every sample design is adopted by it. */
    static final String TEAM = "claims";

    /**
     * One sample: an example design of the library, the engineer who submits it, and what happens next.
     *
     * @param file the example's file name in {@code policies/examples}
     */
    record Scenario(String file, String engineer, BiFunction<DemoScenarios, Design, Design> story) {

        /** The design's name: the file name without {@code .yaml}. */
        String name() {
            return file.substring(0, file.length() - ".yaml".length());
        }
    }

    /** Every sample, in the order they are seeded. */
    static final List<Scenario> ALL = List.of(
            new Scenario("claims-triage.yaml", "erin", DemoScenarios::approved),
            new Scenario("claim-form-extraction.yaml", "evan", DemoScenarios::atPolicyStage),
            new Scenario("media-recommendations.yaml", "erin", DemoScenarios::waiverGranted),
            new Scenario("resume-screener.yaml", "evan", DemoScenarios::changesRequested),
            new Scenario("kids-learning-recommender.yaml", "erin", DemoScenarios::inResearchWithHarms),
            new Scenario("support-assistant.yaml", "evan", (scenarios, draft) -> draft));

    private final SubmissionService submissions;
    private final ReviewSteps steps;
    private final DemoCast cast;
    private final Clock clock;

    DemoScenarios(SubmissionService submissions, ReviewSteps steps, DemoCast cast, Clock clock) {
        this.submissions = submissions;
        this.steps = steps;
        this.cast = cast;
        this.clock = clock;
    }

    /** Saves the example as the scenario's engineer (a DRAFT) and plays the rest of its story. */
    Design play(Scenario scenario, String yaml) {
        Actor engineer = cast.get(scenario.engineer());
        String adopted = ExampleDesigns.adopt(yaml, TEAM, engineer.username());
        Design draft = submissions.save(engineer, scenario.file(), adopted).design();
        return scenario.story().apply(this, draft);
    }

    private Design submitted(Design draft) {
        return submissions.submit(cast.get(draft.owner()), draft.id());
    }

    /** Every stage signed, the board's too when the tier is high. */
    private Design approved(Design draft) {
        return steps.approveUntil(submitted(draft), "");
    }

    /** Research signed; the policy stage has it. */
    private Design atPolicyStage(Design draft) {
        return steps.approveUntil(submitted(draft), "policy");
    }

    /** At the policy stage, which waived one soft-mandatory failure and still weighs the others. */
    private Design waiverGranted(Design draft) {
        Design design = steps.approveUntil(submitted(draft), "policy");
        List<String> failures = ReviewSteps.unwaivedSoftFailures(design);
        if (failures.isEmpty()) {
            return design;
        }
        String[] rule = failures.get(0).split("/", 2);
        return submissions.grantWaiver(cast.get("pat"), design.id(), rule[0], rule[1],
                "Accepted for the pilot while the fix is scheduled for the next release; reviewed again at expiry.",
                LocalDate.now(clock).plusDays(90));
    }

    /** Research found what blocks it and sent it back to the engineers. */
    private Design changesRequested(Design draft) {
        Design design = submitted(draft);
        Actor researcher = steps.reviewersOf(design.stage()).get(0);
        design = submissions.recordHarm(researcher, design.id(), harm(researcher,
                "Qualified applicants are rejected without a person ever reading their application",
                "job applicants", "high", "critical",
                "A recruiter reviews every rejection before it is sent; applicants can ask for a human review"));
        return submissions.review(researcher, design.id(), design.stage(), Verdict.REQUEST_CHANGES,
                "Blocked: it rejects applicants unattended and has no subgroup evaluation. Put a recruiter in the"
                        + " loop and add the evaluation, then submit a new revision.");
    }

    /** In research: the risk register has entries and one of the researchers has signed. */
    private Design inResearchWithHarms(Design draft) {
        Design design = submitted(draft);
        List<Actor> researchers = steps.reviewersOf(design.stage());
        Actor keeper = researchers.get(0);
        design = submissions.recordHarm(keeper, design.id(), harm(keeper,
                "Recommendations steer children towards content that is too hard or too easy for them",
                "children aged 6 to 12", "medium", "high",
                "Teachers see and can override every recommendation; difficulty is re-estimated weekly"));
        design = submissions.recordHarm(keeper, design.id(), harm(keeper,
                "Learning profiles reveal a child's difficulties to other pupils",
                "children with learning difficulties", "low", "high",
                "Profiles are visible to the child's teacher and parents only; no ranking is shown"));
        if (researchers.size() > 1) {
            Actor signer = researchers.get(1);
            design = steps.answerOpen(design, signer);
            design = submissions.review(signer, design.id(), design.stage(), Verdict.APPROVE,
                    "The harms are recorded with mitigations; the subgroup evaluation still needs a waiver at policy.");
        }
        return design;
    }

    private Harm harm(Actor recordedBy, String harm, String group, String likelihood, String severity, String mitigation) {
        return new Harm(harm, group, likelihood, severity, mitigation, recordedBy.username(), clock.instant());
    }
}
