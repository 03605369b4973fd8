package org.gongkai.app.web;

import org.gongkai.Gongkai;
import org.gongkai.extract.read.Format;
import org.gongkai.store.Ingest;
import org.gongkai.store.Store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Takes uploaded files in: limits their size, decides their format from the bytes (never the name or the
 * declared type), keeps them under their SHA-256 — a directory per document, readable by the owner only and
 * never executable — and reads them into the store.
 */
final class Uploads {
    /** What happened to one uploaded file, in the words of the store. */
    record Result(String name, String sha256, String format, String kind, String status, String reason, String advice,
                  Long reportId) {}

    private final Store store;
    private final Path dir;
    private final long max;

    Uploads(Store store, Path dir, long max) {
        this.store = store;
        this.dir = dir;
        this.max = max;
    }

    long max() { return max; }

    /**
     * Reads one file.
     *
     * @throws ApiError 413 when it is larger than allowed, 400 when it is empty or not a format Gongkai reads
     */
    Result accept(String name, long declaredLength, InputStream body) {
        if (declaredLength > max) throw tooLarge(declaredLength);
        byte[] bytes;
        try {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw new ApiError(400, "上传中断（" + e.getMessage() + "）；请重新上传");
        }
        if (bytes.length > max) throw tooLarge(bytes.length);
        Format format = Format.sniff(bytes);
        switch (format) {
            case EMPTY -> throw ApiError.badRequest("文件为空；请选择年度报告文件");
            case BINARY, OTHER_ZIP -> throw ApiError.badRequest("文件内容不是 Gongkai 能读的格式（" + format.mediaType()
                    + "）；请上传网页、PDF、Word 或纯文本的年度报告");
            default -> { }
        }
        String sha = Gongkai.sha256(bytes);
        Path file = dir.resolve(sha).resolve(safeName(name));
        synchronized (this) {
            try {
                if (!Files.exists(file)) {
                    Files.createDirectories(file.getParent());
                    Path tmp = Files.createTempFile(file.getParent(), ".upload", null);
                    Files.write(tmp, bytes);
                    try {
                        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException ignored) {
                        // not a POSIX file system: the default permissions are not executable either
                    }
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("无法保存上传的文件：" + e.getMessage(), e);
            }
            AtomicReference<Ingest.Outcome> outcome = new AtomicReference<>();
            store.ingest().threads(1).listener(new Ingest.Listener() {
                @Override
                public void finished(Ingest.Outcome o) { outcome.set(o); }
            }).run(List.of(file));
            Ingest.Outcome o = outcome.get();
            Long id = o.reportId();
            if (id == null) {
                id = store.list(org.gongkai.store.ReportFilter.all()).stream().filter(s -> sha.equals(s.sha256()))
                        .map(s -> s.id()).findFirst().orElse(null);
            }
            String status = o.status();
            String reason = o.reason();
            if (id != null && (status == null || reason == null)) {
                var summary = store.summary(id).orElse(null);
                if (summary != null) {
                    if (status == null) status = summary.status();
                    if (reason == null) reason = summary.reason();
                }
            }
            return new Result(name, sha, format.mediaType(), o.kind().id(), status, reason, o.advice(), id);
        }
    }

    private ApiError tooLarge(long size) {
        return new ApiError(413, "文件过大（" + size + " 字节），上限为 " + max + " 字节");
    }

    /** The last path segment, with anything that could mean a path or a shell construct replaced. */
    static String safeName(String name) {
        String n = name == null ? "" : name;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        StringBuilder sb = new StringBuilder();
        n.codePoints().forEach(c -> sb.appendCodePoint(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' ? c : '_'));
        String s = sb.toString().replaceAll("^\\.+", "");
        if (s.isEmpty()) s = "upload";
        return s.length() > 120 ? s.substring(s.length() - 120) : s;
    }
}
