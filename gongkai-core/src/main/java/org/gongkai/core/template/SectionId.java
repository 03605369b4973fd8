package org.gongkai.core.template;

/** The six top-level headings shared by both templates. */
public enum SectionId {
    OVERVIEW("一", "总体情况", "overview"),
    PROACTIVE("二", "主动公开政府信息情况", null),
    REQUESTS("三", "收到和处理政府信息公开申请情况", null),
    APPEALS("四", "政府信息公开行政复议、行政诉讼情况", null),
    PROBLEMS("五", "存在的主要问题及改进情况", "problems"),
    OTHER("六", "其他需要报告的事项", "other");

    private final String numeral;
    private final String title;
    private final String jsonName;

    SectionId(String numeral, String title, String jsonName) {
        this.numeral = numeral;
        this.title = title;
        this.jsonName = jsonName;
    }

    /** 一 … 六 */
    public String numeral() { return numeral; }

    /** The heading as the template prints it, without its numeral. */
    public String title() { return title; }

    /** The heading as the template prints it: 「一、总体情况」. */
    public String heading() { return numeral + "、" + title; }

    /** The key of this section's text in the canonical JSON, or null for the table sections. */
    public String jsonName() { return jsonName; }

    /** 1-based position. */
    public int number() { return ordinal() + 1; }

    public boolean isNarrative() { return jsonName != null; }

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
