package org.gongkai;

import org.gongkai.core.report.Report;
import org.gongkai.core.rules.RuleEngine;
import org.gongkai.extract.UnreadableDocumentException;
import org.gongkai.extract.layout.Layout;
import org.gongkai.extract.match.TemplateMatcher;
import org.gongkai.extract.read.Readers;
import org.gongkai.extract.read.TextReader;
import org.gongkai.extract.text.Normaliser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The short path into Gongkai: read an annual report from a file, bytes or pasted text into a checked
 * {@link Report}.
 * <pre>{@code
 * Report r = Gongkai.read(Path.of("jiangyin-2020.txt"));
 * r.number("requests.new.natural");   // 4
 * r.findings();                        // what is wrong with it
 * }</pre>
 */
public final class Gongkai {
    /** Larger files are refused rather than read into memory. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    /**
     * The version of what reading gives. Raise it whenever a change to readers, matcher or rules changes what
     * a stored document reads as: stores then read again what an older version read ({@code gongkai reparse}).
     * 1: plain text only, no rules; 2: HTML, Word and PDF readers and the rules of domain.md §2.
     */
    public static final int EXTRACTOR_VERSION = 2;

    private Gongkai() {}

    /**
     * Reads and checks the report in a file of any supported format (decided by its content).
     *
     * @throws UnreadableDocumentException when the file cannot be read as a report, with the reason
     */
    public static Report read(Path path) {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) throw new UnreadableDocumentException("是目录，不是文件", "请给出报告文件的路径");
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new UnreadableDocumentException("文件过大（" + size / (1024 * 1024) + " MB）", "单个报告文件不应超过 200 MB");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException("文件不存在", "请检查路径是否正确", org.gongkai.core.report.ReportStatus.UNREADABLE, e);
        } catch (AccessDeniedException e) {
            throw new UnreadableDocumentException("没有读取权限", "请检查文件权限", org.gongkai.core.report.ReportStatus.UNREADABLE, e);
        } catch (IOException e) {
            throw new UnreadableDocumentException("无法读取文件（" + e.getMessage() + "）", "请检查文件是否完整、可读",
                    org.gongkai.core.report.ReportStatus.UNREADABLE, e);
        }
        return read(bytes, path.toString());
    }

    /** Reads and checks a report from its bytes; {@code source} names it in provenance and messages. */
    public static Report read(byte[] bytes, String source) {
        Layout layout = Readers.read(bytes, source);
        return check(match(layout, sha256(bytes)));
    }

    /** Reads and checks pasted text. */
    public static Report parse(String text, String source) {
        Layout layout = TextReader.parse(text, source);
        return check(match(layout, sha256(text.getBytes(StandardCharsets.UTF_8))));
    }

    /** Matches a layout read by any reader to the template, without checking. */
    public static Report match(Layout layout, String sha256) {
        return new TemplateMatcher().match(Normaliser.normalise(layout), sha256);
    }

    /** Runs every single-report rule. */
    public static Report check(Report report) {
        return RuleEngine.standard().check(report);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
