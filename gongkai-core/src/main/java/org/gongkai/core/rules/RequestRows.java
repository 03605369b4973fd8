package org.gongkai.core.rules;

/**
 * The four T3 rows that are not outcomes, by their ids in spec/cells.tsv. The outcome rows come from
 * {@link org.gongkai.core.template.Template#outcomeRows()}.
 */
final class RequestRows {
    private RequestRows() {}

    /** 一、本年新收政府信息公开申请数量 */
    static final String NEW = "requests.new";
    /** 二、上年结转政府信息公开申请数量 */
    static final String CARRIED_OVER = "requests.carried_over";
    /** （七）总计 */
    static final String TOTAL = "requests.total";
    /** 四、结转下年度继续办理 */
    static final String CARRIED_FORWARD = "requests.carried_forward";
    /** the （六）其他处理 row (2019) and its sub-rows (2021) start with this id */
    static final String OTHER = "requests.other";
}
