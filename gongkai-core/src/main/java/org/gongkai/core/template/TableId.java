package org.gongkai.core.template;

/** The three tables of the template. */
public enum TableId {
    /** 二、主动公开政府信息情况 */
    T2("主动公开政府信息情况"),
    /** 三、收到和处理政府信息公开申请情况 */
    T3("收到和处理政府信息公开申请情况"),
    /** 四、政府信息公开行政复议、行政诉讼情况 */
    T4("政府信息公开行政复议、行政诉讼情况");

    private final String title;

    TableId(String title) { this.title = title; }

    public String title() { return title; }
}
