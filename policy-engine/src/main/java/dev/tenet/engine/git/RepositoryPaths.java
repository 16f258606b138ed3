package dev.tenet.engine.git;

/** Paths inside a repository as git writes them: from the root, {@code /} between folders, no dots. */
final class RepositoryPaths {

    private RepositoryPaths() {
    }

    /** {@code ./policies/} and {@code policies} both become {@code policies}; the root is the empty string. */
    static String normalize(String path) {
        String result = path.replace('\\', '/');
        while (result.startsWith("./")) {
            result = result.substring(2);
        }
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        if (result.equals(".")) {
            return "";
        }
        if (result.startsWith("/") || result.equals("..") || result.startsWith("../") || result.contains("/../")
                || result.contains("/./") || result.contains("//")) {
            throw new GitException("'" + path + "' is not a path inside the repository: write it from the"
                    + " repository root, like policies/privacy-security");
        }
        return result;
    }
}
