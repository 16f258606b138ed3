package dev.tenet.web.catalog;

import dev.tenet.web.submission.DesignState;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Design states as a request names them, {@code state=APPROVED&state=IN_REVIEW}; none means every state. */
final class DesignStates {

    private DesignStates() {
    }

    /** The states named, or the empty set for none; an unknown one is refused naming the parameter. */
    static Set<DesignState> parse(String parameter, List<String> written) {
        Set<DesignState> states = EnumSet.noneOf(DesignState.class);
        if (written == null) {
            return states;
        }
        for (String value : written) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                states.add(DesignState.valueOf(value.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidParameterException(parameter, "must be one of " + Arrays.stream(DesignState.values())
                        .map(Enum::name).collect(Collectors.joining(", ")) + "; got '" + value + "'");
            }
        }
        return states;
    }
}
