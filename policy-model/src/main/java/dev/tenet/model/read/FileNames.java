package dev.tenet.model.read;

/** File-name helpers for identity checks. */
final class FileNames {

    private FileNames() {
    }

    /** Whether the name has an extension Tenet reads documents from, so that identity checks may use it. */
    static boolean hasDocumentExtension(String file) {
        return file.endsWith(".yaml") || file.endsWith(".yml") || file.endsWith(".json");
    }

    /** The file's name without folders and without a {@code .yaml}, {@code .yml} or {@code .json} extension. */
    static String baseName(String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        for (String extension : new String[] {".yaml", ".yml", ".json"}) {
            if (name.endsWith(extension)) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        return name;
    }
}
