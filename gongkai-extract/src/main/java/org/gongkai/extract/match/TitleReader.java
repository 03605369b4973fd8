package org.gongkai.extract.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the report year and the issuing organ from the title or preamble. The organ is null when the
 * report does not name it (domain.md §5 item 13); the year falls back on the statistics period and then
 * on the year the overview talks about.
 */
final class TitleReader {
    private static final Pattern TITLE = Pattern.compile("政府信息(?:公开|公開)(?:工作)?(?:年度)?(?:报告|報告)");
    private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})年度?");
    private static final Pattern PREAMBLE = Pattern.compile("现(?:予)?公布(.{2,40}?)(?:（|\\(|\\d{4}年)");
    private static final Pattern PERIOD = Pattern.compile("统计(?:期限|时限|区间|时间)[^0-9]{0,8}(\\d{4})\\s*年\\s*1\\s*月\\s*1\\s*日");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern ORGAN_SUFFIX = Pattern.compile(
            ".*(局|委|委员会|办|办公室|办公厅|院|府|政府|厅|会|室|处|所|中心|部|站|队|馆|署|管委会|园区|公司|街道|镇|乡|区|县|市|省|监狱|学校|大学|医院|集团|社|台|行|库|场)$");

    record Title(String agency, Integer year) {}

    /**
     * @param head     the first lines of the document (before heading 一), normalised
     * @param overview the text of section 一, or null
     * @param all      the whole text, for the last resort year
     */
    static Title read(List<String> head, String overview, String all) {
        String agency = null;
        Integer year = null;
        String previous = null;
        for (String raw : head) {
            String line = clean(raw);
            if (line.isEmpty()) continue;
            Matcher m = TITLE.matcher(line);
            if (m.find() && m.start() <= 60) {
                String prefix = line.substring(0, m.start());
                String before = prefix;
                String after = "";
                Matcher y = TITLE_YEAR.matcher(prefix);
                int yearStart = -1, yearEnd = -1;
                while (y.find()) { yearStart = y.start(); yearEnd = y.end(); year = Integer.valueOf(y.group(1)); }
                if (yearStart >= 0) {
                    before = prefix.substring(0, yearStart);
                    after = prefix.substring(yearEnd);
                }
                before = trimOrgan(before);
                after = trimOrgan(after);
                if (isOrgan(before)) agency = before;
                else if (isOrgan(after)) agency = after;
                else if (previous != null && isOrgan(previous)) agency = previous;
                break;
            }
            previous = trimOrgan(line);
        }
        if (agency == null) {
            for (String raw : head) {
                Matcher m = PREAMBLE.matcher(clean(raw));
                if (m.find() && isOrgan(trimOrgan(m.group(1)))) { agency = trimOrgan(m.group(1)); break; }
            }
        }
        if (year == null) {
            Matcher m = PERIOD.matcher(all);
            if (m.find()) year = Integer.valueOf(m.group(1));
        }
        if (year == null && overview != null) {
            Matcher m = YEAR.matcher(overview);
            if (m.find()) year = Integer.valueOf(m.group(1));
        }
        if (year == null) year = mostFrequentYear(all);
        return new Title(agency, year);
    }

    private static String clean(String s) {
        return s.replace('|', ' ').replaceAll("[\\s\u3000\u00a0]+", "").replace("（", "(").replace("）", ")");
    }

    private static String trimOrgan(String s) {
        if (s == null) return "";
        String t = s.replaceAll("^[#*>《〈\"“]+|[》〉\"”:：,，。*]+$", "");
        t = t.replaceAll("(关于|的)$", "");
        t = t.replaceAll("^\\d{4}年(度)?", "");
        return t;
    }

    private static boolean isOrgan(String s) {
        if (s == null || s.length() < 2 || s.length() > 40) return false;
        if (s.matches(".*[。，,;；!?！？:：].*")) return false;
        if (s.matches("[\\d\\s年度]*")) return false;
        return ORGAN_SUFFIX.matcher(s).matches();
    }

    private static Integer mostFrequentYear(String all) {
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = YEAR.matcher(all);
        while (m.find()) counts.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
