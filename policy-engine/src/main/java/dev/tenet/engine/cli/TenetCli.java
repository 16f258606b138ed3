package dev.tenet.engine.cli;

import dev.tenet.model.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.Locale;

/**
 * The {@code tenet} command line. It only parses arguments and prints: everything a command does is
 * callable from Java through the engine's packages.
 *
 * <p>Exit status: 0 success, 1 a finding or test failure the command reports, 2 a mistake in the
 * input (an unknown option, a missing file, a bad document, an unknown revision), 3 a bug in
 * Tenet. A user's mistake is printed as {@code file:line:column: message}, never a stack trace.
 */
@Command(name = "tenet", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Responsible-AI policy as code: check designs, test and lint policies, diff revisions.",
        footer = {"", "Run 'tenet COMMAND --help' for a command's options."})
public final class TenetCli implements Runnable {

    static final int BAD_INPUT = 2;
    static final int BUG = 3;

    @Spec
    CommandSpec spec;

    private TenetCli() {
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        boolean colour = System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
        System.exit(run(args, new Terminal(out, err, colour)));
    }

    /** Runs the command line against a terminal and returns its exit status; never exits the JVM. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, new Terminal(out, err, false));
    }

    static int run(String[] args, Terminal terminal) {
        CommandLine cli = new CommandLine(new TenetCli());
        for (Object command : List.of(new CheckCommand(terminal), new TestCommand(terminal), new LintCommand(terminal),
                new DiffCommand(terminal), new ExplainCommand(terminal), new DocsCommand(terminal))) {
            cli.addSubcommand(new CommandLine(command));
        }
        // every command answers --help and --version, without each one having to ask for it
        cli.getSubcommands().values().forEach(command -> command.getCommandSpec()
                .mixinStandardHelpOptions(true).versionProvider(new Version()));
        // converters registered after the commands were added reach every command
        cli.registerConverter(LocalDate.class, TenetCli::date);
        cli.registerConverter(Pattern.class, TenetCli::pattern);
        cli.getSubcommands().values().stream().flatMap(command -> command.getCommandSpec().options().stream())
                .map(OptionSpec::type).filter(Class::isEnum).distinct().forEach(type -> registerEnum(cli, type));
        cli.setOut(terminal.out()).setErr(terminal.err());
        cli.setParameterExceptionHandler(TenetCli::badArguments);
        cli.setExecutionExceptionHandler((e, command, parsed) -> failure(e, command, terminal));
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "name a command: " + String.join(", ", spec.subcommands().keySet()));
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31");
        }
    }

    private static Pattern pattern(String value) {
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw new TypeConversionException("'" + value + "' is not a regular expression: " + e.getDescription()
                    + " near index " + e.getIndex());
        }
    }

    private static <E extends Enum<E>> void registerEnum(CommandLine cli, Class<?> type) {
        @SuppressWarnings("unchecked")
        Class<E> enumType = (Class<E>) type;
        List<String> names = Arrays.stream(enumType.getEnumConstants()).map(Enum::name).toList();
        ITypeConverter<E> converter = value -> names.stream().filter(name -> name.equalsIgnoreCase(value)).findFirst()
                .map(name -> Enum.valueOf(enumType, name))
                .orElseThrow(() -> new TypeConversionException("'" + value + "' is not one of " + String.join(", ", names)
                        + Suggestions.hint(value.toLowerCase(Locale.ROOT), names)));
        cli.registerConverter(enumType, converter);
    }

    private static int badArguments(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        PrintWriter err = command.getErr();
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            err.println(name + ": " + unmatched(unmatched, command.getCommandSpec()));
        } else if (e.getCause() instanceof TypeConversionException conversion && e.getArgSpec() instanceof OptionSpec option) {
            err.println(name + ": " + option.longestName() + ": " + conversion.getMessage());
        } else {
            err.println(name + ": " + e.getMessage());
        }
        err.println("Run '" + name + " --help' for usage.");
        err.flush();
        return BAD_INPUT;
    }

    /** An unknown option or command with the closest known one, or an argument the command does not take. */
    private static String unmatched(UnmatchedArgumentException e, CommandSpec command) {
        String argument = e.getUnmatched().get(0);
        if (argument.startsWith("-") && argument.length() > 1) {
            String option = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            // one-letter options are all within one edit of each other: only long names make a useful guess
            String hint = option.startsWith("--") ? Suggestions.hint(option, command.optionsMap().keySet().stream()
                    .filter(known -> known.startsWith("--")).toList()) : "";
            if (hint.isEmpty() && !e.getSuggestions().isEmpty()) {
                hint = " (did you mean '" + e.getSuggestions().get(0) + "'?)";
            }
            return "unknown option '" + option + "'" + hint;
        }
        if (!command.subcommands().isEmpty()) {
            return "unknown command '" + argument + "'" + Suggestions.hint(argument, command.subcommands().keySet())
                    + "; the commands are " + String.join(", ", command.subcommands().keySet());
        }
        return "unexpected argument" + (e.getUnmatched().size() > 1 ? "s " : " ")
                + String.join(" ", e.getUnmatched().stream().map(a -> "'" + a + "'").toList());
    }

    private static int failure(Exception e, CommandLine command, Terminal terminal) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof UserError error) {
            error.lines().forEach(terminal::warn);
            return BAD_INPUT;
        }
        if (cause instanceof FileSystemException file) {
            terminal.warn(file.getFile() + ": " + (file instanceof NoSuchFileException ? "no such file"
                    : file instanceof AccessDeniedException ? "permission denied" : file.getReason()));
            return BAD_INPUT;
        }
        terminal.warn(command.getCommandSpec().qualifiedName() + ": internal error: " + e
                + " — this is a bug in Tenet; please report it with the command you ran");
        if (System.getenv("TENET_DEBUG") != null) {
            e.printStackTrace(terminal.err());
        }
        return BUG;
    }
}
