package org.openhall.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A page of a worklist among 1,000,000 open work items in H2, built by the real migrations (V3, V43,
 * V51): page 1 and page 5000 (20 a page) of one department and role, the query {@code WorkItems.page}
 * sends, and its count. A quarter of the items belong to the measured department; one in ten is RED.
 * H2 may answer a repeated query from the last result; OPTIMIZE_REUSE_RESULTS=FALSE makes it run each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorklistPagingBenchmark {

  static final int ROWS = 1_000_000;
  static final int PAGE_SIZE = 20;

  static final String PAGE = """
      select * from work_item w
      where w.completed_at is null and w.department_code = ? and w.role = ?
        and (cast(? as varchar) is null or w.stage = ?) and (cast(? as varchar) is null or w.warning = ?)
      order by w.completed_at, w.department_code, w.role, w.due_date, w.created_at, w.task_id
      offset ? rows fetch first ? rows only""";

  static final String COUNT = """
      select count(*) from work_item w
      where w.completed_at is null and w.department_code = ? and w.role = ?
        and (cast(? as varchar) is null or w.stage = ?) and (cast(? as varchar) is null or w.warning = ?)""";

  Connection db;

  @Setup(Level.Trial)
  public void fill() throws Exception {
    db = DriverManager.getConnection("jdbc:h2:mem:worklist-bench;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE", "sa", "");
    try (Statement s = db.createStatement()) {
      for (String v : new String[] {"V3__work_items.sql", "V43__work_item_deadline_sweep.sql",
          "V51__worklist_paging.sql"}) {
        for (String sql : migration(v).split(";")) {
          if (!sql.replaceAll("(?m)^--.*$", "").isBlank()) {
            s.execute(sql);
          }
        }
      }
      long started = System.nanoTime();
      s.execute("""
          insert into work_item (task_id, row_version, process_instance_id, case_number, item_code, item_name,
            stage, role, department_code, due_date, created_at, warning)
          select 't' || x, 0, 'p' || x, 'C' || x, 'SCJG-00' || mod(x, 7), '事项', 'ACCEPT', 'CLERK',
            case mod(x, 4) when 0 then 'SCJG' when 1 then 'GA' when 2 then 'CG' else 'STHJ' end,
            dateadd(day, mod(x * 7919, 3650), date '2024-01-01'),
            timestamp with time zone '2024-01-01 00:00:00+08' + x * interval '1' second,
            case when mod(x, 10) = 0 then 'RED' else 'GREEN' end
          from system_range(1, %d)""".formatted(ROWS));
      s.execute("analyze");
      System.out.printf("%n%,d work items in %d ms%n", ROWS, (System.nanoTime() - started) / 1_000_000);
      try (ResultSet plan = s.executeQuery("explain " + PAGE.replaceFirst("\\?", "'SCJG'")
          .replaceFirst("\\?", "'CLERK'").replace("?", "null").replace("offset null rows fetch first null",
              "offset 99980 rows fetch first 20"))) {
        while (plan.next()) {
          System.out.println(plan.getString(1));
        }
      }
      System.out.printf("page 1: %d rows, page 5000: %d rows, total %d%n", page(0, null), page(4999, null), total());
    }
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("drop all objects");
    }
    db.close();
  }

  @Benchmark
  public int firstPage() throws SQLException {
    return page(0, null);
  }

  @Benchmark
  public int page5000() throws SQLException {
    return page(4999, null);
  }

  @Benchmark
  public int firstRedPage() throws SQLException {
    return page(0, "RED");
  }

  @Benchmark
  public long total() throws SQLException {
    try (PreparedStatement q = db.prepareStatement(COUNT)) {
      bind(q, null);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private int page(int page, String warning) throws SQLException {
    try (PreparedStatement q = db.prepareStatement(PAGE)) {
      bind(q, warning);
      q.setInt(7, page * PAGE_SIZE);
      q.setInt(8, PAGE_SIZE);
      int n = 0;
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          n++;
        }
      }
      return n;
    }
  }

  private static void bind(PreparedStatement q, String warning) throws SQLException {
    q.setString(1, "SCJG");
    q.setString(2, "CLERK");
    q.setString(3, null);
    q.setString(4, null);
    q.setString(5, warning);
    q.setString(6, warning);
  }

  private static String migration(String name) throws IOException {
    try (InputStream in = WorklistPagingBenchmark.class.getResourceAsStream("/db/migration/h2/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
