package dev.tenet.engine.git;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** JGit stays inside this package (STYLE.md 8): nothing else uses it, and no JGit type leaks out. */
class GitBoundaryTest {

    private static final String JGIT = "org.eclipse.jgit..";

    /** The engine's main classes only, read from where {@link GitRepository} was compiled to. */
    private final JavaClasses engine = new ClassFileImporter().importPath(mainClasses());

    private static Path mainClasses() {
        try {
            return Path.of(GitRepository.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onlyTheGitPackageUsesJGit() {
        noClasses().that().resideOutsideOfPackage("dev.tenet.engine.git")
                .should().dependOnClassesThat().resideInAPackage(JGIT)
                .because("the engine reads git only through dev.tenet.engine.git")
                .check(engine);
    }

    @Test
    void thePublicApiOfTheGitPackageNamesNoJGitType() {
        codeUnits().that().areDeclaredInClassesThat().resideInAPackage("dev.tenet.engine.git")
                .and().areDeclaredInClassesThat().arePublic().and().arePublic()
                .should(new ArchCondition<>("name no JGit type in their signature") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
                        types.add(unit.getRawReturnType());
                        types.addAll(unit.getExceptionTypes());
                        boolean leaks = types.stream().anyMatch(type -> type.getPackageName().startsWith("org.eclipse.jgit"));
                        events.add(new SimpleConditionEvent(unit, !leaks, unit.getFullName() + " exposes a JGit type"));
                    }
                })
                .allowEmptyShould(true)
                .check(engine);
    }
}
