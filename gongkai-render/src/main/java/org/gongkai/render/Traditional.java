package org.gongkai.render;

import java.util.HashMap;
import java.util.Map;

/**
 * What site-wide "繁體" converters do to a page (domain.md §5 item 1): simplified characters replaced by
 * traditional ones, and tone-marked pinyin inserted after some characters — 「生態(tài)環(huán)境」. Only
 * characters with a single traditional form are converted, so that converting back is unambiguous.
 */
final class Traditional {
    private static final String SIMPLIFIED =
            "报开务态环处数请结转办总计国规范项许罚强费购万门关机构业会织维纠审诉讼议经过决况现废发执询属稳护权类无没补确访举认获缴纳续单对减区县市省厅卫应应执时间传达动组领导网统设进实优监检测问题宣乡镇农资源条将贯彻这级论据论为与义际从众层";
    private static final String TRADITIONAL =
            "報開務態環處數請結轉辦總計國規範項許罰強費購萬門關機構業會織維糾審訴訟議經過決況現廢發執詢屬穩護權類無沒補確訪舉認獲繳納續單對減區縣市省廳衛應應執時間傳達動組領導網統設進實優監檢測問題宣鄉鎮農資源條將貫徹這級論據論為與義際從眾層";
    private static final Map<Character, Character> MAP = new HashMap<>();
    private static final Map<Character, String> GLOSS = Map.of(
            '態', "tài", '環', "huán", '報', "bào", '處', "chǔ", '數', "shù", '開', "kāi", '務', "wù");

    static {
        if (SIMPLIFIED.length() != TRADITIONAL.length()) throw new IllegalStateException("character tables differ in length");
        for (int i = 0; i < SIMPLIFIED.length(); i++) MAP.put(SIMPLIFIED.charAt(i), TRADITIONAL.charAt(i));
    }

    private Traditional() {}

    /** @param glossEvery insert a pinyin gloss after every n-th glossable character (0: none) */
    static String convert(String s, int glossEvery) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        int seen = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Character t = MAP.get(c);
            char out = t == null ? c : t;
            sb.append(out);
            String g = GLOSS.get(out);
            if (g != null && glossEvery > 0 && seen++ % glossEvery == 0) sb.append('(').append(g).append(')');
        }
        return sb.toString();
    }
}
