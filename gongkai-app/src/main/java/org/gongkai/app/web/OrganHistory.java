package org.gongkai.app.web;

import org.gongkai.core.report.Report;
import org.gongkai.store.Organs;
import org.gongkai.store.ReportFilter;
import org.gongkai.store.ReportSummary;
import org.gongkai.store.Store;
import org.gongkai.store.StoredFinding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One organ's reports year by year, with what its page charts, and the findings that compare its years. */
record OrganHistory(Organs.Organ organ, List<Year> years, List<StoredFinding> crossYear) {

    record Year(ReportSummary summary, BigDecimal applications, Map<String, BigDecimal> outcomes,
                BigDecimal reviewCorrectionRate, BigDecimal suitCorrectionRate) {}

    static OrganHistory of(Store store, Organs.Organ organ) {
        List<Year> years = new ArrayList<>();
        List<StoredFinding> cross = new ArrayList<>();
        List<ReportSummary> mine = store.list(ReportFilter.all()).stream()
                .filter(s -> s.organId() != null && s.organId() == organ.id())
                .sorted(Comparator.comparing((ReportSummary s) -> s.year() == null ? 0 : s.year()).thenComparing(ReportSummary::id))
                .toList();
        for (ReportSummary s : mine) {
            Report r = store.report(s.id()).orElse(null);
            if (r == null) continue;
            years.add(new Year(s, Indicators.applications(r), Indicators.outcomeMix(r),
                    Indicators.reviewCorrectionRate(r), Indicators.suitCorrectionRate(r)));
            for (StoredFinding f : store.findings(s.id())) if (f.previousReportId() != null) cross.add(f);
        }
        return new OrganHistory(organ, years, cross);
    }
}
