package dev.tenet.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An enum constant with the lowercase name documents write it as ({@code hard-mandatory}). */
public interface Token {

    /** How documents write this constant. */
    String id();

    /** The constant of {@code type} written as {@code id}; schema validation makes sure it exists. */
    static <E extends Enum<E> & Token> E fromId(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not one of: "
                        + Arrays.stream(type.getEnumConstants()).map(Token::id).collect(Collectors.joining(", "))));
    }
}
