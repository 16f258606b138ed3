package dev.tenet.web.design;

import dev.tenet.model.Stage;
import dev.tenet.web.account.Actor;
import dev.tenet.web.design.DesignPage.Actions;
import dev.tenet.web.design.PinnedEvaluation.FindingView;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.DesignState;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which forms the design page offers a person. It mirrors the workflow's rules only to hide what
 * would certainly be refused; the workflow still decides, and a refusal shows its reason.
 */
final class DesignActions {

    private DesignActions() {
    }

    static Actions of(Actor actor, Design design, List<Stage> stages, PinnedEvaluation evaluation, boolean policyChanged) {
        boolean editor = DesignAccess.isEditor(actor, design);
        DesignState state = design.state();
        boolean submit = editor && (state == DesignState.DRAFT || state == DesignState.CHANGES_REQUESTED);
        boolean withdraw = editor && state != DesignState.WITHDRAWN && state != DesignState.REJECTED;
        boolean reviewing = state.isUnderReview() && DesignAccess.isIndependent(actor, design);
        String reviewStage = reviewing ? reviewStage(actor, design, stages) : "";
        boolean recordHarm = actor.has("RESEARCH") && state != DesignState.WITHDRAWN && state != DesignState.REJECTED;
        List<FindingView> waivable = reviewing && actor.has("POLICY")
                ? evaluation.findings().stream().filter(FindingView::waivable).toList()
                : List.of();
        Set<String> answerStages = new LinkedHashSet<>();
        if (reviewing) {
            stages.stream().filter(stage -> actor.has(stage.role())).forEach(stage -> answerStages.add(stage.id()));
        }
        boolean reevaluate = editor && state.isUnderReview() && policyChanged;
        return new Actions(editor, submit, withdraw, reviewStage, recordHarm, waivable, answerStages, reevaluate);
    }

    // The current stage, when the person has its role, has signed no other stage of this revision
    // (in any round) and has not signed this stage in the current round: the rule the workflow
    // enforces when the verdict is recorded (Rules.requireNotSignedElsewhere).
    private static String reviewStage(Actor actor, Design design, List<Stage> stages) {
        Optional<Stage> current = stages.stream().filter(stage -> stage.id().equals(design.stage())).findFirst();
        boolean signedElsewhere = design.revisionSignOffs().stream()
                .anyMatch(s -> s.reviewer().equals(actor.username()) && !s.stage().equals(design.stage()));
        boolean signedHere = design.currentSignOffs().stream()
                .anyMatch(s -> s.reviewer().equals(actor.username()) && s.stage().equals(design.stage()));
        return current.filter(stage -> actor.has(stage.role()) && !signedElsewhere && !signedHere).map(Stage::id)
                .orElse("");
    }
}
