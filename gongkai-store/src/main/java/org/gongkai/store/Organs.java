package org.gongkai.store;

import org.gongkai.core.rules.RuleEngine;
import org.gongkai.store.region.OrganResolution;
import org.gongkai.store.region.OrganResolver;
import org.gongkai.store.region.Region;
import org.gongkai.store.region.RegionCatalogue;
import org.jdbi.v3.core.Handle;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The organs reports come from. Each spelling of a name a report uses maps to one organ, so an organ keeps
 * one identity across years; where its name does not settle its region, a person can ({@link #settle}), and
 * two organs found to be the same can be joined ({@link #merge}).
 */
public final class Organs {
    private final RegionCatalogue regions;
    private final RuleEngine rules;
    private final Store store;

    Organs(Store store, RegionCatalogue regions, RuleEngine rules) {
        this.store = store;
        this.regions = regions;
        this.rules = rules;
    }

    /**
     * An organ.
     *
     * @param region     its region, province first, empty while not settled
     * @param resolution resolved (from its name), ambiguous, unresolved or settled (by a person)
     * @param candidates the regions it may be in, while ambiguous
     * @param names      every spelling reports used for it
     */
    public record Organ(long id, String name, List<Region> region, String sector, String resolution,
                        List<Region> candidates, List<String> names, String settledBy, String note) {

        public Optional<String> regionCode() {
            return region.isEmpty() ? Optional.empty() : Optional.of(region.get(region.size() - 1).code());
        }
    }

    public List<Organ> list() {
        return store.jdbi().withHandle(h -> {
            List<Long> ids = h.createQuery("select id from organ order by id").mapTo(Long.class).list();
            List<Organ> out = new ArrayList<>();
            for (long id : ids) out.add(get(h, id).orElseThrow());
            return out;
        });
    }

    public Optional<Organ> get(long id) { return store.jdbi().withHandle(h -> get(h, id)); }

    private Optional<Organ> get(Handle h, long id) {
        return h.createQuery("select * from organ where id = :id").bind("id", id)
                .map((rs, ctx) -> new Organ(rs.getLong("id"), rs.getString("name"),
                        path(rs.getString("region_code")), rs.getString("sector"), rs.getString("resolution"),
                        candidates(rs.getString("candidates")),
                        h.createQuery("select name from organ_name where organ_id = :id order by name")
                                .bind("id", id).mapTo(String.class).list(),
                        rs.getString("settled_by"), rs.getString("note")))
                .findOne();
    }

    /**
     * A person settles where an organ is and what it does.
     *
     * @param regionCode a six-digit GB/T 2260 code
     * @param sector     the sector, or null to keep the one read from its name
     */
    public Organ settle(long id, String regionCode, String sector, String who, String note) {
        Region region = regions.byCode(regionCode).orElseThrow(() -> new IllegalArgumentException(
                "没有区划代码 " + regionCode + "；请给出六位 GB/T 2260 代码，如 320281（江阴市）"));
        store.write(h -> {
            require(h, id);
            h.createUpdate("""
                            update organ set region_code = :code, sector = coalesce(:sector, sector), resolution = 'settled',
                                   settled_by = :who, settled_at = :at, note = :note where id = :id
                            """)
                    .bind("code", region.code()).bind("sector", sector).bind("who", who)
                    .bind("at", Timestamp.from(Instant.now())).bind("note", note).bind("id", id).execute();
        });
        return get(id).orElseThrow();
    }

    /**
     * Joins organ {@code id} into {@code into}: its names and reports move, and the cross-year checks run again
     * over the joined history.
     */
    public Organ merge(long id, long into, String who) {
        if (id == into) throw new IllegalArgumentException("不能把机关 " + id + " 合并到它自己");
        store.write(h -> {
            require(h, id);
            require(h, into);
            h.createUpdate("update organ_name set organ_id = :into where organ_id = :id").bind("into", into).bind("id", id).execute();
            h.createUpdate("update report set organ_id = :into where organ_id = :id").bind("into", into).bind("id", id).execute();
            h.createUpdate("delete from organ where id = :id").bind("id", id).execute();
            h.createUpdate("update organ set settled_by = coalesce(settled_by, :who) where id = :into")
                    .bind("who", who).bind("into", into).execute();
            History.recompute(h, into, rules);
        });
        return get(into).orElseThrow();
    }

    private static void require(Handle h, long id) {
        if (h.createQuery("select count(*) from organ where id = :id").bind("id", id).mapTo(Integer.class).one() == 0) {
            throw new IllegalArgumentException("没有编号为 " + id + " 的机关；请用 gongkai organ list 查看");
        }
    }

    private List<Region> path(String code) {
        return code == null ? List.of() : regions.byCode(code).map(regions::path).orElse(List.of());
    }

    private List<Region> candidates(String codes) {
        List<Region> out = new ArrayList<>();
        if (codes == null || codes.isBlank()) return out;
        for (String c : codes.split(" ")) regions.byCode(c).ifPresent(out::add);
        return out;
    }

    /**
     * The organ a report names, created on first sight: found by the exact spelling first, then by region and
     * unit, so that 江阴生态环境局 and 江阴市生态环境局 are one organ.
     *
     * @return the organ id, or null when the report names no organ
     */
    static Long identify(Handle h, OrganResolver resolver, String agency, String context) {
        if (agency == null || agency.isBlank()) return null;
        String name = agency.replaceAll("[\\s\u3000]+", "");
        if (name.length() > 300) name = name.substring(0, 300);
        Optional<Long> known = h.createQuery("select organ_id from organ_name where name = :n").bind("n", name)
                .mapTo(Long.class).findOne();
        if (known.isPresent()) return known.get();
        OrganResolution r = resolver.resolve(name, context);
        String key = r.identityKey();
        if (key.length() > 400) key = key.substring(0, 400);
        Optional<Long> same = h.createQuery("select id from organ where identity_key = :k").bind("k", key)
                .mapTo(Long.class).findOne();
        long id;
        if (same.isPresent()) {
            id = same.get();
        } else {
            List<String> codes = new ArrayList<>();
            for (Region c : r.candidates()) codes.add(c.code());
            String resolution = r.isResolved() ? "resolved" : codes.isEmpty() ? "unresolved" : "ambiguous";
            id = h.createUpdate("""
                            insert into organ (identity_key, name, region_code, sector, resolution, candidates)
                            values (:key, :name, :code, :sector, :resolution, :candidates)
                            """)
                    .bind("key", key).bind("name", name).bind("code", r.region().map(Region::code).orElse(null))
                    .bind("sector", r.sector()).bind("resolution", resolution)
                    .bind("candidates", codes.isEmpty() ? null : String.join(" ", codes))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        }
        h.createUpdate("insert into organ_name (name, organ_id) values (:n, :id)").bind("n", name).bind("id", id).execute();
        return id;
    }
}
