package org.gongkai.app;

import org.gongkai.store.ReportFilter;
import org.gongkai.store.Store;
import org.gongkai.store.region.Region;
import org.gongkai.store.region.RegionCatalogue;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** {@code --db}: where the store is, shared by every command that uses one. */
final class DbOption {
    @Option(names = "--db", paramLabel = "DB", defaultValue = Store.DEFAULT_LOCATION,
            description = "数据库：一个目录（内嵌 H2，默认 ./gongkai-data/）或 jdbc:postgresql://主机/库?user=…&password=…")
    String db;

    Store open() { return Store.open(db); }

    /** --region R: a code (32, 3202, 320281) or a name (江苏省, 无锡市, 江阴) to code prefixes. */
    static ReportFilter filter(String region, Integer year, String template) {
        List<String> prefixes = new ArrayList<>();
        if (region != null) {
            List<Region> found = RegionCatalogue.standard().find(region);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("没有名为或代码为「" + region + "」的行政区划；请给出如 32、320281、江苏省、江阴 的区划");
            }
            for (Region r : found) prefixes.add(r.prefix());
        }
        return new ReportFilter(prefixes, year, template);
    }
}
