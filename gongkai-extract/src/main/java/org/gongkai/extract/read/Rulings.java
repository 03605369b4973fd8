package org.gongkai.extract.read;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The horizontal and vertical ruling lines of a page: stroked lines and rectangle edges, and thin
 * filled rectangles (how some producers draw cell borders). Coordinates in points from the top-left.
 */
final class Rulings {
    /** Rectangles thinner than this are lines. */
    private static final float THIN = 3f;
    private static final float MIN_LENGTH = 4f;

    /** An axis-parallel segment: horizontal at {@code at} from {@code from} to {@code to}, or vertical. */
    record Segment(boolean horizontal, float at, float from, float to) {
        float length() { return to - from; }
    }

    private Rulings() {}

    static List<Segment> of(PDPage page, PDRectangle box) throws IOException {
        return merge(raw(page, box));
    }

    static List<Segment> raw(PDPage page, PDRectangle box) throws IOException {
        Engine e = new Engine(page, box);
        e.processPage(page);
        return e.segments;
    }

    /** Joins collinear pieces that touch or overlap (tables are often drawn cell edge by cell edge). */
    static List<Segment> merge(List<Segment> segs) {
        List<Segment> sorted = new ArrayList<>(segs);
        sorted.sort(Comparator.comparing(Segment::horizontal).thenComparingDouble(Segment::at));
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            Segment first = sorted.get(i);
            int j = i;
            while (j < sorted.size() && sorted.get(j).horizontal == first.horizontal && sorted.get(j).at - first.at <= 1.5f) j++;
            List<Segment> line = new ArrayList<>(sorted.subList(i, j));
            line.sort(Comparator.comparingDouble(Segment::from));
            Segment cur = null;
            for (Segment s : line) {
                if (cur != null && s.from <= cur.to + 2f) {
                    cur = new Segment(cur.horizontal, cur.at, cur.from, Math.max(cur.to, s.to));
                } else {
                    if (cur != null) out.add(cur);
                    cur = s;
                }
            }
            out.add(cur);
            i = j;
        }
        out.removeIf(s -> s.length() < MIN_LENGTH);
        return out;
    }

    private static final class Engine extends PDFGraphicsStreamEngine {
        final List<Segment> segments = new ArrayList<>();
        private final float left, top;
        private final List<float[]> path = new ArrayList<>(); // subpath points, {x, y, startsSubpath}
        private final List<float[][]> rects = new ArrayList<>();
        private float cx, cy;

        Engine(PDPage page, PDRectangle box) {
            super(page);
            this.left = box.getLowerLeftX();
            this.top = box.getUpperRightY();
        }

        private float[] p(double x, double y) { return new float[]{(float) x - left, top - (float) y, 0}; }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            rects.add(new float[][]{p(p0.getX(), p0.getY()), p(p1.getX(), p1.getY()), p(p2.getX(), p2.getY()), p(p3.getX(), p3.getY())});
        }

        @Override
        public void moveTo(float x, float y) {
            float[] q = p(x, y);
            q[2] = 1;
            path.add(q);
            cx = x;
            cy = y;
        }

        @Override
        public void lineTo(float x, float y) {
            path.add(p(x, y));
            cx = x;
            cy = y;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            float[] q = p(x3, y3);
            q[2] = 2; // a curve breaks the line
            path.add(q);
            cx = x3;
            cy = y3;
        }

        @Override
        public Point2D getCurrentPoint() { return new Point2D.Float(cx, cy); }

        @Override
        public void closePath() {
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i)[2] == 1) { path.add(new float[]{path.get(i)[0], path.get(i)[1], 0}); break; }
            }
        }

        @Override
        public void endPath() { clear(); }

        @Override
        public void strokePath() {
            for (int i = 1; i < path.size(); i++) {
                float[] a = path.get(i - 1), b = path.get(i);
                if (b[2] != 0) continue;
                line(a[0], a[1], b[0], b[1]);
            }
            for (float[][] r : rects) {
                for (int i = 0; i < 4; i++) line(r[i][0], r[i][1], r[(i + 1) % 4][0], r[(i + 1) % 4][1]);
            }
            clear();
        }

        @Override
        public void fillPath(int windingRule) {
            for (float[][] r : rects) thinRect(r);
            // a closed four-point path filled is a rectangle drawn without the re operator
            List<float[]> sub = new ArrayList<>();
            for (float[] q : path) {
                if (q[2] != 0 && !sub.isEmpty()) { polygon(sub); sub.clear(); }
                sub.add(q);
            }
            polygon(sub);
            clear();
        }

        private void polygon(List<float[]> pts) {
            if (pts.size() < 4 || pts.size() > 5) return;
            thinRect(new float[][]{pts.get(0), pts.get(1), pts.get(2), pts.get(3)});
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            List<float[]> saved = new ArrayList<>(path);
            List<float[][]> savedRects = new ArrayList<>(rects);
            strokePath();
            path.addAll(saved);
            rects.addAll(savedRects);
            fillPath(windingRule);
        }

        private void thinRect(float[][] r) {
            float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
            for (float[] q : r) {
                x0 = Math.min(x0, q[0]);
                x1 = Math.max(x1, q[0]);
                y0 = Math.min(y0, q[1]);
                y1 = Math.max(y1, q[1]);
            }
            float w = x1 - x0, h = y1 - y0;
            if (h <= THIN && w > h) segments.add(new Segment(true, (y0 + y1) / 2, x0, x1));
            else if (w <= THIN && h > w) segments.add(new Segment(false, (x0 + x1) / 2, y0, y1));
        }

        private void line(float x0, float y0, float x1, float y1) {
            if (Math.abs(y0 - y1) < 1f) segments.add(new Segment(true, (y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1)));
            else if (Math.abs(x0 - x1) < 1f) segments.add(new Segment(false, (x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1)));
        }

        private void clear() {
            path.clear();
            rects.clear();
        }

        @Override
        public void clip(int windingRule) {}

        @Override
        public void drawImage(PDImage pdImage) {}

        @Override
        public void shadingFill(COSName shadingName) {}
    }
}
