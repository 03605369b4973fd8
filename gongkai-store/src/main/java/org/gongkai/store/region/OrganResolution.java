package org.gongkai.store.region;

import java.util.List;
import java.util.Optional;

/**
 * What an organ's name says about where it sits and what it does.
 *
 * @param name       the name as given, whitespace removed
 * @param region     the one region the name points to, when it points to exactly one
 * @param candidates the regions it may mean when it does not settle on one (朝阳区 in Beijing or Changchun);
 *                   empty for a name without any place in it (区生态环境分局)
 * @param sector     the line of work (生态环境, 公安 …), or null when the name has no known keyword
 * @param unit       the name without its place names (生态环境局): with the region, what makes an organ the
 *                   same one across years whichever way its name is written
 */
public record OrganResolution(String name, Optional<Region> region, List<Region> candidates, String sector,
                              String unit) {

    public OrganResolution {
        candidates = List.copyOf(candidates);
    }

    public boolean isResolved() { return region.isPresent(); }

    /** The key that makes two spellings one organ: region and unit when resolved, else the name itself. */
    public String identityKey() {
        return region.map(r -> r.code() + ":" + unit).orElse("name:" + name);
    }
}
