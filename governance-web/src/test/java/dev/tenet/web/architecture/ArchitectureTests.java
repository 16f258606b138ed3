package dev.tenet.web.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * The web module's structure rules (STYLE.md, "How that reads in Tenet", 6 to 8), checked on the
 * main classes only: tests may inject fields and drive JGit to build their fixtures.
 */
class ArchitectureTests {

    private static final String WEB = "dev.tenet.web..";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tenet.web");

    private static final DescribedPredicate<JavaClass> WEB_ENDPOINTS =
            simpleNameEndingWith("Controller").or(simpleNameEndingWith("Api"))
                    .and(DescribedPredicate.describe("a Spring MVC controller",
                            (JavaClass c) -> c.isMetaAnnotatedWith(Controller.class)));

    @Test
    void theClassesAreFoundAtAll() {
        // a wrong package name would make every rule below pass vacuously
        org.assertj.core.api.Assertions.assertThat(MAIN.stream().filter(WEB_ENDPOINTS::test).count())
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void controllersAndApisArePackagePrivate() {
        ArchRule rule = classes().that(WEB_ENDPOINTS).should().notHaveModifier(JavaModifier.PUBLIC)
                .andShould().notHaveModifier(JavaModifier.PROTECTED)
                .because("STYLE.md 6: a feature's pages and REST endpoints are no other module's API");
        rule.check(MAIN);
    }

    @Test
    void everyControllerIsNamedAsAControllerOrAnApi() {
        ArchRule rule = classes().that().resideInAPackage(WEB).and().areMetaAnnotatedWith(Controller.class)
                .should().haveSimpleNameEndingWith("Controller").orShould().haveSimpleNameEndingWith("Api")
                .because("STYLE.md 6: *Controller for pages and *Api for REST");
        rule.check(MAIN);
    }

    @Test
    void apiHandlersNeverReturnPersistentEntities() {
        ArchRule rule = methods().that().areDeclaredInClassesThat(simpleNameEndingWith("Api"))
                .and().areMetaAnnotatedWith(RequestMapping.class)
                .should(returnNoEntity())
                .because("STYLE.md 6: record DTOs at the edge, never entities (Design, Revision and their parts)");
        rule.check(MAIN);
    }

    @Test
    void noWebClassUsesJGitOrCelDirectly() {
        ArchRule rule = noClasses().that().resideInAPackage(WEB)
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jgit..", "dev.cel..")
                .because("STYLE.md 8: the engine's git and expression packages wrap JGit and CEL");
        rule.check(MAIN);
    }

    @Test
    void noFieldIsInjected() {
        ArchRule rule = noFields().that().areDeclaredInClassesThat().resideInAPackage(WEB)
                .should().beAnnotatedWith(Autowired.class)
                .orShould().beAnnotatedWith(Value.class)
                .orShould().beAnnotatedWith("jakarta.inject.Inject")
                .orShould().beAnnotatedWith("jakarta.annotation.Resource")
                .because("STYLE.md 7: one constructor, final fields, no field injection");
        rule.check(MAIN);
    }

    @Test
    void springBeansKeepTheirCollaboratorsInFinalFields() {
        ArchRule rule = noFields().that().areDeclaredInClassesThat().resideInAPackage(WEB)
                .and().areDeclaredInClassesThat().areMetaAnnotatedWith(Component.class)
                .and().areNotStatic()
                // a volatile field is state published on purpose (PolicyService's current bundle), not a collaborator
                .and().doNotHaveModifier(JavaModifier.VOLATILE)
                .should().notBeFinal()
                .because("STYLE.md 7: one constructor, final fields");
        rule.check(MAIN);
    }

    @Test
    void noBeanHoldsStaticMutableState() {
        ArchRule rule = noFields().that().areDeclaredInClassesThat().resideInAPackage(WEB)
                .and().areStatic()
                .should().notBeFinal()
                .because("STYLE.md 7: no static mutable state");
        rule.check(MAIN);
    }

    /** The return type, with its type arguments ({@code ResponseEntity<List<Design>>}), names no {@code @Table} class. */
    private static ArchCondition<JavaMethod> returnNoEntity() {
        return new ArchCondition<>("return no persistent entity") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                method.getReturnType().getAllInvolvedRawTypes().stream()
                        .filter(type -> type.isAnnotatedWith(Table.class))
                        .forEach(entity -> events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " returns the entity " + entity.getName())));
            }
        };
    }
}
