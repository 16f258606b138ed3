package dev.tenet.engine.expression;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.HashSet;
import java.util.Set;

/** A member whose parameters, return type and thrown exceptions stay clear of {@code dev.cel}. */
final class NoCelInSignature extends ArchCondition<JavaMember> {

    NoCelInSignature() {
        super("not mention dev.cel types in their signature");
    }

    @Override
    public void check(JavaMember member, ConditionEvents events) {
        Set<JavaClass> types = new HashSet<>();
        if (member instanceof JavaField field) {
            types.addAll(field.getType().getAllInvolvedRawTypes());
        }
        if (member instanceof JavaCodeUnit code) {
            types.addAll(code.getReturnType().getAllInvolvedRawTypes());
            code.getParameterTypes().forEach(type -> types.addAll(type.getAllInvolvedRawTypes()));
            code.getThrowsClause().getTypes().forEach(types::add);
        }
        boolean cel = types.stream().anyMatch(type -> type.getPackageName().startsWith("dev.cel"));
        events.add(new SimpleConditionEvent(member, !cel, member.getFullName() + (cel ? " mentions" : " does not mention") + " dev.cel"));
    }
}
