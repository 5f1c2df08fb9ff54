package org.openhall.console;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.openhall.supervision.SupervisionSummary.Granularity;
import org.openhall.supervision.SupervisionSummary.Trend;
import org.openhall.supervision.SupervisionSummary.TrendPoint;

/**
 * The geometry of a trend drawn as grouped bars (received, completed, overdue per bucket) in an SVG viewBox
 * of {@value #WIDTH} × {@value #HEIGHT}; the page draws it with presentation attributes only (the console's
 * policy refuses style attributes) and shows the same numbers as a table.
 */
record SupervisionChart(Granularity granularity, List<Bar> bars, List<Tick> ticks, List<Label> labels,
    List<TrendPoint> points) {

  static final int WIDTH = 720;
  static final int HEIGHT = 260;
  static final int LEFT = 44;
  static final int RIGHT = 8;
  static final int TOP = 12;
  static final int BOTTOM = 36;
  /** The three series, in the order drawn; their colours are in the template's legend too. */
  static final List<String> SERIES = List.of("received", "completed", "overdue");
  static final List<String> FILLS = List.of("#1f5fa8", "#2e7d32", "#b71c1c");

  /** One bar: where it is, its series and the bucket it belongs to. */
  record Bar(double x, double y, double width, double height, String series, String fill, long value,
      TrendPoint point) {
  }

  /** A value on the y axis and its height. */
  record Tick(double y, long value) {
  }

  /** A bucket's label under the x axis. */
  record Label(double x, String text) {
  }

  static SupervisionChart of(Trend trend) {
    List<TrendPoint> points = trend.points();
    long max = 1;
    for (TrendPoint p : points) {
      max = Math.max(max, Math.max(p.received(), Math.max(p.completed(), p.overdue())));
    }
    long step = Math.max(1, (max + 3) / 4);
    long top = step * 4;
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    int n = Math.max(1, points.size());
    double group = plotWidth / n;
    double barWidth = Math.max(0.5, group * 0.8 / SERIES.size());
    List<Bar> bars = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    int every = (int) Math.ceil(n / 12.0);
    DateTimeFormatter format = DateTimeFormatter.ofPattern(trend.granularity() == Granularity.WEEK ? "MM-dd" : "yyyy-MM");
    for (int i = 0; i < points.size(); i++) {
      TrendPoint p = points.get(i);
      double x0 = LEFT + i * group + group * 0.1;
      long[] values = {p.received(), p.completed(), p.overdue()};
      for (int s = 0; s < SERIES.size(); s++) {
        double h = plotHeight * values[s] / top;
        bars.add(new Bar(round(x0 + s * barWidth), round(TOP + plotHeight - h), round(barWidth), round(h),
            SERIES.get(s), FILLS.get(s), values[s], p));
      }
      if (i % every == 0) {
        labels.add(new Label(round(LEFT + i * group + group / 2), p.start().format(format)));
      }
    }
    List<Tick> ticks = new ArrayList<>();
    for (int t = 0; t <= 4; t++) {
      ticks.add(new Tick(round(TOP + plotHeight - plotHeight * t / 4.0), step * t));
    }
    return new SupervisionChart(trend.granularity(), bars, ticks, labels, points);
  }

  /** The y of the x axis. */
  public double baseline() {
    return TOP + (double) (HEIGHT - TOP - BOTTOM);
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
