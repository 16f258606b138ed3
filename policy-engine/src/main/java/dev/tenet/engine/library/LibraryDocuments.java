package dev.tenet.engine.library;

import dev.tenet.model.Document;
import dev.tenet.model.Governance;
import dev.tenet.model.Policy;
import dev.tenet.model.PolicyTest;
import dev.tenet.model.WorkloadDesign;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The documents read from a library folder, by file, before the checks across files; and the files
 * that could not be read, so that a check does not blame a reference on a file that is merely broken.
 *
 * @param folder     the folder as problems name it
 * @param byPath     every document read, by file, in path order
 * @param unreadable the files that gave errors instead of a document
 */
record LibraryDocuments(String folder, Map<String, Document> byPath, Set<String> unreadable) {

    LibraryDocuments {
        byPath = Collections.unmodifiableMap(new TreeMap<>(byPath));
        unreadable = Collections.unmodifiableSet(new TreeSet<>(unreadable));
    }

    List<Policy> policies() {
        return all(Policy.class);
    }

    List<Governance> governances() {
        return all(Governance.class);
    }

    List<PolicyTest> tests() {
        return all(PolicyTest.class);
    }

    Map<String, WorkloadDesign> designs() {
        Map<String, WorkloadDesign> designs = new LinkedHashMap<>();
        byPath.forEach((path, document) -> {
            if (document instanceof WorkloadDesign design) {
                designs.put(path, design);
            }
        });
        return designs;
    }

    /**
     * Whether a broken file might be the one that defines this name: policy files are named after
     * the last segment of their id, the Governance document is usually {@code governance.yaml}.
     */
    boolean brokenFileMayDefine(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        return unreadable.stream().map(LibraryDocuments::baseName).anyMatch(last::equals);
    }

    /** The folder as messages write it: {@code policies/}, or {@code ./}. */
    String folderWithSlash() {
        return folder.endsWith("/") ? folder : folder + "/";
    }

    private <T extends Document> List<T> all(Class<T> type) {
        return byPath.values().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static String baseName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
