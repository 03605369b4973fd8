package org.gongkai.core.rules;

import java.util.regex.Pattern;

/** What the soft checks look for in the free text of sections 一 and 六. */
final class Narrative {
    private Narrative() {}

    /** 「未收取任何费用」「无收取信息处理费情况」「不收取费用」 */
    static final Pattern NO_FEE = Pattern.compile("(未|没有|无|不|均未|从未)[^。；;，,]{0,6}(收取|收费|产生)[^。；;]{0,12}?(费用|费)|(收费|费用)[^。；;]{0,6}(为零|为0|为 0|均为0)|无收费");

    /** 「收取信息处理费共计400元」: a fee actually collected, with its amount. */
    static final Pattern FEE_COLLECTED = Pattern.compile("(?<!未|没有|无|不)收取[^。；;，,]{0,8}?(信息处理费|处理费|费用)[^。；;\\d]{0,8}?(\\d+(?:\\.\\d+)?)\\s*(元|万元)");

    /** Any mention of fees, as the 2021 format asks for in 六. */
    static final Pattern FEE_MENTION = Pattern.compile("费");

    /** 「收到依申请公开50件」「共受理政府信息公开申请12件」 */
    static final Pattern REQUESTS_RECEIVED = Pattern.compile("(收到|受理|新收|接收)[^。；;，,\\d]{0,12}?申请[^。；;，,\\d]{0,6}?(\\d+)\\s*(件|个|份|条)");

    static int length(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) n++;
        return n;
    }
}
