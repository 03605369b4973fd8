package org.gongkai.render;

import org.gongkai.core.json.ReportJson;
import org.gongkai.core.report.Report;
import org.gongkai.core.template.SectionId;
import org.gongkai.core.template.TemplateCatalogue;

/**
 * The canonical JSON of an empty report for a template: every cell present and null, the narrative
 * sections empty, ready for an office to fill in and render.
 */
public final class Skeleton {
    private Skeleton() {}

    public static Report report(String templateId, Integer year, String agency) {
        TemplateCatalogue.standard().require(templateId);
        Report.Builder b = Report.builder().templateId(templateId).year(year).agency(agency);
        for (SectionId s : SectionId.values()) if (s.isNarrative()) b.section(s.jsonName(), "");
        return b.build();
    }

    public static String json(String templateId) {
        int year = templateId.equals(TemplateCatalogue.T2019) ? 2020 : 2025;
        return ReportJson.write(report(templateId, year, null));
    }
}
