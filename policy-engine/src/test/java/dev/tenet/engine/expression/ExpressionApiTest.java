package dev.tenet.engine.expression;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;

/** CEL stays an implementation detail: no {@code dev.cel} type in this package's public API. */
class ExpressionApiTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tenet.engine.expression");

    @Test
    void publicMembersOfPublicTypesNeverMentionCel() {
        members().that().areDeclaredInClassesThat().arePublic()
                .and().haveModifier(JavaModifier.PUBLIC)
                .should(new NoCelInSignature())
                .check(CLASSES);
    }
}
