package dev.tenet.web.catalog;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Query parameters the catalog cannot use: 400, naming each parameter and what it must be. */
final class InvalidParameterException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One parameter and what is wrong with it. */
    record Fault(String parameter, String reason) {
    }

    private final transient List<Fault> faults;

    InvalidParameterException(String parameter, String reason) {
        this(List.of(new Fault(parameter, reason)));
    }

    private InvalidParameterException(List<Fault> faults) {
        super(faults.stream().map(f -> f.parameter() + ": " + f.reason()).collect(Collectors.joining("; ")),
                null, false, false);
        this.faults = List.copyOf(faults);
    }

    List<Fault> faults() {
        return faults;
    }

    /**
     * Refuses the request when any of these parameters is missing or blank, naming every one.
     *
     * @param namesAndValues parameter name, value, name, value, ...
     */
    static void requireAll(String what, String... namesAndValues) {
        List<Fault> missing = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null || namesAndValues[i + 1].isBlank()) {
                missing.add(new Fault(namesAndValues[i], "is required: " + what));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidParameterException(missing);
        }
    }
}
