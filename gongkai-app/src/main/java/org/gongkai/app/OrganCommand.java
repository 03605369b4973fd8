package org.gongkai.app;

import org.gongkai.store.Organs;
import org.gongkai.store.Store;
import org.gongkai.store.region.Region;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code gongkai organ list|set|merge}: the organs reports come from, settled by a person where names do not tell. */
@Command(name = "organ", description = "机关及其行政区划：查看、人工确定、合并 / Organs and their regions.",
        subcommands = {OrganCommand.ListOrgans.class, OrganCommand.Set.class, OrganCommand.Merge.class})
final class OrganCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    static void print(PrintWriter out, Organs.Organ o) {
        String region = o.region().stream().map(Region::name).collect(Collectors.joining(" "));
        String candidates = o.candidates().stream().map(Region::toString).collect(Collectors.joining("、"));
        out.println(o.id() + "\t" + o.name() + "\t" + o.regionCode().orElse("") + "\t" + region + "\t"
                + (o.sector() == null ? "" : o.sector()) + "\t" + o.resolution()
                + (candidates.isEmpty() ? "" : "\t候选：" + candidates)
                + (o.names().size() > 1 ? "\t又名：" + String.join("、", o.names()) : ""));
    }

    @Command(name = "list", description = "列出机关")
    static final class ListOrgans implements Callable<Integer> {
        @Mixin
        DbOption db;

        @Option(names = "--unsettled", description = "只列出区划未定的机关")
        boolean unsettled;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            try (Store store = db.open()) {
                out.println("编号\t名称\t区划代码\t区划\t领域\t确定方式");
                for (Organs.Organ o : store.organs().list()) if (!unsettled || o.region().isEmpty()) print(out, o);
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "set", description = "人工确定机关的行政区划（及领域）")
    static final class Set implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "机关编号（见 gongkai organ list）")
        long id;

        @Option(names = "--region", required = true, paramLabel = "CODE", description = "六位区划代码，如 320281")
        String region;

        @Option(names = "--sector", paramLabel = "S", description = "领域，如 生态环境")
        String sector;

        @Option(names = "--by", paramLabel = "WHO", description = "确定人")
        String by = System.getProperty("user.name");

        @Option(names = "--note", paramLabel = "TEXT", description = "备注（依据）")
        String note;

        @Mixin
        DbOption db;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Store store = db.open()) {
                print(spec.commandLine().getOut(), store.organs().settle(id, region, sector, by, note));
            }
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "merge", description = "把一个机关并入另一个（同一机关的不同写法），跨年度检查随之重算")
    static final class Merge implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "被并入的机关编号")
        long id;

        @Option(names = "--into", required = true, paramLabel = "ID", description = "保留的机关编号")
        long into;

        @Option(names = "--by", paramLabel = "WHO", description = "确定人")
        String by = System.getProperty("user.name");

        @Mixin
        DbOption db;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Store store = db.open()) {
                print(spec.commandLine().getOut(), store.organs().merge(id, into, by));
            }
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
