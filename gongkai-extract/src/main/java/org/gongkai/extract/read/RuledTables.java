package org.gongkai.extract.read;

import org.gongkai.core.report.BoundingBox;
import org.gongkai.extract.read.PdfReader.GridCell;
import org.gongkai.extract.read.PdfReader.GridTable;
import org.gongkai.extract.read.Rulings.Segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tables from ruling lines. Lines that touch each other form a table; the distinct positions of its
 * horizontal and vertical lines make a grid, and neighbouring grid cells with no line between them
 * are one merged cell, so spans come out as the document draws them.
 */
final class RuledTables {
    private static final float TOUCH = 2.5f;
    private static final float SAME = 2f;

    private RuledTables() {}

    static boolean contains(GridTable t, Glyph g) {
        float cy = g.centreY();
        if (t.rows().isEmpty()) return false;
        float bottom = -Float.MAX_VALUE;
        for (List<GridCell> r : t.rows()) for (GridCell c : r) bottom = Math.max(bottom, c.box().y() + c.box().height());
        return g.centreX() >= t.left() && g.centreX() <= t.right() && cy >= t.top() && cy <= bottom;
    }

    static List<GridTable> find(int page, List<Segment> segments, List<Glyph> glyphs) {
        List<GridTable> out = new ArrayList<>();
        for (List<Segment> group : connected(segments)) {
            GridTable t = table(page, group, glyphs);
            if (t != null) out.add(t);
        }
        return out;
    }

    /** Groups segments that cross or touch. */
    private static List<List<Segment>> connected(List<Segment> segs) {
        int n = segs.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            Segment a = segs.get(i);
            if (!a.horizontal()) continue;
            for (int j = 0; j < n; j++) {
                Segment b = segs.get(j);
                if (b.horizontal()) continue;
                if (b.at() >= a.from() - TOUCH && b.at() <= a.to() + TOUCH && a.at() >= b.from() - TOUCH && a.at() <= b.to() + TOUCH) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        List<List<Segment>> groups = new ArrayList<>();
        int[] index = new int[n];
        Arrays.fill(index, -1);
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (index[r] < 0) { index[r] = groups.size(); groups.add(new ArrayList<>()); }
            groups.get(index[r]).add(segs.get(i));
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) { parent[i] = parent[parent[i]]; i = parent[i]; }
        return i;
    }

