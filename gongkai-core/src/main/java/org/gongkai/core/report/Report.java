package org.gongkai.core.report;

import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One annual report as read: the template it follows, every cell of that template (blank where the
 * source is blank), where each value came from, the narrative sections, and the findings.
 * Immutable; {@link #toBuilder()} makes a changed copy.
 */
public final class Report {
    private final String source;
    private final String sha256;
    private final String agency;
    private final Integer year;
    private final String templateId;
    private final ReportStatus status;
    private final Map<String, Cell> cells;
    private final Map<String, Cell> extraCells;
    private final Map<String, String> sections;
    private final List<Finding> findings;

    private Report(Builder b) {
        this.source = b.source;
        this.sha256 = b.sha256;
        this.agency = b.agency;
        this.year = b.year;
        this.templateId = b.templateId;
        this.status = b.status;
        this.cells = Collections.unmodifiableMap(new LinkedHashMap<>(b.cells));
        this.extraCells = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraCells));
        this.sections = Collections.unmodifiableMap(new LinkedHashMap<>(b.sections));
        this.findings = List.copyOf(b.findings);
    }

    public static Builder builder() { return new Builder(); }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.source = source;
        b.sha256 = sha256;
        b.agency = agency;
        b.year = year;
        b.templateId = templateId;
        b.status = status;
        b.cells.putAll(cells);
        b.extraCells.putAll(extraCells);
        b.sections.putAll(sections);
        b.findings.addAll(findings);
        return b;
    }

    /** The file or address it was read from. */
    public String source() { return source; }

    /** sha256 of the source bytes, hex. */
    public String sha256() { return sha256; }

    /** The issuing organ as the report names it, or null when it does not. */
    public String agency() { return agency; }

    /** The report year, or null when the report does not say. */
    public Integer year() { return year; }

    /** "2019", "2021", "legacy", or null when no template could be recognised. */
    public String templateId() { return templateId; }

    /** The template, when it is 2019 or 2021. */
    public Optional<Template> template() {
        return templateId == null ? Optional.empty() : TemplateCatalogue.standard().template(templateId);
    }

    public ReportStatus status() { return status; }

    /** Every cell of the template, in cells.tsv order. */
    public Map<String, Cell> cells() { return cells; }

    /** Values read from rows that the detected template does not have (e.g. a 2019 row in a 2021 report). */
    public Map<String, Cell> extraCells() { return extraCells; }

    public Optional<Cell> cell(String id) { return Optional.ofNullable(cells.get(id)); }

    /** The value of a cell; blank for an unknown id or a cell not found. */
    public CellValue value(String id) {
        Cell c = cells.get(id);
        return c == null ? CellValue.BLANK : c.value();
    }

    /** The number in a cell, or null when it is blank or text. */
    public BigDecimal number(String id) { return value(id).number(); }

    /** Narrative sections by JSON name: overview, problems, other. */
    public Map<String, String> sections() { return sections; }

    public List<Finding> findings() { return findings; }

    public boolean hasReportErrors() {
        for (Finding f : findings) if (f.isReportError()) return true;
        return false;
    }

    @Override
    public String toString() {
        return "Report[" + source + ", " + agency + ", " + year + ", template " + templateId + ", " + status.id() + "]";
    }

    /** Builds a {@link Report}. */
    public static final class Builder {
        private String source;
        private String sha256;
        private String agency;
        private Integer year;
        private String templateId;
        private ReportStatus status = ReportStatus.PARSED;
        private final Map<String, Cell> cells = new LinkedHashMap<>();
        private final Map<String, Cell> extraCells = new LinkedHashMap<>();
        private final Map<String, String> sections = new LinkedHashMap<>();
        private final List<Finding> findings = new ArrayList<>();

        private Builder() {}

        public Builder source(String s) { source = s; return this; }
        public Builder sha256(String s) { sha256 = s; return this; }
        public Builder agency(String s) { agency = s; return this; }
        public Builder year(Integer y) { year = y; return this; }
        public Builder templateId(String t) { templateId = t; return this; }
        public Builder status(ReportStatus s) { status = s; return this; }
        public Builder cell(Cell c) { cells.put(c.id(), c); return this; }
        public Builder extraCell(Cell c) { extraCells.put(c.id(), c); return this; }
        public Builder section(String name, String text) { sections.put(name, text); return this; }
        public Builder finding(Finding f) { findings.add(f); return this; }
        public Builder findings(List<Finding> fs) { findings.addAll(fs); return this; }
        public Builder clearFindings() { findings.clear(); return this; }

        /** Replaces the findings of the given kind, keeping the others. */
        public Builder replaceFindings(FindingKind kind, List<Finding> fs) {
            findings.removeIf(f -> f.kind() == kind);
            findings.addAll(fs);
            return this;
        }

        public Map<String, Cell> cells() { return cells; }

        public Report build() {
            Template t = templateId == null ? null : TemplateCatalogue.standard().template(templateId).orElse(null);
            if (t != null) {
                // every cell of the template is present, in cells.tsv order
                Map<String, Cell> ordered = new LinkedHashMap<>();
                for (var spec : t.cells()) ordered.put(spec.id(), cells.getOrDefault(spec.id(), Cell.missing(spec.id())));
                for (var e : cells.entrySet()) {
                    if (!ordered.containsKey(e.getKey())) extraCells.put(e.getKey(), e.getValue());
                }
                cells.clear();
                cells.putAll(ordered);
            }
            return new Report(this);
        }
    }
}
