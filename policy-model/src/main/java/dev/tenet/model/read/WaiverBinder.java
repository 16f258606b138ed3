package dev.tenet.model.read;

import dev.tenet.model.ReadResult;
import dev.tenet.model.SourceMap;
import dev.tenet.model.Waiver;
import dev.tenet.model.WaiverSet;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Binds a schema-valid Waivers tree, and the waivers inside policy tests, into {@link Waiver}s. */
final class WaiverBinder {

    private WaiverBinder() {
    }

    static ReadResult<WaiverSet> bind(String file, MapView root, SourceMap source) {
        Problems problems = new Problems(file);
        List<Waiver> waivers = waivers(root.mapOrEmpty("spec").maps("waivers"), problems);
        return ReadResult.of(new WaiverSet(root.mapOrEmpty("metadata").string("name", ""), waivers, source),
                problems.list());
    }

    static List<Waiver> waivers(List<MapView> items, Problems problems) {
        List<Waiver> waivers = new ArrayList<>();
        for (MapView item : items) {
            String expires = item.text("expires").orElse("");
            try {
                waivers.add(new Waiver(item.string("policy", ""), item.string("rule", ""),
                        item.string("justification", ""), LocalDate.parse(expires), item.string("approver", "")));
            } catch (DateTimeParseException e) {
                problems.error(item.positionOf("expires"),
                        "expires '" + expires + "' is not a date: write it as YYYY-MM-DD, like 2027-01-31");
            }
        }
        return waivers;
    }
}