    private static GridTable table(int page, List<Segment> group, List<Glyph> glyphs) {
        List<Segment> hs = new ArrayList<>(), vs = new ArrayList<>();
        for (Segment s : group) (s.horizontal() ? hs : vs).add(s);
        if (hs.size() < 2 || vs.size() < 2) return null;
        float[] xs = distinct(vs);
        if (xs.length < 2) return null;
        closeOpenEnds(hs, vs, xs);
        float[] ys = distinct(hs);
        if (ys.length < 2) return null;
        int rows = ys.length - 1, cols = xs.length - 1;
        // a box around a paragraph (a framed note) is not a table
        if (rows == 1 && cols == 1) return null;

        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !covered(vs, xs[c + 1], (ys[r] + ys[r + 1]) / 2)) union(parent, r * cols + c, r * cols + c + 1);
                if (r + 1 < rows && !covered(hs, ys[r + 1], (xs[c] + xs[c + 1]) / 2)) union(parent, r * cols + c, (r + 1) * cols + c);
            }
        }
        // each merged cell: its grid rectangle
        int[] top = new int[parent.length], leftCol = new int[parent.length], bottom = new int[parent.length], right = new int[parent.length];
        Arrays.fill(top, Integer.MAX_VALUE);
        Arrays.fill(leftCol, Integer.MAX_VALUE);
        Arrays.fill(bottom, -1);
        Arrays.fill(right, -1);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int k = find(parent, r * cols + c);
                top[k] = Math.min(top[k], r);
                bottom[k] = Math.max(bottom[k], r);
                leftCol[k] = Math.min(leftCol[k], c);
                right[k] = Math.max(right[k], c);
            }
        }
        // glyphs into cells
        List<List<Glyph>> inCell = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) inCell.add(null);
        for (Glyph g : glyphs) {
            int c = slot(xs, g.centreX()), r = slot(ys, g.centreY());
            if (c < 0 || r < 0) continue;
            int k = find(parent, r * cols + c);
            if (inCell.get(k) == null) inCell.set(k, new ArrayList<>());
            inCell.get(k).add(g);
        }
        // grid rows where no cell starts (a stray line) are not rows of the table
        boolean[] starts = new boolean[rows];
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) if (top[find(parent, r * cols + c)] == r) starts[r] = true;
        int[] rowIndex = new int[rows + 1];
        for (int r = 0, k = 0; r <= rows; r++) { rowIndex[r] = k; if (r < rows && starts[r]) k++; }

        List<List<GridCell>> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            if (!starts[r]) continue;
            List<GridCell> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                int k = find(parent, r * cols + c);
                if (top[k] != r || leftCol[k] != c) continue;
                List<Glyph> gs = inCell.get(k);
                String text = gs == null ? "" : Glyph.cellText(gs);
                BoundingBox box = new BoundingBox(xs[c], ys[r], xs[right[k] + 1] - xs[c], ys[bottom[k] + 1] - ys[r]);
                int rowspan = Math.max(1, rowIndex[bottom[k] + 1] - rowIndex[r]);
                row.add(new GridCell(text, right[k] - c + 1, rowspan, c, page, box));
            }
            // the empty strip a table leaves at a page foot is no row
            if (row.stream().allMatch(g -> g.text().isEmpty() && g.rowspan() == 1) && row.size() > 0 && rows > 1 && (r == 0 || r == rows - 1)) continue;
            out.add(row);
        }
        if (out.isEmpty()) return null;
        return new GridTable(page, xs[0], xs[cols], ys[0], out);
    }

    /**
     * A table cut by a page break often has no rule at the cut: its vertical lines run past the last
     * horizontal one. The row they enclose is closed where they end.
     */
    private static void closeOpenEnds(List<Segment> hs, List<Segment> vs, float[] xs) {
        float minH = Float.MAX_VALUE, maxH = -Float.MAX_VALUE, minV = Float.MAX_VALUE, maxV = -Float.MAX_VALUE;
        for (Segment h : hs) { minH = Math.min(minH, h.at()); maxH = Math.max(maxH, h.at()); }
        for (Segment v : vs) { minV = Math.min(minV, v.from()); maxV = Math.max(maxV, v.to()); }
        if (maxV > maxH + 4) hs.add(new Segment(true, maxV, xs[0], xs[xs.length - 1]));
        if (minV < minH - 4) hs.add(new Segment(true, minV, xs[0], xs[xs.length - 1]));
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** Whether a line at {@code at} passes through the point {@code mid} along it. */
    private static boolean covered(List<Segment> segs, float at, float mid) {
        for (Segment s : segs) if (Math.abs(s.at() - at) <= SAME && s.from() - SAME <= mid && s.to() + SAME >= mid) return true;
        return false;
    }

    private static float[] distinct(List<Segment> segs) {
        float[] v = new float[segs.size()];
        for (int i = 0; i < v.length; i++) v[i] = segs.get(i).at();
        Arrays.sort(v);
        float[] out = new float[v.length];
        int n = 0;
        for (float x : v) {
            if (n > 0 && x - out[n - 1] <= SAME) continue;
            out[n++] = x;
        }
        return Arrays.copyOf(out, n);
    }

    private static int slot(float[] edges, float v) {
        if (v < edges[0] || v > edges[edges.length - 1]) return -1;
        for (int i = 0; i + 1 < edges.length; i++) if (v <= edges[i + 1]) return i;
        return edges.length - 2;
    }
}
