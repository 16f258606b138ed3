package dev.tenet.engine.cli;

import picocli.CommandLine.IVersionProvider;

/** Tenet's version, from the jar's manifest (set by the build), for {@code --version} and SARIF. */
final class Version implements IVersionProvider {

    static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version != null ? version : "development";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"tenet " + current()};
    }
}
