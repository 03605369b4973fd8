package org.gongkai.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code gongkai} command line. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "gongkai 0.1.0",
        description = "读取、检查政府信息公开工作年度报告 / Reads and checks China's government information disclosure annual reports.",
        subcommands = {ParseCommand.class, CheckCommand.class, DemoCommand.class, ServeCommand.class, IngestCommand.class, ReparseCommand.class,
                ListCommand.class, ShowCommand.class, ExportCommand.class, OrganCommand.class, ReviewCommand.class, CompactCommand.class,
                BenchCommand.class, RenderCommand.class, SynthCommand.class, ReadBenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        // POI logs through log4j-api, which complains on stderr when no log4j implementation is present;
        // its simple logger prints errors only, which is what a command line wants
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            err.println("gongkai: " + ex.getMessage());
            return 2;
        });
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
