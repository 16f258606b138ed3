package dev.tenet.engine.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One output format of {@code tenet check}. A report is immutable and thread-safe; rendering the
 * same designs twice gives the same text, with {@code \n} line endings and a final newline.
 */
public sealed interface Report permits TextReport, JsonReport, SarifReport, JUnitReport {

    /** The report of these designs, in their order. */
    String render(List<CheckedDesign> designs);

    /** Writes the report as UTF-8, whatever the platform's default charset. */
    default void write(List<CheckedDesign> designs, OutputStream out) throws IOException {
        out.write(render(designs).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
